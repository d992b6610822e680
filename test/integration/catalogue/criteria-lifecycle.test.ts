import t from 'tap'
import { exampleCriterion } from '../../../services/catalogue/routes/examples.ts'
import { bearer } from '../../helpers/service.ts'
import { buildCatalogue } from './helpers.ts'

const { app, db } = await buildCatalogue(t)
const admin = await bearer(['catalogue-admin'])
const buyer = await bearer(['buyer'])
const newCriterion = (code: string) => ({ ...exampleCriterion, code })

async function counts() {
  const [criteria, versions, audit] = await Promise.all(
    ['criteria', 'criterion_versions', 'audit_log'].map(async (table) => Number((await db.selectFrom(table).select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow() as { n: string }).n)),
  )
  return { criteria, versions, audit }
}

t.test('writes need a catalogue-admin token', async (t) => {
  const before = await counts()
  const anonymous = await app.inject({ method: 'POST', url: '/api/v1/criteria', payload: newCriterion('T1') })
  t.equal(anonymous.statusCode, 401)
  t.equal(anonymous.json().code, 'UNAUTHENTICATED')
  t.equal(anonymous.headers['www-authenticate'], 'Bearer realm="circular-ict"')
  const wrongRole = await app.inject({ method: 'POST', url: '/api/v1/criteria', headers: { authorization: buyer }, payload: newCriterion('T1') })
  t.equal(wrongRole.statusCode, 403)
  t.equal(wrongRole.json().code, 'FORBIDDEN')
  const forged = await app.inject({ method: 'POST', url: '/api/v1/criteria', headers: { authorization: `${admin.slice(0, -4)}AAAA` }, payload: newCriterion('T1') })
  t.equal(forged.statusCode, 401, 'a tampered signature is refused')
  const notBearer = await app.inject({ method: 'POST', url: '/api/v1/criteria', headers: { authorization: 'Basic YWRtaW46YWRtaW4=' }, payload: newCriterion('T1') })
  t.equal(notBearer.statusCode, 401)
  t.same(await counts(), before, 'nothing changed')
})

t.test('bad bodies get their own 4xx and change nothing', async (t) => {
  const before = await counts()
  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/criteria', headers: { authorization: admin, ...headers }, payload: payload as object })

  const extra = await post({ ...newCriterion('T2'), colour: 'green' })
  t.equal(extra.statusCode, 400)
  t.ok(extra.json().errors.some((e: any) => e.path === 'body/colour' && /not an allowed field/.test(e.message)))

  const wrongType = await post({ ...newCriterion('T2'), content: { ...exampleCriterion.content, aspects: 'durability' } })
  t.equal(wrongType.statusCode, 400)
  t.ok(wrongType.json().errors.some((e: any) => e.path === 'body/content/aspects'))

  const missing = await post({ source: exampleCriterion.source, code: 'T2' })
  t.equal(missing.statusCode, 400)
  t.ok(missing.json().errors.some((e: any) => e.path === 'body/content' && e.message === 'is required'))

  const unknownCategory = await post({ ...newCriterion('T2'), content: { ...exampleCriterion.content, productCategories: ['toasters'] } })
  t.equal(unknownCategory.statusCode, 422)
  t.equal(unknownCategory.json().code, 'INVALID_CRITERION')
  t.ok(unknownCategory.json().errors.some((e: any) => e.path === 'body/content/productCategories/0'))

  const awardWithoutScoring = await post({ ...newCriterion('T2'), content: { ...exampleCriterion.content, type: 'awardCriterion' } })
  t.equal(awardWithoutScoring.statusCode, 422)
  t.ok(awardWithoutScoring.json().errors.some((e: any) => e.path === 'body/content/scoring'))

  const badLanguage = await post({ ...newCriterion('T2'), content: { ...exampleCriterion.content, title: { en: 'x', 'Not A Tag': 'y' } } })
  t.equal(badLanguage.statusCode, 422)

  const notJson = await app.inject({ method: 'POST', url: '/api/v1/criteria', headers: { authorization: admin, 'content-type': 'application/json' }, payload: '{"source":' })
  t.equal(notJson.statusCode, 400)
  t.equal(notJson.json().code, 'MALFORMED_JSON')

  const wrongMedia = await app.inject({ method: 'POST', url: '/api/v1/criteria', headers: { authorization: admin, 'content-type': 'text/plain' }, payload: 'hello' })
  t.equal(wrongMedia.statusCode, 415)

  const huge = await post({ ...newCriterion('T2'), content: { ...exampleCriterion.content, description: { en: 'x'.repeat(2 * 1024 * 1024) } } })
  t.equal(huge.statusCode, 413)
  t.equal(huge.json().code, 'PAYLOAD_TOO_LARGE')

  const duplicate = await post({ ...exampleCriterion, source: { ...exampleCriterion.source, code: 'EU-GPP-2021-CMTS' }, code: 'TS1' })
  t.equal(duplicate.statusCode, 409)
  t.equal(duplicate.json().code, 'CRITERION_EXISTS')

  for (const res of [extra, wrongType, missing, unknownCategory, awardWithoutScoring, badLanguage, notJson, wrongMedia, huge, duplicate]) {
    t.notOk(JSON.stringify(res.json()).match(/"stack"|\bat .*\.ts:\d|select .* from|insert into|node_modules/i), 'no internals leak')
  }
  t.same(await counts(), before, 'nothing changed')
})

