import { createServer, type IncomingHttpHeaders } from 'node:http'
import { hostname } from 'node:os'
import { sql, type Kysely } from 'kysely'
import pino from 'pino'
import { Webhook } from 'standardwebhooks'
import t, { type Test } from 'tap'
import { recordEvent, type EventType } from '../../../services/assessment/events/outbox.ts'
import { resolveWithSystem, type ResolvedAddress, type ResolveHost } from '../../../services/assessment/events/webhook-addresses.ts'
import { startWebhookDispatcher } from '../../../services/assessment/events/webhook-dispatcher.ts'
import type { AssessmentDatabase } from '../../../services/assessment/repositories/database.ts'
import { claimDueDeliveries, enqueueDeliveries, markDelivered } from '../../../services/assessment/repositories/webhooks.ts'
import { loadConfig } from '../../../services/kernel/config.ts'
import { createDatabase } from '../../../services/kernel/database.ts'
import { freePort } from '../../helpers/free-port.ts'
import { bearer } from '../../helpers/service.ts'
import { buildAssessment } from './helpers.ts'

const silent = pino({ level: 'silent' })
const auditor = await bearer(['auditor'], { subject: 'reporting-service' })
const otherAuditor = await bearer(['auditor'], { subject: 'another-auditor' })

interface Received {
  path: string
  headers: IncomingHttpHeaders
  body: string
  event: { id: string; subject: string; type: string; sequence: string }
}

/**
 * Receivers listen on loopback, on ports reserved for this file: the allow-list has to name each
 * `127.0.0.1:port`, as an operator names an internal receiver.
 */
const receiverPorts = [await freePort(), await freePort()]
const allowedHosts = [...receiverPorts.map((port) => `127.0.0.1:${port}`), `localhost:${receiverPorts[0]}`, '10.0.0.7:8080', '.example.gov', '.example.org'].join(',')

/** Made-up names resolve to a public address; any other name goes to the system resolver. */
const PUBLIC_ADDRESS: ResolvedAddress = { address: '93.184.215.14', family: 4 }
const resolveHost: ResolveHost = (host) => (/\.example\.(gov|org)$/.test(host) ? Promise.resolve([PUBLIC_ADDRESS]) : resolveWithSystem(host))

/** A real HTTP receiver on loopback; `respond` picks the status (or `null` to never answer). */
async function startReceiver(t: Test, respond: (request: Received) => number | null | Promise<number | null> = () => 204, port = receiverPorts[0]!) {
  const received: Received[] = []
  const server = createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += chunk
    const request = { path: req.url ?? '', headers: req.headers, body, event: JSON.parse(body) }
    received.push(request)
    const status = await respond(request)
    // A redirect points at another path of this receiver, which records it if it were followed.
    if (status !== null) res.writeHead(status, status >= 300 && status < 400 ? { location: '/elsewhere' } : {}).end()
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  t.teardown(() => {
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })
  const subjects = (path = '/hook') => received.filter((r) => r.path === path).map((r) => r.event.subject)
  return { url: (path = '/hook') => `http://127.0.0.1:${port}${path}`, received, subjects }
}

const service = await buildAssessment(t, { resolveHost }, { WEBHOOK_ALLOWED_HOSTS: allowedHosts })
const dispatcherOptions = { logger: silent, allowedHosts: loadConfig('assessment', { WEBHOOK_ALLOWED_HOSTS: allowedHosts }).webhookAllowedHosts, resolve: resolveHost }

/**
 * One service for the whole file, each test starting with no subscriptions: a dispatcher only
 * sends events created after a subscription, so earlier tests' events never reach later ones.
 */
function setup(t: Test) {
  const db = service.db as Kysely<AssessmentDatabase>
  const dispatcher = startWebhookDispatcher({ ...dispatcherOptions, db, intervalMs: 3_600_000, timeoutMs: 500 })
  t.teardown(async () => {
    await dispatcher.stop()
    await db.deleteFrom('webhook_subscriptions').execute()
  })
  const subscribe = async (url: string, eventTypes: EventType[], authorization = auditor) => {
    const res = await service.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization }, payload: { url, eventTypes } })
    t.equal(res.statusCode, 201, `subscribed ${url}`)
    return res.json() as { id: string; secret: string }
  }
  const emit = (type: EventType, subject: string, data: Record<string, unknown> = {}) =>
    db.transaction().execute((trx) => recordEvent(trx, type, subject, data))
  const deliveries = async (id: string) =>
    (await service.app.inject({ url: `/api/v1/webhooks/${id}/deliveries?limit=100`, headers: { authorization: auditor } })).json().items as any[]
  /** Makes every pending retry due now, instead of waiting out the backoff. */
  const makeDue = () => db.updateTable('webhook_deliveries').set({ next_attempt_at: sql<Date>`now()` }).where('delivered_at', 'is', null).execute()
  return { ...service, db, dispatcher, subscribe, emit, deliveries, makeDue }
}

