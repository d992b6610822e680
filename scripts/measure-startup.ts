import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'

// Measures what `npm start` costs: the time from launching scripts/start-all.ts to all three
// services answering /health/ready (the first start of an empty data folder, then warm starts),
// and each service's resident memory once idle. A measurement, not a test: it prints figures.
//
//   node scripts/measure-startup.ts [--runs 3] [--idle-seconds 10] [--data-dir .data/measure] [--fresh]
//
// It uses a data folder of its own (never the developer's .data) and free ports; with
// DATABASE_URL set the services use that database instead of an embedded one, as npm start does.

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'idle-seconds': { type: 'string', default: '10' },
    'data-dir': { type: 'string', default: '.data/measure' },
    fresh: { type: 'boolean', default: false, description: 'delete the data folder first, to measure a first start' },
  },
})
const root = path.resolve(import.meta.dirname, '..')
const dataDir = path.resolve(root, values['data-dir']!)
const runs = Number(values.runs)
const idleSeconds = Number(values['idle-seconds'])
const services = ['catalogue', 'assessment', 'reporting'] as const

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

interface Started {
  supervisor: ChildProcess
  readyMs: Record<(typeof services)[number], number>
  pids: Map<string, number>
  progress: string[]
}

async function start(): Promise<Started> {
  const ports = { catalogue: await freePort(), assessment: await freePort(), reporting: await freePort() }
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    CATALOGUE_PORT: String(ports.catalogue),
    ASSESSMENT_PORT: String(ports.assessment),
    REPORTING_PORT: String(ports.reporting),
    CATALOGUE_URL: `http://127.0.0.1:${ports.catalogue}`,
    ASSESSMENT_URL: `http://127.0.0.1:${ports.assessment}`,
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
  }
  const started = performance.now()
  const supervisor = spawn(process.execPath, [path.join(root, 'scripts', 'start-all.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const pids = new Map<string, number>()
  const progress: string[] = []
  let buffered = ''
  supervisor.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString()
    const lines = buffered.split('\n')
    buffered = lines.pop()!
    for (const line of lines) {
      const ready = /^✔ (\w+).*\(pid (\d+)\)/.exec(line)
      if (ready) pids.set(ready[1]!, Number(ready[2]))
      else if (!line.startsWith('{')) progress.push(`${((performance.now() - started) / 1000).toFixed(1)} s  ${line}`)
    }
  })
  let stderr = ''
  supervisor.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const readyMs = {} as Started['readyMs']
  while (Object.keys(readyMs).length < services.length) {
    if (supervisor.exitCode !== null) throw new Error(`npm start exited with ${supervisor.exitCode}: ${stderr.slice(-2000)}`)
    if (performance.now() - started > 300_000) throw new Error('not ready within 5 minutes')
    await Promise.all(
      services
        .filter((s) => readyMs[s] === undefined)
        .map(async (s) => {
          const ok = await fetch(`http://127.0.0.1:${ports[s]}/health/ready`, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false)
          if (ok) readyMs[s] = performance.now() - started
        }),
    )
    await sleep(25)
  }
  // The ready line with the pid follows the listen by a moment.
  for (let waited = 0; pids.size < services.length && waited < 5000; waited += 50) await sleep(50)
  return { supervisor, readyMs, pids, progress }
}

async function stop({ supervisor }: Started) {
  if (supervisor.exitCode !== null) return
  const exited = new Promise((resolve) => supervisor.once('exit', resolve))
  supervisor.kill('SIGTERM')
  await Promise.race([exited, sleep(30_000)])
}

function residentMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : null
  } catch {
    return null
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const say = (line: string) => process.stdout.write(`${line}\n`)

if (values.fresh) {
  const { rm } = await import('node:fs/promises')
  await rm(dataDir, { recursive: true, force: true })
}
const database = process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL'
if (!existsSync(path.join(dataDir, 'postgres')) && !process.env.DATABASE_URL) {
  const first = await start()
  say(`first start (${database}, empty ${path.relative(root, dataDir)}): all three ready after ${seconds(Math.max(...Object.values(first.readyMs)))}`)
  for (const line of first.progress) say(`    ${line}`)
  await stop(first)
}

const warm: number[] = []
let last: Started | null = null
for (let run = 1; run <= runs; run++) {
  const started = await start()
  const all = Math.max(...Object.values(started.readyMs))
  warm.push(all)
  say(`warm start ${run}: all three ready after ${seconds(all)} (${services.map((s) => `${s} ${seconds(started.readyMs[s])}`).join(', ')})`)
  if (run < runs) await stop(started)
  else last = started
}
warm.sort((a, b) => a - b)
say(`warm start, median of ${runs}: ${seconds(warm[Math.floor(warm.length / 2)]!)}`)

say(`idle for ${idleSeconds} s…`)
await sleep(idleSeconds * 1000)
for (const service of services) {
  const pid = last!.pids.get(service)
  const rss = pid ? residentMb(pid) : null
  say(`idle resident memory, ${service}: ${rss === null ? 'unknown (no /proc or no pid)' : `${rss.toFixed(0)} MB`}`)
}
await stop(last!)
