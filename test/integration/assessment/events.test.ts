import type { Kysely } from 'kysely'
import t from 'tap'
import { recordEvent, type EventType } from '../../../services/assessment/events/outbox.ts'
import type { AssessmentDatabase } from '../../../services/assessment/repositories/database.ts'
import { encodeCursor } from '../../../services/kernel/pagination.ts'
import { bearer } from '../../helpers/service.ts'
import { buildAssessment } from './helpers.ts'

const { app, db: anyDb } = await buildAssessment(t)
const db = anyDb as Kysely<AssessmentDatabase>
const auditor = await bearer(['auditor'])

async function emit(...events: [EventType, string, Record<string, unknown>][]) {
  await db.transaction().execute(async (trx) => {
    for (const [type, subject, data] of events) await recordEvent(trx, type, subject, data)
  })
}

const feed = (query = '', authorization = auditor) => app.inject({ url: `/api/v1/events${query}`, headers: { authorization } })

async function readAll(from: string): Promise<{ items: any[]; cursor: string }> {
  const items: any[] = []
  let cursor = from
  for (;;) {
    const page = (await feed(`?limit=2&cursor=${cursor}`)).json()
    items.push(...page.items)
    cursor = page.nextCursor
    if (page.items.length === 0) return { items, cursor }
  }
}

t.test('only auditors read the feed', async (t) => {
  const anonymous = await app.inject({ url: '/api/v1/events' })
  t.equal(anonymous.statusCode, 401)
  t.equal(anonymous.json().code, 'UNAUTHENTICATED')
  for (const role of ['buyer', 'evaluator', 'supplier', 'catalogue-admin'] as const) {
    const res = await feed('', await bearer([role]))
    t.equal(res.statusCode, 403, role)
    t.equal(res.json().code, 'FORBIDDEN')
  }
  t.equal((await feed()).statusCode, 200)
})

t.test('an empty feed still hands back a cursor to poll with', async (t) => {
  const empty = await feed()
  t.same(empty.json().items, [])
  t.type(empty.json().nextCursor, 'string')
  await emit(['supplier.registered', 'suppliers/s-0', { supplierId: 's-0' }])
  const next = await feed(`?cursor=${empty.json().nextCursor}`)
  t.same(next.json().items.map((e: any) => e.subject), ['suppliers/s-0'], 'the first event is not skipped')
})

t.test('events come out as CloudEvents, oldest first, page by page', async (t) => {
  const start = (await readAll(encodeCursor([0]))).cursor
  await emit(['procurement.created', 'procurements/p-1', { procurementId: 'p-1' }])
  await emit(['bid.submitted', 'bids/b-1', { bidId: 'b-1', lines: [{ quantity: 2 }] }], ['bid.submitted', 'bids/b-2', { bidId: 'b-2' }])
  await emit(['award.made', 'awards/a-1', { awardId: 'a-1' }])
  await emit(['contract.signed', 'contracts/c-1', { contractId: 'c-1' }])

  const { items, cursor } = await readAll(start)
  t.same(items.map((e) => e.subject), ['procurements/p-1', 'bids/b-1', 'bids/b-2', 'awards/a-1', 'contracts/c-1'])
  const stored = await db.selectFrom('events').selectAll().where('subject', '=', 'bids/b-1').executeTakeFirstOrThrow()
  t.same(items[1], {
    specversion: '1.0',
    id: stored.id,
    source: '/circular-ict/assessment',
    type: 'org.govstack.circular-ict.bid.submitted',
    subject: 'bids/b-1',
    time: stored.time.toISOString(),
    datacontenttype: 'application/json',
    sequence: String(stored.sequence).padStart(19, '0'),
    data: { bidId: 'b-1', lines: [{ quantity: 2 }] },
  })
  const sequences = items.map((e) => e.sequence)
  t.same(sequences, [...sequences].sort(), 'sequence orders as text')
  t.equal(new Set(sequences).size, sequences.length)

  const caughtUp = await feed(`?cursor=${cursor}`)
  t.same(caughtUp.json(), { items: [], nextCursor: cursor }, 'at the end the cursor stays where it was')
  await emit(['performance.reported', 'performance-reports/r-1', { reportId: 'r-1' }])
  t.same((await readAll(cursor)).items.map((e) => e.subject), ['performance-reports/r-1'], 'a saved cursor resumes exactly after the last event read')
})

