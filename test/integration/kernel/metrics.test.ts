import t from 'tap'
import { buildAssessmentApp } from '../../../services/assessment/app.ts'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { buildReportingApp } from '../../../services/reporting/app.ts'
import { buildTestService } from '../../helpers/service.ts'

// Prometheus metrics at /metrics on each service: HTTP rate and latency by route template, the
// database pool, the process, and each service's own gauges. Three apps in one process each keep
// their own registry.

const catalogue = await buildTestService(t, 'catalogue', buildCatalogueApp)
const assessment = await buildTestService(t, 'assessment', buildAssessmentApp, { METRICS_TOKEN: 'scrape-me-please-0123' })
const reporting = await buildTestService(t, 'reporting', buildReportingApp)

/** The value of one sample line, `name{labels} value`, or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)))
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1))
}

t.test('requests are counted and timed by route template and status', async (t) => {
  const { app } = catalogue
  for (const id of ['EU-GPP-2021-CMTS.TS1', 'EU-GPP-2021-CMTS.TS2', 'NOPE']) await app.inject({ url: `/api/v1/criteria/${id}` })
  await app.inject({ url: '/api/v1/criteria?limit=1' })
  const answer = await app.inject({ url: '/metrics' })
  t.equal(answer.statusCode, 200)
  t.match(answer.headers['content-type'], /^text\/plain; version=0\.0\.4/)
  const text = answer.body
  const route = '/api/v1/criteria/:criterionId'
  t.equal(sample(text, 'http_request_duration_seconds_count', { route, status_code: '200', method: 'GET' }), 2, 'two found, under the template, not the id')
  t.equal(sample(text, 'http_request_duration_seconds_count', { route, status_code: '400', method: 'GET' }), 1, 'a malformed id, by its status')
  t.equal(sample(text, 'http_request_duration_seconds_count', { route: '/api/v1/criteria', status_code: '200' }), 1)
  t.notMatch(text, /EU-GPP-2021-CMTS\.TS1/, 'no id becomes a label')
  t.ok(sample(text, 'http_request_duration_seconds_bucket', { route, status_code: '200', le: '+Inf' }) === 2, 'a latency histogram')
  t.match(text, /service="catalogue"/)
  t.notMatch(text, /route="\/metrics"/, 'scrapes are not counted')
})

t.test('the pool and the process', async (t) => {
  const text = (await catalogue.app.inject({ url: '/metrics' })).body
  t.equal(sample(text, 'db_pool_max_connections', { service: 'catalogue' }), 4, 'the pool size the test configured')
  for (const state of ['total', 'idle', 'waiting']) t.type(sample(text, 'db_pool_connections', { state }), 'number', state)
  t.ok(sample(text, 'db_pool_connections', { state: 'total' })! >= 1, 'the requests above opened a connection')
  t.match(text, /^process_resident_memory_bytes\{service="catalogue"\} \d+/m)
  t.match(text, /^nodejs_eventloop_lag_seconds\{/m)
})

t.test('assessment: the webhook backlog; with METRICS_TOKEN, a scrape needs it', async (t) => {
  const { app } = assessment
  t.equal((await app.inject({ url: '/metrics' })).statusCode, 401)
  const wrong = await app.inject({ url: '/metrics', headers: { authorization: 'Bearer scrape-me-please-0124' } })
  t.equal(wrong.statusCode, 401)
  t.match(wrong.headers['content-type'], /^application\/problem\+json/)
  const scrape = (await app.inject({ url: '/metrics', headers: { authorization: 'Bearer scrape-me-please-0123' } }))
  t.equal(scrape.statusCode, 200)
  for (const state of ['pending', 'due', 'given_up']) t.equal(sample(scrape.body, 'webhook_deliveries', { state }), 0, `${state}: none on a new database`)
})

t.test('reporting: feed lag and read-model freshness per source, once a feed was read', async (t) => {
  const { app, db } = reporting
  const before = (await app.inject({ url: '/metrics' })).body
  t.equal(sample(before, 'reporting_feed_lag_seconds', { source: 'catalogue-changes' }), undefined, 'never read: no figure rather than a false one')
  const lastSuccess = new Date(Date.now() - 90_000)
  await db.updateTable('feed_cursors').set({ last_success_at: lastSuccess } as never).where('source', '=', 'catalogue-changes').execute()
  const after = (await app.inject({ url: '/metrics' })).body
  const lag = sample(after, 'reporting_feed_lag_seconds', { source: 'catalogue-changes' })!
  t.ok(lag >= 90 && lag < 120, `lag ${lag} s after a read 90 s ago`)
  t.equal(sample(after, 'reporting_read_model_last_success_timestamp_seconds', { source: 'catalogue-changes' }), Math.floor(lastSuccess.getTime()) / 1000)
})
