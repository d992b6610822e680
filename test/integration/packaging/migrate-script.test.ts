import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import t from 'tap'
import { migrationsRoot } from '../../../services/kernel/migrate.ts'
import { freePort } from '../../helpers/free-port.ts'
import { emptyDatabase } from '../../helpers/processes.ts'
import { repoRoot, testDataDir } from '../../setup/paths.ts'

const run = promisify(execFile)
const script = path.join(repoRoot, 'scripts', 'migrate.ts')

async function migrate(args: string[], env: Record<string, string>) {
  // DATABASE_URL and SEED_ON_START from the caller's shell must not leak into the case under test.
  const { DATABASE_URL: _url, SEED_ON_START: _seed, ...inherited } = process.env
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { cwd: repoRoot, env: { ...inherited, DATA_DIR: testDataDir, ...env } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

async function query<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<R>(text)).rows
  } finally {
    await client.end()
  }
}

const migrationCount = (service: string) => readdirSync(path.join(migrationsRoot, service)).filter((f) => f.endsWith('.ts')).length
const logLines = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)

t.test('migrates all three schemas and seeds the catalogue, then finds nothing to do', async (t) => {
  const url = await emptyDatabase(t)
  const first = await migrate([], { DATABASE_URL: url })
  t.equal(first.code, 0, first.stderr)
  for (const schema of ['catalogue', 'assessment', 'reporting']) {
    const [row] = await query<{ n: string }>(url, `select count(*) as n from "${schema}".kysely_migration`)
    t.equal(Number(row!.n), migrationCount(schema), `${schema}: every migration applied`)
  }
  const [criteria] = await query<{ n: string }>(url, 'select count(*) as n from catalogue.criteria')
  t.ok(Number(criteria!.n) > 50, 'the criteria library is loaded')
  t.ok(logLines(first.stdout).every((line) => line.service === 'migrate'), 'JSON log lines, like the services')

  const second = await migrate([], { DATABASE_URL: url })
  t.equal(second.code, 0)
  const lines = logLines(second.stdout)
  t.equal(lines.filter((line) => /schema is current/.test(String(line.msg))).length, 3)
  t.match(lines.find((line) => line.msg === 'catalogue: seed loaded'), { criteriaAdded: 0, criteriaSetsAdded: 0 })
})

t.test('migrates only the services named, and seeds only when SEED_ON_START is true', async (t) => {
  const url = await emptyDatabase(t)
  const res = await migrate(['catalogue'], { DATABASE_URL: url, SEED_ON_START: 'false' })
  t.equal(res.code, 0, res.stderr)
  const schemas = (await query<{ schema_name: string }>(url, "select schema_name from information_schema.schemata where schema_name in ('catalogue', 'assessment', 'reporting')")).map((r) => r.schema_name)
  t.same(schemas, ['catalogue'])
  const [criteria] = await query<{ n: string }>(url, 'select count(*) as n from catalogue.criteria')
  t.equal(Number(criteria!.n), 0)
})

t.test('--down reverts the latest migration of each service named, and nothing else', async (t) => {
  const url = await emptyDatabase(t)
  t.equal((await migrate(['reporting', 'assessment'], { DATABASE_URL: url })).code, 0)
  const applied = async (schema: string) => Number((await query<{ n: string }>(url, `select count(*) as n from "${schema}".kysely_migration`))[0]!.n)
  const res = await migrate(['--down', 'reporting'], { DATABASE_URL: url })
  t.equal(res.code, 0, res.stderr)
  t.equal(await applied('reporting'), migrationCount('reporting') - 1)
  t.equal(await applied('assessment'), migrationCount('assessment'), 'an unnamed service is left alone')
  t.equal((await migrate(['reporting'], { DATABASE_URL: url })).code, 0)
  t.equal(await applied('reporting'), migrationCount('reporting'), 'and up again')
  const unnamed = await migrate(['--down'], { DATABASE_URL: url })
  t.equal(unnamed.code, 2, 'never all schemas by default')
})

t.test('fails with a non-zero status when the database never answers', async (t) => {
  const port = await freePort()
  const res = await migrate(['--wait', '1'], { DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${port}/none` })
  t.equal(res.code, 1)
  t.match(res.stdout, /database does not answer/)
  t.notMatch(res.stdout + res.stderr, /secret/, 'the password is not printed')
})

t.test('refuses bad usage with status 2', async (t) => {
  const unknown = await migrate(['billing'], { DATABASE_URL: 'postgres://x@127.0.0.1:1/x' })
  t.equal(unknown.code, 2)
  t.match(unknown.stderr, /unknown service: billing/)
  const noUrl = await migrate([], {})
  t.equal(noUrl.code, 2)
  t.match(noUrl.stderr, /DATABASE_URL is not set/)
  const badWait = await migrate(['--wait', 'soon'], { DATABASE_URL: 'postgres://x@127.0.0.1:1/x' })
  t.equal(badWait.code, 2)
})
