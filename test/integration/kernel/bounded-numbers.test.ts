import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { exampleBid, exampleProcurement } from '../../../services/assessment/routes/examples.ts'
import { exampleCriterion } from '../../../services/catalogue/routes/examples.ts'
import { buildAssessment } from '../assessment/helpers.ts'
import { buildCatalogue } from '../catalogue/helpers.ts'
import { buyerOf, buildReportingWithFeeds } from '../reporting/helpers.ts'
import { bearer } from '../../helpers/service.ts'

const assessment = await buildAssessment(t)
const catalogue = await buildCatalogue(t)
const reporting = await buildReportingWithFeeds(t)
const buyer = await bearer(['buyer'], { organisationId: 'ORG-1' })
const supplier = await bearer(['supplier'], { supplierId: '5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' })
const admin = await bearer(['catalogue-admin'])
const minfin = await buyerOf('MINFIN')

async function send(app: FastifyInstance, url: string, authorization: string, payload: string) {
  const response = await app.inject({ method: 'POST', url, headers: { authorization, 'content-type': 'application/json' }, payload })
  return { status: response.statusCode, body: response.json() }
}

t.test('assessment bounds its numbers at its own edge: a 400 naming the field, never a 502 or a stored 1e308', async (t) => {
  const procurement = (change: object) => send(assessment.app, '/api/v1/procurements', buyer, JSON.stringify({ ...exampleProcurement, ...change }))
  const version = await procurement({ criteriaSet: { id: 'notebooks-core', version: 1e308 } })
  t.equal(version.status, 400)
  t.same(version.body.errors, [{ path: 'body/criteriaSet/version', message: 'must be <= 100000' }])
  const parameter = await procurement({ criteria: [{ criterionId: 'EU-GPP-2021-CMTS.TS3', parameters: { 'TS3.years.core': 1e308 } }] })
  t.equal(parameter.status, 400)
  t.match(parameter.body.errors, [{ path: 'body/criteria/0/parameters/TS3.years.core', message: 'must be <= 1000000000000' }])
  const answer = await send(assessment.app, '/api/v1/procurements/3f2b8c1e-6a5d-4e1f-9b7a-2c4d6e8f0a1b/lots/LOT-1/bids', supplier, JSON.stringify({ ...exampleBid, responses: [{ requirementId: 'TS3.years.core', value: -1e20 }] }))
  t.equal(answer.status, 400)
  t.ok(answer.body.errors.some((e: { path: string; message: string }) => e.path === 'body/responses/0/value' && e.message === 'must be >= -1000000000000'))
})

t.test('an integer beyond 2^53, which JSON parsing would round, is refused rather than changed', async (t) => {
  const bid = JSON.stringify({ ...exampleBid, offeredProducts: [{ ...exampleBid.offeredProducts[0], quantity: 1 }] }).replace('"quantity":1', '"quantity":9007199254740993')
  const answer = await send(assessment.app, '/api/v1/procurements/3f2b8c1e-6a5d-4e1f-9b7a-2c4d6e8f0a1b/lots/LOT-1/bids', supplier, bid)
  t.equal(answer.status, 400)
  t.equal(answer.body.errors[0].path, 'body/offeredProducts/0/quantity')
  const target = { kpiId: 'K05', targetValue: 30, direction: 'atLeast', baselineValue: 5, baselineDate: '2026-01-01', deadline: '2028-12-31' }
  const rounded = await send(reporting.app, '/api/v1/buyers/MINFIN/targets', minfin, JSON.stringify(target).replace('"targetValue":30', '"targetValue":12345678901234567890'))
  t.equal(rounded.status, 400)
  t.equal(rounded.body.errors[0].path, 'body/targetValue')
})

t.test('the catalogue and reporting bound their figures too', async (t) => {
  const [requirement] = exampleCriterion.content.requirements
  const criterion = { ...exampleCriterion, content: { ...exampleCriterion.content, requirements: [{ ...requirement, minValue: 1e308 }] } }
  const refused = await send(catalogue.app, '/api/v1/criteria', admin, JSON.stringify(criterion))
  t.equal(refused.status, 400)
  t.match(refused.body.errors, [{ path: 'body/content/requirements/0/minValue' }])
  const target = await send(reporting.app, '/api/v1/buyers/MINFIN/targets', minfin, JSON.stringify({ kpiId: 'K05', targetValue: 1e308, direction: 'atLeast', baselineValue: -1e308, baselineDate: '2026-01-01', deadline: '2028-12-31' }))
  t.equal(target.status, 400)
  t.same(target.body.errors.map((e: { path: string }) => e.path), ['body/targetValue', 'body/baselineValue'])
  t.same(await reporting.db.selectFrom('targets').selectAll().execute(), [], 'no target stored')
})
