import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import type { ServiceName } from '../../services/kernel/config.ts'
import { repoRoot, runFile, testDatabasePrefix, testDataDir, withDatabase, type TestRun } from '../setup/paths.ts'
import { freePort } from './free-port.ts'

interface Teardown {
  teardown: (fn: () => Promise<void> | void) => void
}

/** An empty database for a whole product: each service migrates its own schema into it, as in production. */
export async function emptyDatabase(t: Teardown): Promise<string> {
  const { adminUrl } = JSON.parse(readFileSync(runFile, 'utf8')) as TestRun
  const name = `${testDatabasePrefix()}e2e_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  await admin.end()
  t.teardown(async () => {
    const client = new pg.Client({ connectionString: adminUrl })
    await client.connect()
    await client.query(`drop database if exists "${name}" with (force)`)
    await client.end()
  })
  return withDatabase(adminUrl, name)
}

export interface RunningService {
  url: string
  process: ChildProcess
  stop: () => Promise<void>
}

/** Starts a service's real server entry as its own process and waits until it is ready. */
export async function startService(t: Teardown, service: ServiceName, env: Record<string, string>): Promise<RunningService> {
  const port = await freePort()
  const child = spawn(process.execPath, [path.join(repoRoot, 'services', service, 'server.ts')], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: testDataDir, LOG_LEVEL: 'warn', HOST: '127.0.0.1', [`${service.toUpperCase()}_PORT`]: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  t.teardown(stop)
  for (let waited = 0; waited < 60_000; waited += 200) {
    if (child.exitCode !== null) throw new Error(`${service} exited with ${child.exitCode}: ${stderr}`)
    const ready = await fetch(`${url}/health/ready`).then((r) => r.ok, () => false)
    if (ready) return { url, process: child, stop }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${service} did not become ready within 60 s: ${stderr}`)
}