async function count(db: Kysely<any>, table: string): Promise<number> {
  const row = await db.selectFrom(table).select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
  return Number((row as { n: string }).n)
}

t.test('subscriptions: create, read, list and delete your own; audited', async (t) => {
  const { app, db } = setup(t)
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/webhooks',
    headers: { authorization: auditor },
    payload: { url: 'https://reporting.example.gov/inbox', eventTypes: ['award.made', 'contract.signed'] },
  })
  t.equal(created.statusCode, 201)
  const body = created.json()
  t.match(body, { id: /^[0-9a-f-]{36}$/, url: 'https://reporting.example.gov/inbox', eventTypes: ['award.made', 'contract.signed'], active: true, createdAt: String })
  t.match(body.secret, /^whsec_[A-Za-z0-9+/]{43}=$/, 'a Standard Webhooks secret')
  t.equal(created.headers.location, `/api/v1/webhooks/${body.id}`)

  const { secret, ...withoutSecret } = body
  const read = await app.inject({ url: `/api/v1/webhooks/${body.id}`, headers: { authorization: auditor } })
  t.equal(read.statusCode, 200)
  t.same(read.json(), withoutSecret, 'the secret is never shown again')
  t.notOk(read.body.includes(secret))

  const second = await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization: auditor }, payload: { url: 'http://10.0.0.7:8080/events?source=assessment', eventTypes: ['bid.submitted'] } })
  t.equal(second.statusCode, 201)
  t.not(second.json().secret, secret, 'each subscription has its own secret')
  const theirs = await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization: otherAuditor }, payload: { url: 'https://elsewhere.example.org/', eventTypes: ['award.made'] } })
  t.equal(theirs.statusCode, 201)

  const first = await app.inject({ url: '/api/v1/webhooks?limit=1', headers: { authorization: auditor } })
  const rest = await app.inject({ url: `/api/v1/webhooks?limit=1&cursor=${first.json().nextCursor}`, headers: { authorization: auditor } })
  const listed = [...first.json().items, ...rest.json().items]
  t.same(listed.map((s: any) => s.id).sort(), [body.id, second.json().id].sort(), 'only your own, paged')
  t.equal(rest.json().nextCursor, null)
  t.notOk(JSON.stringify(listed).includes('secret'))

  const theirId = theirs.json().id
  for (const [method, url] of [['GET', `/api/v1/webhooks/${theirId}`], ['GET', `/api/v1/webhooks/${theirId}/deliveries`], ['DELETE', `/api/v1/webhooks/${theirId}`]] as const) {
    const res = await app.inject({ method, url, headers: { authorization: auditor } })
    t.equal(res.statusCode, 404, `${method} ${url} of someone else's`)
    t.equal(res.json().code, 'WEBHOOK_NOT_FOUND')
  }
  t.equal(await count(db, 'webhook_subscriptions'), 3, 'theirs is still there')

  const deleted = await app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${body.id}`, headers: { authorization: auditor } })
  t.equal(deleted.statusCode, 204)
  t.equal(deleted.body, '')
  t.equal((await app.inject({ url: `/api/v1/webhooks/${body.id}`, headers: { authorization: auditor } })).statusCode, 404)
  t.equal((await app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${body.id}`, headers: { authorization: auditor } })).statusCode, 404)

  const audit = await app.inject({ url: '/api/v1/audit-events?entityType=webhookSubscription&limit=100', headers: { authorization: auditor } })
  const ids = [body.id, second.json().id, theirId]
  t.same(
    audit.json().items.filter((e: any) => ids.includes(e.entityId)).map((e: any) => [e.action, e.entityId, e.actor.subject]),
    [
      ['webhook.created', body.id, 'reporting-service'],
      ['webhook.created', second.json().id, 'reporting-service'],
      ['webhook.created', theirId, 'another-auditor'],
      ['webhook.deleted', body.id, 'reporting-service'],
    ],
  )
  t.notOk(audit.body.includes(secret), 'the audit trail never holds a secret')
})