t.test('draft → edit → publish → frozen → new version', async (t) => {
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/criteria',
    headers: { authorization: admin, 'information-mediator-client': 'GOVSTACK/GOV/MINFIN/eprocurement', 'x-correlation-id': 'lifecycle-test-1' },
    payload: newCriterion('T3'),
  })
  t.equal(created.statusCode, 201)
  t.equal(created.headers.location, '/api/v1/criteria/NATIONAL-EXAMPLE.T3/versions/1')
  t.equal(created.json().status, 'draft')
  const url = '/api/v1/criteria/NATIONAL-EXAMPLE.T3/versions/1'
  const etag = created.headers.etag as string
  const edited = { content: { ...exampleCriterion.content, title: { en: 'Spare parts, edited' } } }

  const noIfMatch = await app.inject({ method: 'PUT', url, headers: { authorization: admin }, payload: edited })
  t.equal(noIfMatch.statusCode, 428)
  t.equal(noIfMatch.json().code, 'PRECONDITION_REQUIRED')
  const stale = await app.inject({ method: 'PUT', url, headers: { authorization: admin, 'if-match': '"stale"' }, payload: edited })
  t.equal(stale.statusCode, 412)
  t.equal(stale.json().code, 'PRECONDITION_FAILED')

  const updated = await app.inject({ method: 'PUT', url, headers: { authorization: admin, 'if-match': etag }, payload: edited })
  t.equal(updated.statusCode, 200)
  t.equal(updated.json().content.title.en, 'Spare parts, edited')
  t.not(updated.headers.etag, etag, 'the ETag moves with each change')

  const replay = await app.inject({ method: 'PUT', url, headers: { authorization: admin, 'if-match': etag }, payload: edited })
  t.equal(replay.statusCode, 412, 'a second writer with the old ETag loses, never overwrites')

  const published = await app.inject({ method: 'POST', url: `${url}/publish`, headers: { authorization: admin, 'if-match': updated.headers.etag as string } })
  t.equal(published.statusCode, 200)
  t.equal(published.json().status, 'published')
  t.type(published.json().publishedAt, 'string')

  const editPublished = await app.inject({ method: 'PUT', url, headers: { authorization: admin, 'if-match': published.headers.etag as string }, payload: edited })
  t.equal(editPublished.statusCode, 409)
  t.equal(editPublished.json().code, 'VERSION_PUBLISHED')

  const next = await app.inject({ method: 'POST', url: '/api/v1/criteria/NATIONAL-EXAMPLE.T3/versions', headers: { authorization: admin } })
  t.equal(next.statusCode, 201)
  t.equal(next.json().version, 2)
  t.equal(next.json().status, 'draft')
  t.equal(next.json().content.title.en, 'Spare parts, edited', 'a new version starts from the latest content')
  const again = await app.inject({ method: 'POST', url: '/api/v1/criteria/NATIONAL-EXAMPLE.T3/versions', headers: { authorization: admin } })
  t.equal(again.statusCode, 409)
  t.equal(again.json().code, 'DRAFT_EXISTS')

  const current = await app.inject({ url: '/api/v1/criteria/NATIONAL-EXAMPLE.T3' })
  t.equal(current.json().version, 1, 'readers see the published version while v2 is drafted')

  const deprecated = await app.inject({ method: 'POST', url: `${url}/deprecate`, headers: { authorization: admin, 'if-match': published.headers.etag as string } })
  t.equal(deprecated.statusCode, 200)
  t.equal(deprecated.json().status, 'deprecated')
  t.equal((await app.inject({ url })).json().status, 'deprecated', 'old versions stay readable')

  const changes: any[] = []
  let cursor = ''
  for (;;) {
    const page = (await app.inject({ url: `/api/v1/changes?limit=100${cursor ? `&cursor=${cursor}` : ''}` })).json()
    changes.push(...page.items)
    t.type(page.nextCursor, 'string', 'the feed always gives a cursor to resume from')
    if (page.items.length === 0) break
    cursor = page.nextCursor
  }
  t.same(changes.filter((c) => c.entityId === 'NATIONAL-EXAMPLE.T3').map((c) => c.action), ['published', 'deprecated'])
  t.same(changes.map((c) => c.sequence), [...changes.map((c) => c.sequence)].sort((a, b) => a - b), 'oldest first')

  const audit = await app.inject({ url: '/api/v1/audit-events?entityId=NATIONAL-EXAMPLE.T3&limit=100', headers: { authorization: await bearer(['auditor']) } })
  t.equal(audit.statusCode, 200)
  const actions = audit.json().items.map((e: any) => e.action)
  t.same(actions, ['criterion.created', 'criterion.draftUpdated', 'criterion.published', 'criterion.versionStarted', 'criterion.deprecated'])
  const first = audit.json().items[0]
  t.equal(first.mediatorClient, 'GOVSTACK/GOV/MINFIN/eprocurement')
  t.equal(first.correlationId, 'lifecycle-test-1')
  t.same(first.actor.roles, ['catalogue-admin'])
  const buyersCannotReadAudit = await app.inject({ url: '/api/v1/audit-events', headers: { authorization: buyer } })
  t.equal(buyersCannotReadAudit.statusCode, 403)
})

t.test('Idempotency-Key makes a create safe to retry', async (t) => {
  const headers = { authorization: admin, 'idempotency-key': 'create-T4-attempt' }
  const first = await app.inject({ method: 'POST', url: '/api/v1/criteria', headers, payload: newCriterion('T4') })
  const retry = await app.inject({ method: 'POST', url: '/api/v1/criteria', headers, payload: newCriterion('T4') })
  t.equal(first.statusCode, 201)
  t.equal(retry.statusCode, 201, 'the retry gets the first response, not a 409')
  t.equal(retry.headers['idempotent-replayed'], 'true')
  t.same(retry.json(), first.json())
  t.equal(retry.headers.location, first.headers.location)
  const other = await app.inject({ method: 'POST', url: '/api/v1/criteria', headers, payload: newCriterion('T5') })
  t.equal(other.statusCode, 422)
  t.equal(other.json().code, 'IDEMPOTENCY_KEY_REUSED')
  const badKey = await app.inject({ method: 'POST', url: '/api/v1/criteria', headers: { authorization: admin, 'idempotency-key': 'x' }, payload: newCriterion('T6') })
  t.equal(badKey.statusCode, 400)
})
