import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, loadConfig, type ServiceConfig, type ServiceName } from '../../services/kernel/config.ts'
import type { RunningPostgres } from '../../services/kernel/embedded-postgres.ts'
import { defaultLogFormat } from '../../services/kernel/logger.ts'
import { StartupError } from '../../services/kernel/startup-error.ts'

// Runs the whole product on one machine (scripts/start-all.ts is its entry): one PostgreSQL (DATABASE_URL, else embedded) and the
// three services as separate processes, exactly as they run in production. A service that dies
// is started again after a growing pause while the others keep serving. Ctrl-C or SIGTERM stops
// the services (each finishes its requests in flight), then the database.

const services: ServiceName[] = ['catalogue', 'assessment', 'reporting']
const root = path.resolve(import.meta.dirname, '../..')
const FIRST_RESTART_DELAY_MS = 1000
const LONGEST_RESTART_DELAY_MS = 30_000
/**
 * V8's young generation grows to tens of megabytes per process, which an API answering small
 * JSON documents never needs: 2 MB semi-spaces keep each idle service about 35 MB smaller.
 */
const SERVICE_NODE_FLAGS = ['--max-semi-space-size=2']
/** A service that ran this long before dying is restarted after the shortest pause again. */
const STABLE_AFTER_MS = 60_000

const say = (line: string) => process.stdout.write(`${line}\n`)

function stopOnStartupError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
  throw error
}

let config: ServiceConfig
try {
  config = loadConfig('catalogue')
} catch (error) {
  stopOnStartupError(error)
}

const startedAt = performance.now()
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`
const cluster = path.resolve(config.dataDir, 'postgres')
/** Nothing on screen for half a minute looks like a hang: the first start says what it is doing. */
const firstStart = !config.databaseUrl && !existsSync(path.join(cluster, 'PG_VERSION'))

async function embeddedDatabase(): Promise<RunningPostgres> {
  say(firstStart ? `first start: initialising the database in ${cluster} (once; it takes a little while)…` : 'starting the embedded PostgreSQL…')
  const { startEmbeddedPostgres } = await import('../../services/kernel/embedded-postgres.ts')
  const running = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort })
  say(`embedded PostgreSQL on 127.0.0.1:${config.embeddedPostgresPort} (data in ${cluster}), ${elapsed()}`)
  return running
}

const database = config.databaseUrl ? null : await embeddedDatabase().catch(stopOnStartupError)
const databaseUrl = config.databaseUrl ?? database!.url

const children = new Map<ServiceName, ChildProcess>()
const announcedOnce = new Set<ServiceName>()
const pendingRestarts = new Set<NodeJS.Timeout>()
let stopping = false

function launch(service: ServiceName, delayMs: number) {
  const startedAt = Date.now()
  // Its own process group: Ctrl-C reaches this supervisor only, which asks each service once to
  // drain (a second signal would make a service give up at once).
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, path.join(root, 'services', service, 'server.ts')], {
    cwd: root,
    // Its stdout is a pipe to this supervisor; the person is at this one's terminal.
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_FORMAT: process.env.LOG_FORMAT || defaultLogFormat() },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  })
  children.set(service, child)
  const port = loadConfig(service).port
  let announced = false
  child.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    if (!announced && chunk.toString().includes(`${service} ready`)) {
      announced = true
      say(`✔ ${service.padEnd(10)} http://127.0.0.1:${port}/api/v1   docs http://127.0.0.1:${port}/docs   health http://127.0.0.1:${port}/healthcheck   (pid ${child.pid})`)
      announcedOnce.add(service)
      if (announcedOnce.size === services.length && !allReadyAnnounced) {
        allReadyAnnounced = true
        say(`all three ready in ${elapsed()}`)
      }
    }
  })
  child.on('exit', (code, signal) => {
    children.delete(service)
    if (stopping) return
    if (code === 0) {
      say(`${service} stopped; the others keep running`)
      if (children.size === 0 && pendingRestarts.size === 0) void stopAll()
      return
    }
    const delay = Date.now() - startedAt >= STABLE_AFTER_MS ? FIRST_RESTART_DELAY_MS : delayMs
    say(`${service} exited (${signal ?? `code ${code}`}); starting it again in ${delay / 1000} s, the others keep serving`)
    const timer = setTimeout(() => {
      pendingRestarts.delete(timer)
      if (!stopping) launch(service, Math.min(delay * 2, LONGEST_RESTART_DELAY_MS))
    }, delay)
    pendingRestarts.add(timer)
  })
}

async function stopAll() {
  if (stopping) return
  stopping = true
  say('stopping: each service finishes its requests in flight…')
  for (const timer of pendingRestarts) clearTimeout(timer)
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          child.once('exit', () => resolve())
          child.kill('SIGTERM')
        }),
    ),
  )
  await database?.stop()
  say('stopped')
  process.exit(0)
}

let allReadyAnnounced = false
say(firstStart ? 'starting the three services; the catalogue loads the criteria library (first start only)…' : 'starting the three services…')
for (const service of services) launch(service, FIRST_RESTART_DELAY_MS)

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopAll())
// Should this supervisor itself die, the services in their own process groups go with it.
process.on('exit', () => {
  for (const child of children.values()) child.kill('SIGTERM')
})
