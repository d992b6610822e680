import { spawn } from 'node:child_process'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import t from 'tap'
import type { ServiceName } from '../../../services/kernel/config.ts'
import { freePort } from '../../helpers/free-port.ts'
import { emptyDatabase } from '../../helpers/processes.ts'
import { repoRoot, testDataDir } from '../../setup/paths.ts'

// `npm start` as a user runs it: the supervisor and its three services on one database. A service
// killed outright comes back after a short pause while the others keep answering; Ctrl-C then
// stops everything and the supervisor exits 0.

const services: ServiceName[] = ['catalogue', 'assessment', 'reporting']

t.test('a crashed service is started again, the others keep serving, and SIGINT stops all cleanly', async (t) => {
  const databaseUrl = await emptyDatabase(t)
  const ports = Object.fromEntries(await Promise.all(services.map(async (s) => [s, await freePort()] as const))) as Record<ServiceName, number>
  const supervisor = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start-all.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: testDataDir,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_ON_START: 'false',
      CATALOGUE_PORT: String(ports.catalogue),
      ASSESSMENT_PORT: String(ports.assessment),
      REPORTING_PORT: String(ports.reporting),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  supervisor.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  supervisor.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => supervisor.once('exit', (code) => resolve(code)))
  t.teardown(() => {
    if (supervisor.exitCode === null) supervisor.kill('SIGTERM')
    return exited.then(() => undefined)
  })
  const pidsOf = (service: ServiceName) => [...output.matchAll(new RegExp(`✔ ${service} .*\\(pid (\\d+)\\)`, 'g'))].map((m) => Number(m[1]))
  const waitFor = async (what: string, condition: () => boolean) => {
    for (let waited = 0; !condition(); waited += 200) {
      if (waited > 90_000 || supervisor.exitCode !== null) throw new Error(`${what} did not happen:\n${output.slice(-2000)}`)
      await sleep(200)
    }
  }
  const health = (service: ServiceName) => fetch(`http://127.0.0.1:${ports[service]}/healthcheck`).then((r) => r.status, () => 0)

  await waitFor('all three services ready', () => services.every((s) => pidsOf(s).length === 1))
  const [crashed] = pidsOf('assessment')
  process.kill(crashed!, 'SIGKILL')
  await waitFor('the crash noticed', () => /assessment exited \(SIGKILL\); starting it again/.test(output))
  t.equal(await health('catalogue'), 200, 'the catalogue keeps serving while assessment is down')
  t.equal(await health('reporting'), 200, 'reporting keeps serving while assessment is down')
  await waitFor('assessment started again', () => pidsOf('assessment').length === 2)
  t.not(pidsOf('assessment')[1], crashed, 'a new assessment process')
  t.equal(await health('assessment'), 200, 'assessment answers again')

  const running = services.map((s) => pidsOf(s).at(-1)!)
  supervisor.kill('SIGINT')
  t.equal(await exited, 0, 'the supervisor exits 0')
  t.match(output, /stopped\n?$/)
  for (const pid of running) t.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, `service process ${pid} has ended`)
  for (const service of services) t.equal(await health(service), 0, `${service} no longer listens`)
})