t.test('a retried create with the same Idempotency-Key gets the first subscription', async (t) => {
  const { app, db } = setup(t)
  const post = () =>
    app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization: auditor, 'idempotency-key': 'subscribe-reporting-1' }, payload: { url: 'https://reporting.example.gov/inbox', eventTypes: ['award.made'] } })
  const first = await post()
  const retry = await post()
  t.equal(retry.statusCode, 201)
  t.equal(retry.headers['idempotent-replayed'], 'true')
  t.same(retry.json(), first.json())
  t.equal(await count(db, 'webhook_subscriptions'), 1)
})

t.test('only auditors manage webhooks', async (t) => {
  const { app, db } = setup(t)
  const id = '00000000-0000-4000-8000-000000000000'
  const routes = [
    ['POST', '/api/v1/webhooks'],
    ['GET', '/api/v1/webhooks'],
    ['GET', `/api/v1/webhooks/${id}`],
    ['DELETE', `/api/v1/webhooks/${id}`],
    ['GET', `/api/v1/webhooks/${id}/deliveries`],
  ] as const
  const payload = { url: 'https://reporting.example.gov/inbox', eventTypes: ['award.made'] }
  for (const [method, url] of routes) {
    const anonymous = await app.inject({ method, url, ...(method === 'POST' ? { payload } : {}) })
    t.equal(anonymous.statusCode, 401, `${method} ${url} anonymous`)
    const buyer = await app.inject({ method, url, headers: { authorization: await bearer(['buyer', 'evaluator']) }, ...(method === 'POST' ? { payload } : {}) })
    t.equal(buyer.statusCode, 403, `${method} ${url} as buyer`)
  }
  t.equal(await count(db, 'webhook_subscriptions'), 0)
})

t.test('bad subscriptions are 400s naming the field, and change nothing', async (t) => {
  const { app, db } = setup(t)
  const auditBefore = await count(db, 'audit_log')
  const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization: auditor }, payload: payload as object })
  const valid = { url: 'https://reporting.example.gov/inbox', eventTypes: ['award.made'] }
  const cases: [string, unknown, string][] = [
    ['not a URL', { ...valid, url: 'reporting inbox' }, 'body/url'],
    ['ftp URL', { ...valid, url: 'ftp://reporting.example.gov/inbox' }, 'body/url'],
    ['javascript URL', { ...valid, url: 'javascript:alert(1)' }, 'body/url'],
    ['no host', { ...valid, url: 'https:///inbox' }, 'body/url'],
    ['credentials in the URL', { ...valid, url: 'https://user:password@reporting.example.gov/inbox' }, 'body/url'],
    ['URL not a string', { ...valid, url: 42 }, 'body/url'],
    ['unknown event type', { ...valid, eventTypes: ['award.made', 'bid.withdrawn'] }, 'body/eventTypes/1'],
    ['prefixed event type', { ...valid, eventTypes: ['org.govstack.circular-ict.award.made'] }, 'body/eventTypes/0'],
    ['empty list', { ...valid, eventTypes: [] }, 'body/eventTypes'],
    ['duplicate types', { ...valid, eventTypes: ['award.made', 'award.made'] }, 'body/eventTypes'],
    ['types not a list', { ...valid, eventTypes: 'award.made' }, 'body/eventTypes'],
    ['extra field', { ...valid, secret: 'my-own-secret' }, 'body/secret'],
    ['missing url', { eventTypes: ['award.made'] }, 'body/url'],
    ['missing types', { url: valid.url }, 'body/eventTypes'],
  ]
  for (const [label, payload, path] of cases) {
    const res = await post(payload)
    t.equal(res.statusCode, 400, label)
    t.equal(res.json().code, 'VALIDATION_FAILED', label)
    t.ok(res.json().errors.some((e: any) => e.path === path), `${label} names ${path}: ${JSON.stringify(res.json().errors)}`)
  }
  const notJson = await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization: auditor, 'content-type': 'application/json' }, payload: '{"url":' })
  t.equal(notJson.statusCode, 400)
  t.equal(notJson.json().code, 'MALFORMED_JSON')

  for (const url of ['/api/v1/webhooks/not-a-uuid', '/api/v1/webhooks/not-a-uuid/deliveries']) {
    const res = await app.inject({ url, headers: { authorization: auditor } })
    t.equal(res.statusCode, 400, url)
    t.ok(res.json().errors.some((e: any) => e.path === 'params/webhookId'))
  }
  const badCursor = await app.inject({ url: '/api/v1/webhooks?cursor=WzFd', headers: { authorization: auditor } })
  t.equal(badCursor.statusCode, 400, 'a cursor from another list')
  t.equal(badCursor.json().code, 'INVALID_CURSOR')
  const extraQuery = await app.inject({ url: '/api/v1/webhooks?active=true', headers: { authorization: auditor } })
  t.equal(extraQuery.statusCode, 400)
  t.ok(extraQuery.json().errors.some((e: any) => e.path === 'querystring/active'))

  t.equal(await count(db, 'webhook_subscriptions'), 0, 'nothing was created')
  t.equal(await count(db, 'audit_log'), auditBefore, 'nothing was audited')
})

