import { execFile, spawn } from 'node:child_process'
import { existsSync, openSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { answers } from '../../services/kernel/embedded-postgres.ts'
import { freePort } from '../helpers/free-port.ts'
import { hostPidFile, repoRoot, testDataDir, type TestRun } from './paths.ts'

const run = promisify(execFile)

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
  return { adminUrl: container.getConnectionUri(), provider: 'testcontainers', ownsServer: true, containerId: container.getId() }
}

/** A test server already running on this checkout's cluster (another run's) is shared, not restarted. */
async function runningServerUrl(): Promise<string | null> {
  try {
    const port = Number((await fs.readFile(path.join(testDataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[3])
    const password = (await fs.readFile(path.join(testDataDir, 'postgres-password'), 'utf8')).trim()
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`
    return Number.isInteger(port) && (await answers(url)) ? url : null
  } catch {
    return null
  }
}

async function startEmbedded(): Promise<TestRun> {
  await fs.mkdir(testDataDir, { recursive: true })
  const running = await runningServerUrl()
  if (running) return { adminUrl: running, provider: 'embedded', ownsServer: false }
  const urlFile = path.join(testDataDir, 'embedded-url')
  await fs.rm(urlFile, { force: true })
  // A port of its own, so a system PostgreSQL or another checkout's test server never collides.
  const port = await freePort()
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'embedded-postgres-host.ts'), String(port)], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'ignore', openSync(path.join(testDataDir, 'embedded-host.log'), 'w')],
  })
  let exited = false
  child.once('exit', () => (exited = true))
  child.unref()
  await fs.writeFile(hostPidFile, String(child.pid))
  for (let waited = 0; waited < 120_000 && !exited; waited += 200) {
    if (existsSync(urlFile)) return { adminUrl: (await fs.readFile(urlFile, 'utf8')).trim(), provider: 'embedded', ownsServer: true }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`embedded PostgreSQL did not start on port ${port}${exited ? ': its host process exited' : ' within 120 s'}`)
}

/**
 * Where the tests' PostgreSQL comes from: an explicit TEST_DATABASE_URL wins; else a
 * testcontainers PostgreSQL where a Docker engine answers; else the embedded server.
 */
export async function startDatabaseServer(): Promise<TestRun> {
  const explicit = process.env.TEST_DATABASE_URL
  if (explicit) {
    if (!(await answers(explicit))) throw new Error(`TEST_DATABASE_URL does not answer: ${new URL(explicit).host}`)
    return { adminUrl: explicit, provider: 'url', ownsServer: false }
  }
  if (await dockerAnswers()) return startContainer()
  return startEmbedded()
}

export async function stopDatabaseServer(testRun: TestRun): Promise<void> {
  if (testRun.provider === 'testcontainers' && testRun.containerId) {
    await run('docker', ['rm', '-f', '-v', testRun.containerId]).catch(() => undefined)
  }
  if (testRun.provider === 'embedded' && testRun.ownsServer && existsSync(hostPidFile)) {
    const pid = Number(await fs.readFile(hostPidFile, 'utf8'))
    try {
      process.kill(pid, 'SIGTERM')
    } catch {
      // already gone
    }
    await fs.rm(hostPidFile, { force: true })
  }
}
