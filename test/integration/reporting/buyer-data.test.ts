import t from 'tap'
import { QUESTIONNAIRE_ITEMS } from '../../../services/reporting/domain/maturity/self-assessment-questionnaire.ts'
import { auditor, buildReportingWithFeeds, buyerOf } from './helpers.ts'
import { tender } from './history.ts'
import { injector } from '../../helpers/http.ts'

// Fixed "now" so progress and trend are computed against known quarters.
const NOW = new Date('2026-05-15T12:00:00.000Z')
const { app, feeds, sync } = await buildReportingWithFeeds(t, { now: () => NOW })
const minfin = await buyerOf('MINFIN')
const other = await buyerOf('OTHER')
const auditorToken = await auditor()

// Refurbished share per quarter: 2025 Q3 10 %, 2025 Q4 20 %, 2026 Q1 30 %.
for (const [awardedAt, refurbished] of [['2025-08-01', 10], ['2025-11-01', 20], ['2026-02-01', 30]] as const) {
  tender(feeds, { buyer: 'MINFIN', publishedAt: `${awardedAt}T08:00:00.000Z` }).award({
    awardedAt: `${awardedAt}T10:00:00.000Z`,
    amount: '1000.00',
    units: [{ quantity: refurbished, condition: 'refurbished' }, { quantity: 100 - refurbished, condition: 'new' }],
  })
}
await sync()

const call = injector(app)
const audit = async (entityType: string) => (await call('GET', `/api/v1/audit-events?entityType=${entityType}`, auditorToken)).json().items

t.test('settings: read with an ETag, changed only under If-Match by the buyer itself', async (t) => {
  const read = await call('GET', '/api/v1/buyers/MINFIN/settings', minfin)
  t.equal(read.statusCode, 200)
  t.same(read.json(), { buyerId: 'MINFIN', publicDashboard: false, displayName: null, updatedAt: null })
  const etag = read.headers.etag as string
  const body = { publicDashboard: true, displayName: 'Ministry of Finance' }
  t.match((await call('PUT', '/api/v1/buyers/MINFIN/settings', minfin, body)).json(), { status: 428, code: 'PRECONDITION_REQUIRED' })
  t.match((await call('PUT', '/api/v1/buyers/MINFIN/settings', minfin, body, { 'if-match': '"stale"' })).json(), { status: 412 })
  t.match((await call('PUT', '/api/v1/buyers/MINFIN/settings', other, body, { 'if-match': etag })).json(), { status: 403 })
  t.match((await call('PUT', '/api/v1/buyers/MINFIN/settings', auditorToken, body, { 'if-match': etag })).json(), { status: 403 }, 'auditors read, they do not decide')
  t.match((await call('PUT', '/api/v1/buyers/MINFIN/settings', minfin, { ...body, extra: 1 }, { 'if-match': etag })).json(), { status: 400, errors: [{ path: 'body/extra' }] })
  const saved = await call('PUT', '/api/v1/buyers/MINFIN/settings', minfin, body, { 'if-match': etag })
  t.equal(saved.statusCode, 200)
  t.match(saved.json(), body)
  t.not(saved.headers.etag, etag)
  t.match((await call('GET', '/api/v1/kpis/values?buyer=MINFIN', null)).statusCode, 200, 'public now: no login needed')
  t.match(await audit('buyer'), [{ action: 'buyerSettings.updated', entityId: 'MINFIN', actor: { subject: 'buyer-of-MINFIN' } }])
  t.equal((await call('GET', '/api/v1/buyers/MINFIN/settings', other)).statusCode, 403)
  t.equal((await call('GET', '/api/v1/buyers/MINFIN/settings', null)).statusCode, 401)

  const firstRead = await call('GET', '/api/v1/buyers/NEWBUYER/settings', await buyerOf('NEWBUYER'))
  const racing = await Promise.all(
    [true, false].map(async (publicDashboard) =>
      call('PUT', '/api/v1/buyers/NEWBUYER/settings', await buyerOf('NEWBUYER'), { publicDashboard, displayName: null }, { 'if-match': firstRead.headers.etag as string }),
    ),
  )
  t.same(racing.map((r) => r.statusCode).sort(), [200, 412], 'two first saves at once: one wins, the other is told')
})