t.test('delivery: signed CloudEvents of the subscribed types, from the subscription on', async (t) => {
  const { app, emit, subscribe, deliveries, dispatcher } = setup(t)
  const receiver = await startReceiver(t)
  await emit('award.made', 'awards/before-subscribing')
  const { id, secret } = await subscribe(receiver.url(), ['bid.submitted', 'award.made'])
  await emit('bid.submitted', 'bids/b-1', { bidId: 'b-1' })
  await emit('supplier.registered', 'suppliers/s-1')
  await emit('award.made', 'awards/a-1', { awardId: 'a-1' })

  t.equal(await dispatcher.runOnce(), 2)
  t.same(receiver.subjects(), ['bids/b-1', 'awards/a-1'], 'only subscribed types, only events after subscribing')
  const feed = (await app.inject({ url: '/api/v1/events?limit=100', headers: { authorization: auditor } })).json().items
  for (const request of receiver.received) {
    t.equal(request.headers['content-type'], 'application/cloudevents+json')
    t.equal(request.headers['webhook-id'], request.event.id)
    t.match(request.headers['webhook-timestamp'], /^\d{10}$/)
    t.ok(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000) < 60)
    const headers = request.headers as Record<string, string>
    t.same(new Webhook(secret).verify(request.body, headers), request.event, 'the reference library verifies it with the secret as handed out')
    t.throws(() => new Webhook(secret).verify(request.body.replace('"data":{', '"data":{"forged":true,'), headers), { name: 'WebhookVerificationError' }, 'a tampered body does not')
    t.same(JSON.parse(request.body), feed.find((e: any) => e.id === request.event.id), 'the same CloudEvent as on the feed')
  }
  t.match(await deliveries(id), [
    { eventType: 'bid.submitted', status: 'delivered', attempts: 1, lastError: null, nextAttemptAt: null, deliveredAt: String },
    { eventType: 'award.made', status: 'delivered', attempts: 1, lastError: null, nextAttemptAt: null, deliveredAt: String },
  ])
  t.equal(await dispatcher.runOnce(), 0, 'nothing is sent twice')
  t.equal(receiver.received.length, 2)
})

t.test('an event in a rolled-back transaction is never delivered', async (t) => {
  const { db, emit, subscribe, dispatcher } = setup(t)
  const receiver = await startReceiver(t)
  await subscribe(receiver.url(), ['award.made'])
  await t.rejects(
    db.transaction().execute(async (trx) => {
      await recordEvent(trx, 'award.made', 'awards/rolled-back', {})
      throw new Error('the award failed')
    }),
  )
  await emit('award.made', 'awards/committed')
  await dispatcher.runOnce()
  await dispatcher.runOnce()
  t.same(receiver.subjects(), ['awards/committed'])
})

