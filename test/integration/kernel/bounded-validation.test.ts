import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { BODY_LIMITS } from '../../../services/kernel/body-limits.ts'
import { buildAssessment } from '../assessment/helpers.ts'
import { buildCatalogue } from '../catalogue/helpers.ts'
import { buyerOf, buildReportingWithFeeds } from '../reporting/helpers.ts'
import { bearer } from '../../helpers/service.ts'

// "A few kilobytes": the answer to any broken body, however large, stays under this.
const SMALL_ANSWER_BYTES = 4096
// Generous: the point is "not seconds of CPU", never a benchmark. The figures are printed.
const QUICK_MS = 3000

const assessment = await buildAssessment(t)
const catalogue = await buildCatalogue(t)
const reporting = await buildReportingWithFeeds(t)
const supplier = await bearer(['supplier'], { supplierId: '5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' })
const admin = await bearer(['catalogue-admin'])
const buyer = await buyerOf('MINFIN')
const bidUrl = '/api/v1/procurements/3f2b8c1e-6a5d-4e1f-9b7a-2c4d6e8f0a1b/lots/LOT-1/bids'

async function post(app: FastifyInstance, url: string, authorization: string, payload: string) {
  const started = performance.now()
  const response = await app.inject({ method: 'POST', url, headers: { authorization, 'content-type': 'application/json' }, payload })
  return { response, ms: Math.round(performance.now() - started), bytes: response.rawPayload.length, body: response.json() }
}

const emptyProducts = (count: number) => JSON.stringify({ offeredProducts: new Array(count).fill({}), responses: [] })

t.test('a bid with 8,000 empty products is a small 400, answered at once', async (t) => {
  const { response, ms, bytes, body } = await post(assessment.app, bidUrl, supplier, emptyProducts(8000))
  t.comment(`8,000 empty offeredProducts (${emptyProducts(8000).length} bytes): ${response.statusCode} in ${ms} ms, ${bytes} bytes`)
  t.equal(response.statusCode, 400)
  t.equal(body.code, 'VALIDATION_FAILED')
  t.same(body.errors, [{ path: 'body/offeredProducts', message: `must NOT have more than ${BODY_LIMITS.maxArrayItems} items` }])
  t.ok(bytes < SMALL_ANSWER_BYTES, `${bytes} bytes`)
  t.ok(ms < QUICK_MS, `${ms} ms`)
})

t.test('100,000 empty products and 50,000 unknown keys are small 400s too', async (t) => {
  const many = await post(assessment.app, bidUrl, supplier, emptyProducts(100_000))
  t.comment(`100,000 empty offeredProducts (${emptyProducts(100_000).length} bytes): ${many.response.statusCode} in ${many.ms} ms, ${many.bytes} bytes`)
  t.equal(many.response.statusCode, 400)
  t.ok(many.bytes < SMALL_ANSWER_BYTES, `${many.bytes} bytes`)
  t.ok(many.ms < QUICK_MS, `${many.ms} ms`)

  const keys = JSON.stringify(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`unknown${i}`, i])))
  const wide = await post(assessment.app, bidUrl, supplier, keys)
  t.comment(`50,000 unknown keys (${keys.length} bytes): ${wide.response.statusCode} in ${wide.ms} ms, ${wide.bytes} bytes`)
  t.equal(wide.response.statusCode, 400)
  t.same(wide.body.errors, [{ path: 'body', message: `must NOT have more than ${BODY_LIMITS.maxObjectProperties} properties` }])
  t.ok(wide.bytes < SMALL_ANSWER_BYTES, `${wide.bytes} bytes`)
  t.ok(wide.ms < QUICK_MS, `${wide.ms} ms`)
})

t.test('the same limits hold in the catalogue and in reporting', async (t) => {
  const requirements = JSON.stringify({ source: {}, code: 'X1', content: { requirements: new Array(100_000).fill({}) } })
  const criterion = await post(catalogue.app, '/api/v1/criteria', admin, requirements)
  t.equal(criterion.response.statusCode, 400)
  t.same(criterion.body.errors, [{ path: 'body/content/requirements', message: `must NOT have more than ${BODY_LIMITS.maxArrayItems} items` }])
  t.ok(criterion.bytes < SMALL_ANSWER_BYTES)

  const answers = JSON.stringify({ answers: new Array(100_000).fill({}) })
  const maturity = await post(reporting.app, '/api/v1/buyers/MINFIN/maturity-assessments', buyer, answers)
  t.equal(maturity.response.statusCode, 400)
  t.same(maturity.body.errors, [{ path: 'body/answers', message: `must NOT have more than ${BODY_LIMITS.maxArrayItems} items` }])
  t.ok(maturity.bytes < SMALL_ANSWER_BYTES)
})

t.test('deeply nested JSON is a 400 naming where it goes too deep, never a 500', async (t) => {
  const deep = `{"offeredProducts":${'['.repeat(10_000)}${']'.repeat(10_000)},"responses":[]}`
  for (const [app, url, authorization] of [
    [assessment.app, bidUrl, supplier],
    [catalogue.app, '/api/v1/criteria', admin],
    [reporting.app, '/api/v1/buyers/MINFIN/targets', buyer],
  ] as const) {
    const { response, body, bytes } = await post(app, url, authorization, deep)
    t.equal(response.statusCode, 400, url)
    t.equal(body.errors[0].message, `must NOT nest deeper than ${BODY_LIMITS.maxDepth} levels`)
    t.match(body.errors[0].path, /^body\/offeredProducts(\/0)+/)
    t.ok(bytes < SMALL_ANSWER_BYTES)
  }
})

t.test('a small broken body still names every failing field, up to ten, and counts the rest', async (t) => {
  const { response, body, bytes } = await post(assessment.app, bidUrl, supplier, JSON.stringify({ offeredProducts: [{}, {}, {}] }))
  t.equal(response.statusCode, 400)
  t.equal(body.errors.length, 10)
  t.same(body.errors.slice(0, 2), [
    { path: 'body/responses', message: 'is required' },
    { path: 'body/offeredProducts/0/model', message: 'is required' },
  ])
  // 3 products missing 9 fields each, and the missing responses: 28 in all.
  t.match(body.detail, /; and 18 more$/)
  t.ok(bytes < SMALL_ANSWER_BYTES)
})

t.test('a large broken body is reported by its first error, and says checking stopped', async (t) => {
  const responses = Array.from({ length: 999 }, (_, i) => ({ requirementId: `R${i}`, value: i }))
  const { response, body } = await post(assessment.app, bidUrl, supplier, JSON.stringify({ offeredProducts: [], responses }))
  t.equal(response.statusCode, 400)
  t.same(body.errors, [{ path: 'body/offeredProducts', message: 'must NOT have fewer than 1 items' }])
  t.match(body.detail, /checking stopped there, so there may be more$/)
})

t.test('long names and messages are clipped, so no field can blow the answer up', async (t) => {
  const key = 'k'.repeat(100_000)
  const { response, body, bytes } = await post(assessment.app, bidUrl, supplier, JSON.stringify({ offeredProducts: [], responses: [], [key]: 1 }))
  t.equal(response.statusCode, 400)
  const unknown = body.errors.find((e: { message: string }) => e.message === 'is not an allowed field')
  t.equal(unknown.path.length, 200)
  t.match(unknown.path, /^body\/kkk+…$/)
  t.ok(bytes < SMALL_ANSWER_BYTES, `${bytes} bytes`)
})
