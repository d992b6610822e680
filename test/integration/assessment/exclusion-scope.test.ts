import t, { type Test } from 'tap'
import { bearer } from '../../helpers/service.ts'
import { answerAll, laptopOffer, procurementBody } from '../../helpers/tender.ts'
import { injector } from '../../helpers/http.ts'
import { buildWithCatalogue } from './helpers.ts'

// Buyer A (MINFIN) runs a tender; buyer B (MINEDU) excludes one of A's bidders. Whose exclusion
// counts in A's evaluation is decided by the register's owners, not by who called last.
const { app, catalogue } = await buildWithCatalogue(t)
const buyerA = await bearer(['buyer'], { subject: 'buyer-a', organisationId: 'MINFIN' })
const buyerB = await bearer(['buyer'], { subject: 'buyer-b', organisationId: 'MINEDU' })
const evaluatorA = await bearer(['evaluator'], { subject: 'evaluator-a', organisationId: 'MINFIN' })
const registrar = await bearer(['registrar'], { subject: 'registrar-1', organisationId: 'PPO' })
const set = (await catalogue.app.inject({ url: '/api/v1/criteria-sets/notebooks-core/versions/1' })).json()
const call = injector(app)

let base = ''
const supplierIds: string[] = []

/** Fails loudly: the tests below mean nothing if the tender is not set up. */
async function expect(response: Awaited<ReturnType<typeof call>>, status: number) {
  if (response.statusCode !== status) throw new Error(`setup: ${response.statusCode} ${response.body.slice(0, 300)}`)
  return response
}

t.before(async () => {
  const created = await expect(await call('POST', '/api/v1/procurements', buyerA, procurementBody(set)), 201)
  const procurement = created.json()
  base = `/api/v1/procurements/${procurement.id}`
  await expect(await call('POST', `${base}/status`, buyerA, { status: 'open' }, { 'if-match': created.headers.etag as string }), 200)
  for (const [name, vat] of [['Alpha', 'EE200000001'], ['Beta', 'EE200000002']]) {
    const id = (await expect(await call('POST', '/api/v1/suppliers', buyerA, { name, country: 'EE', identifiers: [{ scheme: 'VAT', value: vat }], contacts: [] }), 201)).json().id as string
    supplierIds.push(id)
    const token = await bearer(['supplier'], { subject: `user-${id}`, supplierId: id })
    const bid = await expect(await call('POST', `${base}/lots/LOT-1/bids`, token, { offeredProducts: [laptopOffer('800.00')], responses: answerAll(procurement.evaluationCriteria, 2) }), 201)
    await expect(await call('POST', `/api/v1/bids/${bid.json().id}/submit`, token, undefined, { 'if-match': bid.headers.etag as string }), 200)
  }
  const current = await call('GET', base, buyerA)
  await expect(await call('POST', `${base}/status`, buyerA, { status: 'evaluation' }, { 'if-match': current.headers.etag as string }), 200)
})
const alpha = () => supplierIds[0]!
const beta = () => supplierIds[1]!

/** Each supplier's status in a fresh evaluation of A's lot, with the exclusion reasons it gives. */
async function evaluate(t: Test): Promise<Record<string, { status: string; excludedFor: string[] }>> {
  const response = await call('POST', `${base}/lots/LOT-1/evaluations`, buyerA)
  if (response.statusCode !== 201) t.fail(`evaluation: ${response.statusCode} ${response.body.slice(0, 300)}`)
  const bids = response.json().bids as { supplierId: string; status: string; reasons: string[] }[]
  return Object.fromEntries(
    bids.map((bid) => [bid.supplierId === alpha() ? 'alpha' : 'beta', { status: bid.status, excludedFor: bid.reasons.filter((r) => r.startsWith('supplier excluded')) }]),
  )
}
const exclude = (supplierId: string, token: string, body: Record<string, unknown>) => call('POST', `/api/v1/suppliers/${supplierId}/exclusions`, token, body)

t.test('buyer B\'s exclusion does not touch buyer A\'s lot; A\'s own does', async (t) => {
  const byB = await exclude(alpha(), buyerB, { reason: 'MINEDU: earlier contract terminated for poor performance.', endsOn: null })
  t.equal(byB.statusCode, 201)
  t.equal(byB.json().organisationId, 'MINEDU')
  const first = await evaluate(t)
  t.not(first.alpha!.status, 'excluded', 'B\'s decision binds B\'s procurements only')
  t.same(first.alpha!.excludedFor, [])

  const unassigned = await exclude(beta(), evaluatorA, { reason: 'Art. 57(4)(b): insolvency.', endsOn: null })
  t.equal(unassigned.statusCode, 403, 'an evaluator assigned to nothing cannot exclude')
  t.equal(unassigned.json().code, 'EXCLUSION_NOT_ALLOWED')
  t.equal((await call('POST', `${base}/evaluators`, buyerA, { subject: 'evaluator-a' })).statusCode, 200)
  const byA = await exclude(beta(), evaluatorA, { reason: 'Art. 57(4)(b): insolvency.', endsOn: null })
  t.equal(byA.statusCode, 201, 'an evaluator of one of A\'s procurements excludes for A')
  t.equal(byA.json().organisationId, 'MINFIN')
  const second = await evaluate(t)
  t.equal(second.beta!.status, 'excluded')
  t.same(second.beta!.excludedFor, ['supplier excluded: Art. 57(4)(b): insolvency. (no end date)'])
  t.not(second.alpha!.status, 'excluded')

  const ended = await call('POST', `/api/v1/suppliers/${beta()}/exclusions/${byA.json().id}/end`, buyerA, { reason: 'Recorded against the wrong supplier.' })
  t.equal(ended.statusCode, 200)
  const third = await evaluate(t)
  t.not(third.beta!.status, 'excluded', 'an ended exclusion no longer counts')
})

t.test('a registrar\'s debarment applies to every buyer, until ended', async (t) => {
  const debarment = await exclude(alpha(), registrar, { reason: 'Art. 57(1)(b): corruption, final judgment.', endsOn: null, scope: 'all-buyers' })
  t.equal(debarment.statusCode, 201)
  const debarred = await evaluate(t)
  t.equal(debarred.alpha!.status, 'excluded')
  t.same(debarred.alpha!.excludedFor, ['supplier excluded: Art. 57(1)(b): corruption, final judgment. (no end date)'], 'the debarment, never B\'s own decision')

  const ended = await call('POST', `/api/v1/suppliers/${alpha()}/exclusions/${debarment.json().id}/end`, registrar, { reason: 'Judgment set aside on appeal.' })
  t.equal(ended.statusCode, 200)
  t.not((await evaluate(t)).alpha!.status, 'excluded')
})