t.test('a failed delivery is retried with backoff, and later events wait for it', async (t) => {
  const { db, emit, subscribe, deliveries, dispatcher, makeDue } = setup(t)
  let failures = 1
  const receiver = await startReceiver(t, (request) => (request.event.subject === 'bids/b-2' && failures-- > 0 ? 500 : 200))
  const { id } = await subscribe(receiver.url(), ['bid.submitted'])
  for (const n of [1, 2, 3]) await emit('bid.submitted', `bids/b-${n}`)

  t.equal(await dispatcher.runOnce(), 2, 'b-1 delivered, b-2 failed')
  t.same(receiver.subjects(), ['bids/b-1', 'bids/b-2'], 'b-3 is held back behind b-2')
  const [, failed] = await deliveries(id)
  t.match(failed, { status: 'pending', attempts: 1, lastError: 'HTTP 500', deliveredAt: null })
  const wait = (Date.parse(failed.nextAttemptAt) - Date.now()) / 1000
  t.ok(wait > 6 && wait <= 12, `first retry in about 10 s (${wait.toFixed(1)} s)`)
  t.equal(await dispatcher.runOnce(), 0, 'not before the backoff has passed')

  await makeDue()
  t.equal(await dispatcher.runOnce(), 2)
  t.same(receiver.subjects(), ['bids/b-1', 'bids/b-2', 'bids/b-2', 'bids/b-3'], 'in event order')
  t.match(await deliveries(id), [
    { status: 'delivered', attempts: 1 },
    { status: 'delivered', attempts: 2, lastError: 'HTTP 500' },
    { status: 'delivered', attempts: 1 },
  ])
  const ids = receiver.received.filter((r) => r.event.subject === 'bids/b-2').map((r) => r.headers['webhook-id'])
  t.equal(ids[0], ids[1], 'a retry carries the same webhook-id, so the receiver can deduplicate')
  t.equal(await count(db, 'webhook_deliveries'), 3)
})

t.test('after 12 attempts a delivery is given up and no longer holds back later events', async (t) => {
  const { emit, subscribe, deliveries, dispatcher, makeDue } = setup(t)
  const receiver = await startReceiver(t, (request) => (request.event.subject === 'awards/doomed' ? 503 : 204))
  const { id } = await subscribe(receiver.url(), ['award.made'])
  await emit('award.made', 'awards/doomed')
  await emit('award.made', 'awards/next')

  for (let attempt = 1; attempt < 12; attempt++) {
    t.equal(await dispatcher.runOnce(), 1, `attempt ${attempt}`)
    const [doomed] = await deliveries(id)
    const wait = (Date.parse(doomed.nextAttemptAt) - Date.now()) / 1000
    const expected = Math.min(10 * 2 ** (attempt - 1), 3600)
    t.ok(wait > expected * 0.8 - 2 && wait <= Math.min(expected * 1.2, 3600), `retry ${attempt} in about ${expected} s (${wait.toFixed(0)} s)`)
    await makeDue()
  }
  t.same(receiver.subjects(), Array(11).fill('awards/doomed'), 'awards/next waits while retries are left')
  t.equal(await dispatcher.runOnce(), 2, 'the 12th attempt fails, and the next event goes out in the same run')
  t.same(receiver.subjects().slice(11), ['awards/doomed', 'awards/next'])
  t.match(await deliveries(id), [
    { status: 'failed', attempts: 12, lastError: 'HTTP 503', deliveredAt: null, nextAttemptAt: null },
    { status: 'delivered', attempts: 1 },
  ])
  await makeDue()
  t.equal(await dispatcher.runOnce(), 0, 'a given-up delivery is never tried again')
})

t.test('failures are recorded in plain words, never thrown, and a redirect is not followed', async (t) => {
  const { emit, subscribe, deliveries, dispatcher } = setup(t)
  const statuses: Record<string, number | null> = { '/silent': null, '/moved': 302, '/failing': 500 }
  const receiver = await startReceiver(t, (request) => statuses[request.path] ?? null)
  const silent = await subscribe(receiver.url('/silent'), ['contract.signed'])
  const redirecting = await subscribe(receiver.url('/moved'), ['contract.signed'])
  const failing = await subscribe(receiver.url('/failing'), ['contract.signed'])
  // Allowed, but nothing listens there.
  const refused = await subscribe(`http://127.0.0.1:${receiverPorts[1]}/hook`, ['contract.signed'])
  await emit('contract.signed', 'contracts/c-1')
  t.equal(await dispatcher.runOnce(), 4)
  t.match((await deliveries(silent.id))[0], { status: 'pending', attempts: 1, lastError: 'timeout' })
  t.match((await deliveries(redirecting.id))[0], { status: 'pending', attempts: 1, lastError: 'HTTP 302' })
  t.same(receiver.subjects('/elsewhere'), [], 'the redirect target was never asked')
  t.match((await deliveries(failing.id))[0], { status: 'pending', attempts: 1, lastError: 'HTTP 500' })
  t.match((await deliveries(refused.id))[0], { status: 'pending', attempts: 1, lastError: 'unreachable' }, 'no socket error code')
})

