import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import t from 'tap'
import { emptyDatabase, startService } from '../../helpers/processes.ts'
import { bearer } from '../../helpers/service.ts'

const auditor = await bearer(['auditor'], { subject: 'reporting-service' })

async function until<T>(what: string, probe: () => Promise<T | undefined>, withinMs: number): Promise<T> {
  for (const started = Date.now(); Date.now() - started < withinMs; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
  }
  throw new Error(`${what}: not within ${withinMs} ms`)
}

t.test('every connection of the service terminated while a subscriber is slow: it keeps serving, and the delivery completes', async (t) => {
  // A subscriber that holds its first request until the test lets it answer.
  const held: ServerResponse[] = []
  const bodies: string[] = []
  const receiver = createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += chunk
    bodies.push(body)
    if (bodies.length === 1) held.push(res)
    else res.writeHead(204).end()
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    receiver.closeAllConnections()
    receiver.close()
  })
  const receiverPort = (receiver.address() as AddressInfo).port

  const databaseUrl = await emptyDatabase(t)
  const database = new URL(databaseUrl).pathname.slice(1)
  const service = await startService(t, 'assessment', { DATABASE_URL: databaseUrl, WEBHOOK_ALLOWED_HOSTS: `127.0.0.1:${receiverPort}` })
  const api = (path: string, init: RequestInit = {}) => fetch(`${service.url}${path}`, { ...init, headers: { authorization: auditor, 'content-type': 'application/json', ...init.headers } })

  const subscribed = await api('/api/v1/webhooks', { method: 'POST', body: JSON.stringify({ url: `http://127.0.0.1:${receiverPort}/hook`, eventTypes: ['award.made'] }) })
  t.equal(subscribed.status, 201)
  const { id } = (await subscribed.json()) as { id: string }

  const own = new pg.Client({ connectionString: databaseUrl })
  await own.connect()
  t.teardown(() => own.end())
  await own.query(`insert into assessment.events (type, subject, data) values ('award.made', 'awards/a-1', '{}')`)
  await until('the subscriber is called', async () => held[0], 15_000)

  const backends = async () =>
    (await own.query<{ pid: number; state: string }>('select pid, state from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database])).rows
  const during = await backends()
  t.ok(during.length > 0, `the service has ${during.length} connection(s) open`)
  t.same(
    during.filter(({ state }) => state === 'idle in transaction'),
    [],
    'no transaction is held open while the subscriber is called',
  )

  const pids = during.map(({ pid }) => pid)
  const terminated = await own.query<{ done: boolean }>('select pg_terminate_backend(pid) as done from unnest($1::int[]) as pid', [pids])
  t.ok(terminated.rows.every(({ done }) => done), `all ${pids.length} terminated`)
  await until('the terminated backends are gone', async () => ((await backends()).some(({ pid }) => pids.includes(pid)) ? undefined : true), 10_000)

  t.equal(service.process.exitCode, null, 'the process is still running')
  t.equal((await fetch(`${service.url}/health/live`)).status, 200)
  await until('the service reads its database again', async () => ((await api('/api/v1/webhooks')).status === 200 ? true : undefined), 10_000)

  held[0]!.writeHead(204).end()
  const delivered = await until(
    'the delivery is recorded',
    async () => {
      const [delivery] = ((await (await api(`/api/v1/webhooks/${id}/deliveries`)).json()) as { items: { status: string }[] }).items
      return delivery?.status === 'delivered' ? delivery : undefined
    },
    30_000,
  )
  t.match(delivered, { status: 'delivered', attempts: 1, lastError: null })
  t.equal(bodies.length, 1, 'delivered once')
  t.equal(service.process.exitCode, null, 'and the process is still running')
})
