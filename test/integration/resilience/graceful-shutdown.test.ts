import { spawn, type ChildProcess } from 'node:child_process'
import { connect } from 'node:net'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import pg from 'pg'
import t from 'tap'
import { freePort } from '../../helpers/free-port.ts'
import { emptyDatabase, startService } from '../../helpers/processes.ts'
import { repoRoot, testDataDir } from '../../setup/paths.ts'

// The catalogue's real server entry as its own process: requests held in flight by a table lock,
// then a signal. Every request in flight is answered, new ones are not served, and the process
// exits 0 once they are done, or 1 when they outlast the grace period.

const IN_FLIGHT = 20

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode })
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
}

/** Holds an exclusive lock on the criteria table, so every list request waits for it. */
async function lockCriteria(databaseUrl: string) {
  const control = new pg.Client({ connectionString: databaseUrl })
  await control.connect()
  await control.query('begin')
  await control.query('lock table catalogue.criteria in access exclusive mode')
  const waiting = async () => {
    // Inside a transaction pg_stat_activity is a snapshot taken once; each count needs a fresh one.
    await control.query('select pg_stat_clear_snapshot()')
    return Number((await control.query(`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).rows[0].n)
  }
  return {
    waiting,
    release: async () => {
      await control.query('rollback')
      await control.end()
    },
  }
}

const LIST = '/api/v1/criteria?limit=5'

/** A kept-alive connection with one request in flight, on which a client sends its next request. */
function openConnection(url: string) {
  const socket = connect(Number(new URL(url).port), '127.0.0.1')
  let received = ''
  socket.on('data', (chunk) => (received += chunk.toString()))
  const request = () => socket.write(`GET ${LIST} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n`)
  request()
  return {
    sendNext: request,
    /** Status lines and bodies of the responses received so far. */
    responses: () =>
      received.split(/(?=HTTP\/1\.1 \d{3})/).map((raw) => {
        const end = raw.indexOf('\r\n\r\n')
        return { status: Number(raw.slice(9, 12)), head: raw.slice(0, end + 2), body: raw.slice(end + 4) }
      }),
    closed: new Promise<void>((resolve) => socket.on('close', () => resolve())),
  }
}

async function holdRequests(url: string, databaseUrl: string) {
  const lock = await lockCriteria(databaseUrl)
  const requests = Array.from({ length: IN_FLIGHT - 1 }, () =>
    fetch(`${url}${LIST}`).then(
      async (response) => ({ status: response.status, body: await response.text() }),
      (error: Error) => ({ status: 0, body: String(error.cause ?? error) }),
    ),
  )
  const connection = openConnection(url)
  for (let i = 0; i < 200 && (await lock.waiting()) < IN_FLIGHT; i++) await sleep(50)
  return { lock, requests, connection }
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  t.test(`${signal} with ${IN_FLIGHT} requests in flight: all answered, new ones refused, exit 0`, async (t) => {
    const databaseUrl = await emptyDatabase(t)
    const catalogue = await startService(t, 'catalogue', { DATABASE_URL: databaseUrl, SEED_ON_START: 'false', DATABASE_POOL_SIZE: '30', SHUTDOWN_GRACE_MS: '30000' })
    const { lock, requests, connection } = await holdRequests(catalogue.url, databaseUrl)
    t.equal(await lock.waiting(), IN_FLIGHT, 'every request is waiting on the database')

    const exited = exitOf(catalogue.process)
    catalogue.process.kill(signal)
    await sleep(500)
    t.equal(catalogue.process.exitCode, null, 'still draining while requests are in flight')
    const late = await fetch(`${catalogue.url}${LIST}`).then(
      (response) => response.status,
      () => 'refused',
    )
    t.equal(late, 'refused', 'a new connection is refused while draining')
    connection.sendNext()

    await lock.release()
    await connection.closed
    const [first, next] = connection.responses()
    t.equal(next?.status, 503, 'a request arriving on an open connection while draining is refused')
    t.equal(JSON.parse(next?.body ?? '{}').code, 'SHUTTING_DOWN')
    t.match(next?.head, /\r\nretry-after: 5\r\n/i, 'with Retry-After')
    const answered = [...(await Promise.all(requests)), first!]
    const drained = answered.filter((r) => r.status === 200).length
    t.equal(drained, IN_FLIGHT, `all in-flight requests answered 200: ${JSON.stringify(answered.filter((r) => r.status !== 200)).slice(0, 300)}`)
    const { code } = await exited
    t.equal(code, 0)
    t.comment(`${signal}: ${drained} of ${IN_FLIGHT} in-flight requests drained, exit code ${code}`)
  })
}

t.test('requests that outlast SHUTDOWN_GRACE_MS: the process gives up and exits 1', async (t) => {
  const databaseUrl = await emptyDatabase(t)
  const catalogue = await startService(t, 'catalogue', { DATABASE_URL: databaseUrl, SEED_ON_START: 'false', SHUTDOWN_GRACE_MS: '1000' })
  const { lock, requests } = await holdRequests(catalogue.url, databaseUrl)
  const exited = exitOf(catalogue.process)
  const started = Date.now()
  catalogue.process.kill('SIGTERM')
  const { code } = await exited
  t.equal(code, 1)
  t.ok(Date.now() - started < 15_000, 'within the grace period and some slack, not a hang')
  await lock.release()
  t.ok((await Promise.all(requests)).every((r) => r.status !== 200), 'the held requests were cut, not answered late')
})

t.test('a service whose log reader is gone (a dead supervisor, a lost log collector) still exits 0 on SIGTERM', async (t) => {
  const databaseUrl = await emptyDatabase(t)
  const port = await freePort()
  const child = spawn(process.execPath, [path.join(repoRoot, 'services', 'catalogue', 'server.ts')], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: testDataDir, SEED_ON_START: 'false', HOST: '127.0.0.1', CATALOGUE_PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const exited = exitOf(child)
  t.teardown(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  for (let waited = 0; !output.includes('"msg":"catalogue ready"'); waited += 100) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error(`not ready: ${output.slice(-500)}`)
    await sleep(100)
  }
  t.equal((await fetch(`http://127.0.0.1:${port}/api/v1/criteria?limit=1`)).status, 200)
  // The shutdown's own log lines are the first it writes with nobody reading.
  child.stdout!.destroy()
  await sleep(200)
  child.kill('SIGTERM')
  const outcome = await Promise.race([exited, sleep(20_000).then(() => 'still running after 20 s')])
  t.same(outcome, { code: 0, signal: null })
})