t.test('two dispatchers running at once never send the same delivery twice', async (t) => {
  const { db, url, emit, subscribe } = setup(t)
  const receiver = await startReceiver(t, async () => {
    await new Promise((resolve) => setTimeout(resolve, 20))
    return 204
  })
  const paths = ['/a', '/b', '/c']
  for (const path of paths) await subscribe(receiver.url(path), ['bid.submitted', 'evidence.reviewed'])
  for (let n = 1; n <= 6; n++) await emit(n % 2 ? 'bid.submitted' : 'evidence.reviewed', `events/${n}`)

  const secondDb = createDatabase<AssessmentDatabase>({ url, schema: 'assessment', poolSize: 4 })
  t.teardown(() => secondDb.destroy())
  const replicas = [db, secondDb].map((replicaDb) => startWebhookDispatcher({ ...dispatcherOptions, db: replicaDb, intervalMs: 3_600_000, batchSize: 2 }))
  t.teardown(() => Promise.all(replicas.map((replica) => replica.stop())))
  let attempts = 0
  for (;;) {
    const made = await Promise.all(replicas.map((replica) => replica.runOnce()))
    attempts += made[0]! + made[1]!
    if (made[0] === 0 && made[1] === 0) break
  }
  t.equal(attempts, 18, 'one attempt per subscription and event, between them')
  t.equal(receiver.received.length, 18)
  const expected = [1, 2, 3, 4, 5, 6].map((n) => `events/${n}`)
  for (const path of paths) t.same(receiver.subjects(path), expected, `${path}: each event once, in order`)
  t.equal(await count(db, 'webhook_deliveries'), 18, 'enqueued once despite two enqueuers')
})

t.test('a claimed delivery is leased: nobody takes it meanwhile, and it is retried when the lease runs out', async (t) => {
  const { db, emit, subscribe, deliveries, dispatcher, makeDue } = setup(t)
  const receiver = await startReceiver(t)
  const { id } = await subscribe(receiver.url(), ['award.made'])
  await emit('award.made', 'awards/a-1')
  await emit('award.made', 'awards/a-2')
  await enqueueDeliveries(db)
  // Another replica claims the first delivery, then dies before it can record an outcome.
  const claimed = await claimDueDeliveries(db, 10, 60)
  t.match(claimed, [{ subject: 'awards/a-1', attempts: 1, lease_id: /^[0-9a-f-]{36}$/ }], 'one per subscription: the oldest, counted as an attempt when claimed')
  t.equal(await dispatcher.runOnce(), 0, 'while the lease runs, neither it nor the event behind it goes out')
  const [leased] = await deliveries(id)
  const leaseLeft = (Date.parse(leased.nextAttemptAt) - Date.now()) / 1000
  t.ok(leaseLeft > 50 && leaseLeft <= 60, `retried when the lease ends (${leaseLeft.toFixed(0)} s)`)
  t.match(leased, { status: 'pending', attempts: 1, lastError: null })

  await makeDue()
  t.equal(await dispatcher.runOnce(), 2, 'a lease that ran out is claimed again')
  t.same(receiver.subjects(), ['awards/a-1', 'awards/a-2'])
  t.equal(await markDelivered(db, claimed[0]!), false, 'the late outcome of the dead claim is not recorded')
  t.match(await deliveries(id), [
    { status: 'delivered', attempts: 2 },
    { status: 'delivered', attempts: 1 },
  ], 'the dead claim counts: an event that kills its dispatcher every time is still given up after the limit')
})

