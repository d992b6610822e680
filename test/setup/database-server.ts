import { execFile, spawn } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { EMBEDDED_TEST_PORT, hostPidFile, repoRoot, testDataDir, type TestRun } from './paths.ts'

const run = promisify(execFile)

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function dockerAnswers(): Promise<boolean> {
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false
  try {
    await run('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 5000 })
    return true
  } catch {
    return false
  }
}

async function startContainer(): Promise<TestRun> {
  // The container must outlive tap's short `before` program, so testcontainers' reaper stays off
  // and the `after` program removes the container by id.
  process.env.TESTCONTAINERS_RYUK_DISABLED = 'true'
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql')
  const container = await new PostgreSqlContainer('postgres:17-alpine').start()
  return { adminUrl: container.getConnectionUri(), provider: 'testcontainers', containerId: container.getId() }
}

async function startEmbedded(): Promise<TestRun> {
  await fs.mkdir(testDataDir, { recursive: true })
  const urlFile = path.join(testDataDir, 'embedded-url')
  await fs.rm(urlFile, { force: true })
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'embedded-postgres-host.ts')], {
    cwd: repoRoot,
    detached: true,
    stdio: 'ignore',
  })
  child.unref()
  await fs.writeFile(hostPidFile, String(child.pid))
  for (let waited = 0; waited < 120_000; waited += 200) {
    if (existsSync(urlFile)) return { adminUrl: (await fs.readFile(urlFile, 'utf8')).trim(), provider: 'embedded' }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`embedded PostgreSQL did not start on port ${EMBEDDED_TEST_PORT} within 120 s`)
}

/**
 * Where the tests' PostgreSQL comes from: an explicit TEST_DATABASE_URL wins; else a
 * testcontainers PostgreSQL where a Docker engine answers; else the embedded server.
 */
export async function startDatabaseServer(): Promise<TestRun> {
  const explicit = process.env.TEST_DATABASE_URL
  if (explicit) {
    if (!(await answers(explicit))) throw new Error(`TEST_DATABASE_URL does not answer: ${new URL(explicit).host}`)
    return { adminUrl: explicit, provider: 'url' }
  }
  if (await dockerAnswers()) return startContainer()
  return startEmbedded()
}

export async function stopDatabaseServer(testRun: TestRun): Promise<void> {
  if (testRun.provider === 'testcontainers' && testRun.containerId) {
    await run('docker', ['rm', '-f', '-v', testRun.containerId]).catch(() => undefined)
  }
  if (testRun.provider === 'embedded' && existsSync(hostPidFile)) {
    const pid = Number(await fs.readFile(hostPidFile, 'utf8'))
    try {
      process.kill(pid, 'SIGTERM')
    } catch {
      // already gone
    }
    await fs.rm(hostPidFile, { force: true })
  }
}