t.test('targets: set, read, progress and trend, change under If-Match, drop', async (t) => {
  const input = { kpiId: 'K05', targetValue: 50, direction: 'atLeast', baselineValue: 0, baselineDate: '2025-07-01', deadline: '2026-12-31' }
  const created = await call('POST', '/api/v1/buyers/MINFIN/targets', minfin, input)
  t.equal(created.statusCode, 201)
  t.match(created.json(), { ...input, buyerId: 'MINFIN' })
  const id = created.json().id
  t.equal(created.headers.location, `/api/v1/buyers/MINFIN/targets/${id}`)

  const progress = await call('GET', `/api/v1/buyers/MINFIN/targets/${id}/progress`, null)
  t.equal(progress.statusCode, 200, 'public buyer: progress readable without login')
  const body = progress.json()
  t.same(body.series.map((p: any) => [p.from.slice(0, 10), p.value]), [['2025-07-01', 10], ['2025-10-01', 20], ['2026-01-01', 30], ['2026-04-01', null]])
  t.match(body, { status: 'onTrack', basis: 'trend', latest: { value: 30 }, observationCount: 3 })
  t.ok(body.slopePerYear > 30, `rising about 10 points a quarter (${body.slopePerYear} a year)`)
  t.ok(body.projectedAtDeadline >= 50, `projected ${body.projectedAtDeadline} at the deadline`)
  t.ok(Math.abs(body.progress - 0.6) < 1e-9, '30 of the 50 points')

  const list = (await call('GET', '/api/v1/buyers/MINFIN/targets', minfin)).json()
  t.same(list.items.map((i: any) => i.id), [id])
  const read = await call('GET', `/api/v1/buyers/MINFIN/targets/${id}`, minfin)
  t.match((await call('PUT', `/api/v1/buyers/MINFIN/targets/${id}`, minfin, { ...input, targetValue: 90 })).json(), { status: 428 })
  const changed = await call('PUT', `/api/v1/buyers/MINFIN/targets/${id}`, minfin, { ...input, targetValue: 90 }, { 'if-match': read.headers.etag as string })
  t.equal(changed.statusCode, 200)
  t.match((await call('GET', `/api/v1/buyers/MINFIN/targets/${id}/progress`, minfin)).json(), { status: 'offTrack' }, 'a target the trend does not reach is off track')
  t.match((await call('PUT', `/api/v1/buyers/MINFIN/targets/${id}`, minfin, input, { 'if-match': read.headers.etag as string })).json(), { status: 412 })
  t.equal((await call('DELETE', `/api/v1/buyers/MINFIN/targets/${id}`, minfin, undefined, { 'if-match': changed.headers.etag as string })).statusCode, 204)
  t.match((await call('GET', `/api/v1/buyers/MINFIN/targets/${id}`, minfin)).json(), { status: 404, code: 'TARGET_NOT_FOUND' })
  t.same((await audit('target')).map((e: any) => e.action), ['target.created', 'target.updated', 'target.deleted'])
})