t.test('a deleted subscription gets nothing more', async (t) => {
  const { app, db, emit, subscribe, dispatcher } = setup(t)
  const receiver = await startReceiver(t, () => 500)
  const { id } = await subscribe(receiver.url(), ['award.made'])
  await emit('award.made', 'awards/a-1')
  t.equal(await dispatcher.runOnce(), 1)
  t.equal((await app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${id}`, headers: { authorization: auditor } })).statusCode, 204)
  t.equal(await count(db, 'webhook_deliveries'), 0, 'pending retries go with it')
  await emit('award.made', 'awards/a-2')
  t.equal(await dispatcher.runOnce(), 0)
  t.equal(receiver.received.length, 1)
})

t.test('the background loop delivers on its own, survives failing runs, and stops cleanly', async (t) => {
  const { db, emit, subscribe } = setup(t)
  const receiver = await startReceiver(t)
  await subscribe(receiver.url(), ['performance.reported'])
  await emit('performance.reported', 'performance-reports/r-1')
  const loop = startWebhookDispatcher({ ...dispatcherOptions, db, intervalMs: 10 })
  for (let i = 0; i < 200 && receiver.received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10))
  await loop.stop()
  t.same(receiver.subjects(), ['performance-reports/r-1'])

  const errors: string[] = []
  const logger = pino({ level: 'error' }, { write: (line: string) => void errors.push(JSON.parse(line).msg) })
  const unreachable = createDatabase<AssessmentDatabase>({ url: 'postgres://nobody@127.0.0.1:1/none', schema: 'assessment' })
  t.teardown(() => unreachable.destroy())
  const broken = startWebhookDispatcher({ ...dispatcherOptions, db: unreachable, logger, intervalMs: 10 })
  for (let i = 0; i < 200 && errors.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10))
  await broken.stop()
  t.ok(errors.length >= 2, 'a failed run is logged and the next one still happens')
  t.ok(errors.every((message) => message === 'webhook dispatch run failed'))
})

t.test('without an allow-list: https on port 443 to hosts whose every address is public', async (t) => {
  const answers: Record<string, ResolvedAddress[]> = {
    'kubernetes.default.svc': [{ address: '10.96.0.1', family: 4 }],
    'metadata.google.internal': [{ address: '169.254.169.254', family: 4 }],
    'split.example.net': [PUBLIC_ADDRESS, { address: '10.0.0.8', family: 4 }],
    'reporting.example.net': [PUBLIC_ADDRESS],
  }
  const strict = await buildAssessment(t, { resolveHost: (host) => (answers[host] ? Promise.resolve(answers[host]) : resolveWithSystem(host)) })
  const post = (url: string) => strict.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization: auditor }, payload: { url, eventTypes: ['award.made'] } })
  const refused: [string, string][] = [
    ['https://localhost/hook', 'host localhost does not resolve, or not to public addresses only'],
    [`https://${hostname()}/hook`, `host ${hostname().toLowerCase()} does not resolve, or not to public addresses only`],
    ['https://kubernetes.default.svc/api', 'host kubernetes.default.svc does not resolve, or not to public addresses only'],
    ['https://metadata.google.internal/computeMetadata/v1/', 'host metadata.google.internal does not resolve, or not to public addresses only'],
    ['https://split.example.net/in', 'host split.example.net does not resolve, or not to public addresses only'],
    ['https://nowhere.invalid/in', 'host nowhere.invalid does not resolve, or not to public addresses only'],
    ['https://postgres:5432/', 'must be https on port 443 (WEBHOOK_ALLOWED_HOSTS would have to name postgres:5432)'],
    ['https://reporting.example.net:8443/in', 'must be https on port 443 (WEBHOOK_ALLOWED_HOSTS would have to name reporting.example.net:8443)'],
    ['http://reporting.example.net/in', 'must be https on port 443 (WEBHOOK_ALLOWED_HOSTS would have to name reporting.example.net:80)'],
    ['https://127.0.0.1/hook', '127.0.0.1 is not a public address'],
    ['https://169.254.169.254/latest', '169.254.169.254 is not a public address'],
  ]
  for (const [url, reason] of refused) {
    const res = await post(url)
    t.equal(res.statusCode, 422, url)
    t.match(res.json(), { code: 'WEBHOOK_TARGET_NOT_ALLOWED', detail: `The URL ${reason}.`, errors: [{ path: 'body/url', message: reason }] }, url)
  }
  t.equal((await post('https://reporting.example.net/in')).statusCode, 201)
  t.equal(await count(strict.db, 'webhook_subscriptions'), 1, 'only the allowed one was stored')
})

t.test('every delivery is judged again: a host the allow-list no longer names gets nothing', async (t) => {
  const { db, emit, subscribe, deliveries, dispatcher, makeDue } = setup(t)
  const receiver = await startReceiver(t)
  // localhost:port is on the allow-list, and really resolves to the receiver's 127.0.0.1.
  const { id } = await subscribe(`http://localhost:${receiverPorts[0]}/hook`, ['award.made'])
  await emit('award.made', 'awards/a-1')
  const narrowed = startWebhookDispatcher({ ...dispatcherOptions, db, allowedHosts: loadConfig('assessment', { WEBHOOK_ALLOWED_HOSTS: '.example.gov' }).webhookAllowedHosts, intervalMs: 3_600_000 })
  t.teardown(() => narrowed.stop())
  t.equal(await narrowed.runOnce(), 1)
  t.same(receiver.received, [], 'the receiver was never contacted')
  t.match(await deliveries(id), [{ status: 'pending', attempts: 1, lastError: 'refused by address policy' }])
  await makeDue()
  t.equal(await dispatcher.runOnce(), 1, 'with the host allowed again')
  t.same(receiver.subjects(), ['awards/a-1'])
})

t.test('a name that resolves to an internal address by delivery time is refused then', async (t) => {
  const { db, emit, subscribe, deliveries } = setup(t)
  // Public when subscribed (the file's resolver); loopback when the delivery looks it up again.
  const { id } = await subscribe('https://hooks.example.gov/in', ['award.made'])
  await emit('award.made', 'awards/a-1')
  const looked: string[] = []
  const rebound: ResolveHost = async (host) => {
    looked.push(host)
    return [{ address: '127.0.0.1', family: 4 }]
  }
  const dispatcher = startWebhookDispatcher({ ...dispatcherOptions, db, resolve: rebound, intervalMs: 3_600_000 })
  t.teardown(() => dispatcher.stop())
  t.equal(await dispatcher.runOnce(), 1)
  t.same(looked, ['hooks.example.gov'])
  t.match(await deliveries(id), [{ status: 'pending', attempts: 1, lastError: 'refused by address policy' }])
})

t.test('200 fresh subscriptions each get a delivery the standardwebhooks library verifies', async (t) => {
  const { db, emit, subscribe } = setup(t)
  const receiver = await startReceiver(t)
  const secrets = new Map<string, string>()
  for (let n = 0; n < 200; n++) secrets.set(`/hook/${n}`, (await subscribe(receiver.url(`/hook/${n}`), ['contract.signed'])).secret)
  await emit('contract.signed', 'contracts/c-1')
  const dispatcher = startWebhookDispatcher({ ...dispatcherOptions, db, intervalMs: 3_600_000 })
  t.teardown(() => dispatcher.stop())
  let attempts = 0
  for (let made = await dispatcher.runOnce(); made > 0; made = await dispatcher.runOnce()) attempts += made
  t.equal(attempts, 200)
  const verified = receiver.received.filter((request) => {
    try {
      return new Webhook(secrets.get(request.path)!).verify(request.body, request.headers as Record<string, string>) !== null
    } catch {
      return false
    }
  })
  t.equal(verified.length, 200, 'every one verified with its own secret, as handed out')
})

t.test('stored secrets move to the whsec_ form, and subscribers keep verifying with their copies', async (t) => {
  const { db, emit, dispatcher } = setup(t)
  const migration = await import('../../../migrations/assessment/20261126063100_standard_webhook_secrets.ts')
  const receiver = await startReceiver(t)
  // Secrets used to be handed out as unpadded base64url; this one has both characters base64 spells otherwise.
  const bytes = Buffer.from('fbef' + '00'.repeat(28) + 'fbff', 'hex')
  const handedOut = bytes.toString('base64url')
  t.match(handedOut, /-.*_|_.*-/)
  const row = await db
    .insertInto('webhook_subscriptions')
    .values({ url: receiver.url(), event_types: ['award.made'], secret: handedOut, owner_subject: 'reporting-service' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const stored = async () => (await db.selectFrom('webhook_subscriptions').select('secret').where('id', '=', row.id).executeTakeFirstOrThrow()).secret

  await migration.up(db)
  t.equal(await stored(), `whsec_${bytes.toString('base64')}`)
  await emit('award.made', 'awards/a-1')
  t.equal(await dispatcher.runOnce(), 1)
  const [request] = receiver.received
  const headers = request!.headers as Record<string, string>
  t.ok(new Webhook(await stored()).verify(request!.body, headers), 'verifies with the migrated secret')
  t.ok(new Webhook(Buffer.from(handedOut, 'base64url'), { format: 'raw' }).verify(request!.body, headers), 'and with the bytes of the copy the subscriber holds')

  await migration.down(db)
  t.equal(await stored(), handedOut, 'down restores the old form')
})
