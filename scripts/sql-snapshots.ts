import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { allRepositories } from './sql-snapshots/all.ts'
import { committedSnapshot, snapshotOf, snapshotPath, unlisted } from './sql-snapshots/compile.ts'

// `write` regenerates every repositories/sql/*.sql snapshot; `check` fails when one differs from
// the code or a repository function has no example.

const root = path.resolve(import.meta.dirname, '..')
const mode = process.argv[2]
if (mode !== 'write' && mode !== 'check') {
  process.stderr.write('usage: node scripts/sql-snapshots.ts write|check\n')
  process.exit(2)
}
let problems = 0
for (const repository of allRepositories) {
  const missing = await unlisted(root, repository)
  if (missing.length > 0) {
    process.stderr.write(`${repository.module}: no example for ${missing.join(', ')} (scripts/sql-snapshots/)\n`)
    problems++
  }
  const text = await snapshotOf(repository)
  const file = snapshotPath(root, repository)
  if (mode === 'write') {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  } else if (committedSnapshot(root, repository) !== text) {
    process.stderr.write(`${path.relative(root, file)} differs from the code: run npm run sql:write and review the change\n`)
    problems++
  }
}
if (problems > 0) process.exit(1)
process.stdout.write(mode === 'write' ? `wrote ${allRepositories.length} SQL snapshots\n` : 'SQL snapshots match the code\n')
