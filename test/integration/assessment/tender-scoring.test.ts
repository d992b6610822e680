import t from 'tap'
import { bearer } from '../../helpers/service.ts'
import { injector } from '../../helpers/http.ts'
import { answerAll, procurementBody } from '../../helpers/tender.ts'
import { buildWithCatalogue } from './helpers.ts'

// The tender contract for what decides points: legal baselines, ordered-scale minimums, listed tests, and
// the rules published with the tender.

const { app, catalogue } = await buildWithCatalogue(t)
const buyer = await bearer(['buyer'], { subject: 'buyer-s', organisationId: 'MINCOM' })
const call = injector(app)
const set = (await catalogue.app.inject({ url: '/api/v1/product-categories/smartphones/criteria-sets/comprehensive' })).json()
const TESTS = ['drop', 'tumble', 'screen pressure', 'water spray']

const body = (change: (choice: any) => any = (choice) => choice) => {
  const base = procurementBody(set)
  return { ...base, cpvCodes: ['32250000'], criteria: base.criteria.map((choice: any) => change(choice)) }
}
const listing = (choice: any) => (choice.criterionId === 'EU-GPP-2021-CMTS.AC2' ? { ...choice, parameters: { 'AC2.testsPassed': TESTS } } : choice)
const indexOf = (criterionId: string) => body().criteria.findIndex((choice: any) => choice.criterionId === criterionId)

t.test('a text minimum that is on no ordered scale is refused, naming the field', async (t) => {
  const res = await call('POST', '/api/v1/procurements', buyer, body((c) => (c.criterionId === 'EU-GPP-2021-CMTS.TS13' ? { ...c, parameters: { 'TS13.ipCode.semiRugged': 'IP54', 'TS13.ipCode.rugged': 'splash proof' } } : c)))
  t.equal(res.statusCode, 422)
  t.match(res.json().errors, [{ path: `body/criteria/${indexOf('EU-GPP-2021-CMTS.TS13')}/parameters/TS13.ipCode.rugged`, message: /ordered scale/ }])
})

t.test('a baseline weaker than the legal minimum is refused; a stricter one is kept', async (t) => {
  const at = indexOf('EU-GPP-2021-CMTS.AC1')
  const weaker = await call('POST', '/api/v1/procurements', buyer, body((c) => (c.criterionId === 'EU-GPP-2021-CMTS.AC1' ? { ...c, regulatoryBaseline: 799 } : c)))
  t.equal(weaker.statusCode, 422)
  t.match(weaker.json().errors, [{ path: `body/criteria/${at}/regulatoryBaseline`, message: /legal minimum 800/ }])
  const stricter = await call('POST', '/api/v1/procurements', buyer, body((c) => (c.criterionId === 'EU-GPP-2021-CMTS.AC1' ? { ...c, regulatoryBaseline: 900 } : c)))
  t.equal(stricter.statusCode, 201, stricter.body.slice(0, 400))
  t.equal(stricter.json().evaluationCriteria.awardCriteria.find((c: any) => c.id === 'EU-GPP-2021-CMTS.AC1').scoring.regulatoryBaseline, 900)
})

t.test('listed tests: the tender publishes the formula, and a bid names only listed tests', async (t) => {
  const created = await call('POST', '/api/v1/procurements', buyer, body(listing))
  t.equal(created.statusCode, 201, created.body.slice(0, 400))
  const procurement = created.json()
  const ac2 = procurement.evaluationCriteria.awardCriteria.find((c: any) => c.id === 'EU-GPP-2021-CMTS.AC2')
  t.match(ac2.requirements[0], { id: 'AC2.testsPassed', dataType: 'itemList', listedItems: TESTS })
  const read = (await call('GET', `/api/v1/procurements/${procurement.id}`, buyer)).json()
  t.match(read.scoringRules.quality.criteria.find((c: any) => c.criterionId === ac2.id), { method: 'proportional', formula: new RegExp(`${ac2.maxPoints} × passed ÷ 4 listed`) })
  t.match(read.scoringRules.price, { basis: 'lifeCycleCost', method: 'relativeToLowest', formula: /60 × lowest ÷ own/ })
  t.ok(read.scoringRules.scales.some((scale: any) => scale.id === 'ipCode'))

  const opened = await call('POST', `/api/v1/procurements/${procurement.id}/status`, buyer, { status: 'open' }, { 'if-match': created.headers.etag as string })
  t.equal(opened.statusCode, 200)
  const supplier = (await call('POST', '/api/v1/suppliers', buyer, { name: 'Phones Ltd', country: 'EE', identifiers: [{ scheme: 'VAT', value: 'EE500000001' }], contacts: [] })).json()
  const token = await bearer(['supplier'], { subject: 'phones', supplierId: supplier.id })
  const responses = answerAll(procurement.evaluationCriteria, 1).map((r: any) => (r.requirementId === 'AC2.testsPassed' ? { requirementId: r.requirementId, value: ['drop', 'salt fog'] } : r))
  const bid = await call('POST', `/api/v1/procurements/${procurement.id}/lots/LOT-1/bids`, token, {
    offeredProducts: [{ model: 'P1', gtin: null, deviceType: 'smartphone', quantity: 5, unitPrice: { amount: '400.00', currency: 'EUR' }, condition: 'new', declaredLifetimeYears: 4, yearlyEnergyKWh: 4, massKg: 0.2 }],
    responses,
  })
  t.equal(bid.statusCode, 201, bid.body.slice(0, 400))
  const submitted = await call('POST', `/api/v1/bids/${bid.json().id}/submit`, token, undefined, { 'if-match': bid.headers.etag as string })
  t.equal(submitted.statusCode, 422)
  const at = responses.findIndex((r: any) => r.requirementId === 'AC2.testsPassed')
  t.match(submitted.json().errors, [{ path: `bid/responses/${at}/value/1`, message: /'salt fog' is not one of the listed items/ }])
})
