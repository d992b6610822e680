import t from 'tap'
import { allRepositories } from '../../scripts/sql-snapshots/all.ts'
import { committedSnapshot, snapshotOf, unlisted } from '../../scripts/sql-snapshots/compile.ts'
import { repoRoot } from '../setup/paths.ts'

// The committed repositories/sql/*.sql files are the SQL the code runs: a query changed without
// its snapshot, or a repository function without an example, fails here (npm run sql:write).

t.test('every repository module has its SQL snapshot, equal to what the code compiles', async (t) => {
  for (const repository of allRepositories) {
    t.same(await unlisted(repoRoot, repository), [], `${repository.module}: every exported function has an example`)
    t.equal(committedSnapshot(repoRoot, repository), await snapshotOf(repository), `${repository.module}: snapshot matches the code`)
  }
})

t.test('every repository module of the services is listed', async (t) => {
  const { execFileSync } = await import('node:child_process')
  const modules = execFileSync('git', ['ls-files', 'services/*/repositories/*.ts'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean)
  const listed = new Set(allRepositories.map((r) => r.module))
  const typesOnly = (file: string) => /\/(database|kernel-tables|stored-shapes)\.ts$/.test(file)
  for (const module of modules.filter((file) => !typesOnly(file))) {
    t.ok(listed.has(module), `${module} is in scripts/sql-snapshots/`)
  }
})