t.test('targets: bad input is refused, naming the field', async (t) => {
  const base = { kpiId: 'K05', targetValue: 50, direction: 'atLeast', baselineValue: 0, baselineDate: '2025-07-01', deadline: '2026-12-31' }
  t.match((await call('POST', '/api/v1/buyers/MINFIN/targets', minfin, { ...base, kpiId: 'K99' })).json(), { status: 422, code: 'UNKNOWN_KPI', errors: [{ path: 'body/kpiId' }] })
  t.match((await call('POST', '/api/v1/buyers/MINFIN/targets', minfin, { ...base, kpiId: 'K03' })).json(), { status: 422, code: 'KPI_NOT_TARGETABLE' }, 'K03 has a figure per strategy')
  t.match((await call('POST', '/api/v1/buyers/MINFIN/targets', minfin, { ...base, kpiId: 'K16' })).json(), { status: 422, code: 'KPI_NOT_TARGETABLE' }, 'K16 has a figure per metal')
  t.match((await call('POST', '/api/v1/buyers/MINFIN/targets', minfin, { ...base, deadline: '2025-01-01' })).json(), { status: 422, code: 'INVALID_TARGET', errors: [{ path: 'body/deadline', message: 'must be after baselineDate' }] })
  t.match((await call('POST', '/api/v1/buyers/MINFIN/targets', minfin, { ...base, deadline: 'soon' })).json(), { status: 400, errors: [{ path: 'body/deadline' }] })
  t.match((await call('POST', '/api/v1/buyers/MINFIN/targets', other, base)).json(), { status: 403 })
  t.match((await call('GET', '/api/v1/buyers/NOBODY/targets', auditorToken)).json(), { status: 404, code: 'BUYER_NOT_FOUND' })
  t.match((await call('GET', '/api/v1/buyers/MINFIN/targets/not-a-uuid', minfin)).json(), { status: 400 })
})

t.test('maturity: the questionnaire, scores per level, what to do next', async (t) => {
  const questionnaire = (await call('GET', '/api/v1/maturity/questionnaire', null)).json()
  t.equal(questionnaire.items.length, QUESTIONNAIRE_ITEMS.length)
  t.same(questionnaire.levels.map((l: any) => l.level), [1, 2, 3])
  t.notMatch(questionnaire.title, /ITU model/i)
  t.match(questionnaire.title, /not an ITU publication/)

  const bad = (await call('POST', '/api/v1/buyers/MINFIN/maturity-assessments', minfin, { answers: [{ itemId: 'P9.9', value: 1 }, { itemId: 'P1.1', value: 7 }, { itemId: 'P1.2', value: 'notApplicable' }] })).json()
  t.match(bad, { status: 422, code: 'INVALID_MATURITY_ANSWERS' })
  t.same(bad.errors.map((e: any) => e.path), ['body/answers/0/itemId', 'body/answers/1/value', 'body/answers/2/value'], 'each failing answer named')

  const answers = QUESTIONNAIRE_ITEMS.map((item) => ({ itemId: item.id, value: item.level === 1 ? 4 : item.level === 2 ? 2 : 1 }))
  const submitted = await call('POST', '/api/v1/buyers/MINFIN/maturity-assessments', minfin, { answers })
  t.equal(submitted.statusCode, 201)
  const result = submitted.json().result
  t.same(result.levels.map((l: any) => l.score), [100, 50, 25])
  t.equal(result.overall.score, (100 + 50 + 25) / 3)
  t.equal(result.complete, true)
  t.equal(result.recommendations[0].level, 3, 'the lowest stage first')
  t.match(result.recommendations[0], { kind: 'improve', currentStage: 1, nextStage: { value: 2 } })

  await call('POST', '/api/v1/buyers/MINFIN/maturity-assessments', minfin, { answers: answers.slice(0, 3) })
  const latest = (await call('GET', '/api/v1/buyers/MINFIN/maturity-assessments/latest', minfin)).json()
  t.equal(latest.answers.length, 3)
  t.equal(latest.result.complete, false)
  const page1 = (await call('GET', '/api/v1/buyers/MINFIN/maturity-assessments?limit=1', auditorToken)).json()
  const page2 = (await call('GET', `/api/v1/buyers/MINFIN/maturity-assessments?limit=1&cursor=${page1.nextCursor}`, auditorToken)).json()
  t.same([page1.items[0].id, page2.items[0].id], [latest.id, submitted.json().id], 'newest first, page by page')
  t.equal(page2.nextCursor, null)
  t.match((await call('POST', '/api/v1/buyers/MINFIN/maturity-assessments', other, { answers })).json(), { status: 403 })
  t.match((await call('GET', '/api/v1/buyers/OTHER/maturity-assessments/latest', other)).json(), { status: 404, code: 'BUYER_NOT_FOUND' })
  t.equal((await audit('maturityAssessment')).length, 2)
})