t.test('the type filter', async (t) => {
  await emit(['evidence.reviewed', 'evidence/e-1', { status: 'verified' }], ['supplier.excluded', 'suppliers/s-9', {}], ['evidence.reviewed', 'evidence/e-2', { status: 'rejected' }])
  const res = await feed('?type=evidence.reviewed&limit=1')
  t.equal(res.statusCode, 200)
  t.same(res.json().items.map((e: any) => e.subject), ['evidence/e-1'])
  const rest = await feed(`?type=evidence.reviewed&cursor=${res.json().nextCursor}`)
  t.same(rest.json().items.map((e: any) => e.subject), ['evidence/e-2'])
  t.ok(rest.json().items.every((e: any) => e.type === 'org.govstack.circular-ict.evidence.reviewed'))
})

t.test('an event whose transaction rolls back never appears', async (t) => {
  const before = (await readAll(encodeCursor([0]))).items.length
  await t.rejects(
    db.transaction().execute(async (trx) => {
      await recordEvent(trx, 'award.made', 'awards/rolled-back', {})
      throw new Error('the change failed')
    }),
  )
  await emit(['award.made', 'awards/committed', {}])
  const { items } = await readAll(encodeCursor([0]))
  t.equal(items.length, before + 1)
  t.notOk(items.some((e) => e.subject === 'awards/rolled-back'))
  t.ok(items.some((e) => e.subject === 'awards/committed'))
})

t.test('bad queries are 400s naming the parameter', async (t) => {
  const cases: [string, string, string][] = [
    ['?cursor=not-a-cursor', 'querystring/cursor', 'INVALID_CURSOR'],
    [`?cursor=${encodeCursor(['drop table events'])}`, 'querystring/cursor', 'INVALID_CURSOR'],
    [`?cursor=${encodeCursor([-1])}`, 'querystring/cursor', 'INVALID_CURSOR'],
    [`?cursor=${encodeCursor([1.5])}`, 'querystring/cursor', 'INVALID_CURSOR'],
    ['?limit=0', 'querystring/limit', 'VALIDATION_FAILED'],
    ['?limit=101', 'querystring/limit', 'VALIDATION_FAILED'],
    ['?limit=ten', 'querystring/limit', 'VALIDATION_FAILED'],
    ['?type=bid.withdrawn', 'querystring/type', 'VALIDATION_FAILED'],
    ['?type=org.govstack.circular-ict.bid.submitted', 'querystring/type', 'VALIDATION_FAILED'],
    ['?colour=green', 'querystring/colour', 'VALIDATION_FAILED'],
  ]
  for (const [query, path, code] of cases) {
    const res = await feed(query)
    t.equal(res.statusCode, 400, query)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.equal(res.json().code, code, query)
    t.ok(res.json().errors.some((e: any) => e.path === path), `${query} names ${path}`)
  }
})

t.test('the contract documents the feed and the webhooks', async (t) => {
  const doc = (await app.inject({ url: '/api/v1/openapi.json' })).json()
  const operations = [
    ['/api/v1/events', 'get', 'listEvents'],
    ['/api/v1/webhooks', 'post', 'createWebhookSubscription'],
    ['/api/v1/webhooks', 'get', 'listWebhookSubscriptions'],
    ['/api/v1/webhooks/{webhookId}', 'get', 'getWebhookSubscription'],
    ['/api/v1/webhooks/{webhookId}', 'delete', 'deleteWebhookSubscription'],
    ['/api/v1/webhooks/{webhookId}/deliveries', 'get', 'listWebhookDeliveries'],
  ] as const
  for (const [path, method, operationId] of operations) {
    const operation = doc.paths[path]?.[method]
    t.equal(operation?.operationId, operationId, `${method} ${path}`)
    t.same(operation?.tags, ['events'])
    t.same(operation?.security, [{ bearerAuth: [] }])
    for (const status of ['400', '401', '403']) t.ok(operation?.responses[status], `${operationId} documents ${status}`)
  }
  for (const name of ['CloudEvent', 'CloudEventPage', 'WebhookSubscription', 'CreatedWebhookSubscription', 'WebhookDelivery']) {
    t.ok(doc.components.schemas[name], name)
  }
  t.notOk('secret' in doc.components.schemas.WebhookSubscription.properties, 'only the create response carries the secret')
})
