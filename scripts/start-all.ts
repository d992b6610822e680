import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { ConfigError, loadConfig, type ServiceName } from '../services/kernel/config.ts'
import { startEmbeddedPostgres } from '../services/kernel/embedded-postgres.ts'

// Runs the whole product on one machine: one PostgreSQL (DATABASE_URL, else embedded) and the
// three services as separate processes, exactly as they run in production.

const services: ServiceName[] = ['catalogue', 'assessment', 'reporting']
const root = path.resolve(import.meta.dirname, '..')

let config
try {
  config = loadConfig('catalogue')
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
  throw error
}

const say = (line: string) => process.stdout.write(`${line}\n`)
let database = config.databaseUrl ? null : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort })
if (database) say(`embedded PostgreSQL on 127.0.0.1:${config.embeddedPostgresPort} (data in ${path.resolve(config.dataDir, 'postgres')})`)
const databaseUrl = config.databaseUrl ?? database!.url

const children = new Map<ServiceName, ChildProcess>()
let stopping = false

async function stopAll(code: number) {
  if (stopping) return
  stopping = true
  say('stopping…')
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve()
          child.once('exit', () => resolve())
          child.kill('SIGTERM')
        }),
    ),
  )
  await database?.stop()
  database = null
  process.exit(code)
}

for (const service of services) {
  const child = spawn(process.execPath, [path.join(root, 'services', service, 'server.ts')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  children.set(service, child)
  const port = loadConfig(service).port
  let announced = false
  child.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    if (!announced && chunk.toString().includes(`"msg":"${service} ready"`)) {
      announced = true
      say(`✔ ${service.padEnd(10)} http://127.0.0.1:${port}/api/v1   docs http://127.0.0.1:${port}/docs   health http://127.0.0.1:${port}/healthcheck`)
    }
  })
  child.on('exit', (code, signal) => {
    if (stopping) return
    // Ctrl-C reaches the whole process group, so a service may finish its graceful shutdown
    // before this process sees the signal: a clean exit is a stop request, not a crash.
    const clean = code === 0 || signal === 'SIGINT' || signal === 'SIGTERM'
    if (!clean) say(`${service} exited (${signal ?? code}); stopping the others`)
    void stopAll(clean ? 0 : 1)
  })
}

process.on('SIGINT', () => void stopAll(0))
process.on('SIGTERM', () => void stopAll(0))
