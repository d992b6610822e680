import t from 'tap'
import { bearer } from '../../helpers/service.ts'
import { answerAll, criteriaNeedingEvidence, evidenceFor, laptopOffer, procurementBody as newProcurement, tenderChoices } from '../../helpers/tender.ts'
import { buildWithCatalogue } from './helpers.ts'
import { injector } from '../../helpers/http.ts'

const { app, db, catalogue } = await buildWithCatalogue(t)
const buyer = await bearer(['buyer'], { subject: 'buyer-1', organisationId: 'MINFIN' })
const otherBuyer = await bearer(['buyer'], { subject: 'buyer-2', organisationId: 'MINEDU' })
const evaluator = await bearer(['evaluator'], { subject: 'evaluator-1' })
const auditor = await bearer(['auditor'], { subject: 'auditor-1' })
const set = (await catalogue.app.inject({ url: '/api/v1/criteria-sets/notebooks-core/versions/1' })).json()

const json = (res: { json: () => any }) => res.json()
const call = injector(app)

const procurementBody = (overrides: Record<string, unknown> = {}) => newProcurement(set, overrides)

async function registerSupplier(name: string, vat: string) {
  const res = await call('POST', '/api/v1/suppliers', buyer, { name, country: 'EE', identifiers: [{ scheme: 'VAT', value: vat }], contacts: [] })
  t.equal(res.statusCode, 201, `register ${name}`)
  return json(res).id as string
}

t.test('a tender from criteria set to award, with an explained ranking', async (t) => {
  const created = await call('POST', '/api/v1/procurements', buyer, procurementBody(), { 'x-correlation-id': 'flow-1' })
  t.equal(created.statusCode, 201, created.body.slice(0, 500))
  const procurement = json(created)
  t.equal(procurement.status, 'draft')
  t.equal(procurement.productCategory, 'notebooks')
  t.same(procurement.criteriaSet, { id: 'notebooks-core', version: 1, title: set.content.title.en, ambitionLevel: 'core' })
  t.ok(procurement.evaluationCriteria.technicalSpecifications.length > 0)
  t.equal(procurement.evaluationCriteria.awardCriteria.reduce((s: number, c: any) => s + c.maxPoints, 0), 40)
  const base = `/api/v1/procurements/${procurement.id}`

  t.equal((await call('GET', base, otherBuyer)).statusCode, 404, 'another organisation does not see a draft')
  const opened = await call('POST', `${base}/status`, buyer, { status: 'open' }, { 'if-match': created.headers.etag as string })
  t.equal(opened.statusCode, 200)

  const suppliers = [
    { id: await registerSupplier('Alpha', 'EE100000001'), price: '800.00', quality: 3 },
    { id: await registerSupplier('Beta', 'EE100000002'), price: '700.00', quality: 1 },
    { id: await registerSupplier('Gamma', 'EE100000003'), price: '900.00', quality: 2 },
  ]
  const bids: Record<string, string> = {}
  for (const s of suppliers) {
    const token = await bearer(['supplier'], { subject: `user-${s.id}`, supplierId: s.id })
    const content = { offeredProducts: [laptopOffer(s.price)], responses: answerAll(procurement.evaluationCriteria, s.quality) }
    const bid = await call('POST', `${base}/lots/LOT-1/bids`, token, content)
    t.equal(bid.statusCode, 201, bid.body.slice(0, 300))
    const submitted = await call('POST', `/api/v1/bids/${json(bid).id}/submit`, token, undefined, { 'if-match': bid.headers.etag as string })
    t.equal(submitted.statusCode, 200, submitted.body.slice(0, 500))
    t.equal(json(submitted).status, 'submitted')
    bids[s.id] = json(bid).id
    for (const criterionId of criteriaNeedingEvidence(procurement.evaluationCriteria)) {
      const evidence = await call('POST', `/api/v1/bids/${json(bid).id}/evidence`, token, evidenceFor(procurement.evaluationCriteria, criterionId, `C-${s.id.slice(0, 4)}`))
      t.equal(evidence.statusCode, 201, evidence.body.slice(0, 300))
    }
  }

  const [alpha, beta] = suppliers
  const alphaToken = await bearer(['supplier'], { subject: 'alpha', supplierId: alpha!.id })
  t.equal((await call('GET', `/api/v1/bids/${bids[beta!.id]}`, alphaToken)).statusCode, 404, 'a supplier never sees another supplier’s bid')
  t.equal((await call('GET', `/api/v1/bids/${bids[alpha!.id]}`, alphaToken)).statusCode, 200)
  t.equal((await call('GET', `/api/v1/bids/${bids[alpha!.id]}`, buyer)).statusCode, 404, 'bids are sealed until evaluation')

  const early = await call('POST', `${base}/lots/LOT-1/award`, buyer, { evaluationId: '00000000-0000-4000-8000-000000000000', bidId: bids[alpha!.id] })
  t.equal(early.statusCode, 409, 'no award before evaluation')

  const current = await call('GET', base, buyer)
  t.equal((await call('POST', `${base}/status`, buyer, { status: 'evaluation' }, { 'if-match': current.headers.etag as string })).statusCode, 200)
  t.equal((await call('POST', `${base}/evaluators`, buyer, { subject: 'evaluator-1' })).statusCode, 200)

  const firstEvidence = json(await call('GET', `/api/v1/bids/${Object.values(bids)[0]}/evidence`, evaluator)).items[0]
  const racing = await Promise.all(
    [{ status: 'verified' }, { status: 'rejected', reason: 'Certificate number unknown to the issuer' }].map((verdict) =>
      call('POST', `${base}/evidence/${firstEvidence.id}/review`, evaluator, verdict, { 'if-match': `"${firstEvidence.id}.1"` }),
    ),
  )
  t.same(racing.map((r) => r.statusCode).sort(), [200, 412], 'two evaluators acting at once: one wins, the other is told, nothing is lost')
  const settled = json(racing.find((r) => r.statusCode === 200)!)
  if (settled.status === 'rejected') {
    const redo = await call('POST', `${base}/evidence/${firstEvidence.id}/review`, evaluator, { status: 'verified' }, { 'if-match': `"${firstEvidence.id}.2"` })
    t.equal(redo.statusCode, 200, 'a later verdict needs the current ETag')
  }
  for (const bidId of Object.values(bids)) {
    const evidence = json(await call('GET', `/api/v1/bids/${bidId}/evidence`, evaluator)).items.filter((e: any) => e.status === 'submitted')
    for (const item of evidence) {
      const etag = `"${item.id}.1"`
      const reviewed = await call('POST', `${base}/evidence/${item.id}/review`, evaluator, { status: 'verified' }, { 'if-match': etag })
      t.equal(reviewed.statusCode, 200, reviewed.body.slice(0, 300))
    }
  }

  const evaluated = await call('POST', `${base}/lots/LOT-1/evaluations`, evaluator)
  t.equal(evaluated.statusCode, 201, evaluated.body.slice(0, 500))
  const evaluation = json(evaluated)
  t.equal(evaluation.provisional, false)
  t.equal(evaluation.ranking.length, 3)
  for (const bid of evaluation.bids) {
    t.equal(bid.status, 'ranked', `${bid.bidId} passes the gates: ${bid.reasons.join('; ')}`)
    const sum = bid.breakdown.reduce((s: number, line: any) => s + line.points, 0)
    t.ok(Math.abs(sum - bid.totalPoints) < 1e-6, 'the breakdown explains every point')
    t.ok(bid.breakdown.every((line: any) => typeof line.formula === 'string' && line.formula.length > 0))
    t.ok(bid.co2e.totalKg > 0)
  }
  // Life-cycle cost = 100 × unit price + 100 units × 18.8 kWh × 0.25 EUR × 5 years (2 350 EUR);
  // price points = 60 × lowest LCC / LCC. Beta is cheapest; Alpha answers best (more update years, a
  // better EPEAT tier), so its quality outweighs Beta's lower price: 52.71 + 36.57 against 60 + 23.06.
  const byName = (name: 'Alpha' | 'Beta' | 'Gamma') => evaluation.bids.find((b: any) => b.bidId === bids[suppliers[['Alpha', 'Beta', 'Gamma'].indexOf(name)]!.id])
  t.same(evaluation.ranking, [byName('Alpha').bidId, byName('Beta').bidId, byName('Gamma').bidId], 'expected ranking')
  t.same([byName('Alpha').cost.lifeCycleCost, byName('Beta').cost.lifeCycleCost, byName('Gamma').cost.lifeCycleCost], ['82350.00', '72350.00', '92350.00'])
  t.equal(byName('Beta').pricePoints, 60)
  t.ok(Math.abs(byName('Alpha').pricePoints - (60 * 72350) / 82350) < 1e-9)
  t.ok(Math.abs(byName('Gamma').pricePoints - (60 * 72350) / 92350) < 1e-9)
  t.ok(Math.abs(byName('Alpha').qualityPoints - 36.57) < 0.01, `Alpha's quality points (${byName('Alpha').qualityPoints})`)
  t.ok(byName('Alpha').qualityPoints > byName('Gamma').qualityPoints && byName('Gamma').qualityPoints > byName('Beta').qualityPoints, 'quality follows the answers: Alpha, Gamma, Beta')
  t.match(byName('Alpha').breakdown[0], { criterionId: 'price', formula: /72350/ }, 'the price line shows its numbers')
  const top = evaluation.bids.find((b: any) => b.bidId === evaluation.ranking[0])
  t.equal(top.rank, 1)

  const wrong = await call('POST', `${base}/lots/LOT-1/award`, buyer, { evaluationId: evaluation.id, bidId: evaluation.ranking[1] })
  t.equal(wrong.statusCode, 409)
  t.equal(json(wrong).code, 'NOT_TOP_RANKED')
  const awarded = await call('POST', `${base}/lots/LOT-1/award`, buyer, { evaluationId: evaluation.id, bidId: evaluation.ranking[0] })
  t.equal(awarded.statusCode, 201, awarded.body.slice(0, 300))
  t.equal(json(awarded).bidId, evaluation.ranking[0])
  t.equal(json(await call('GET', base, buyer)).status, 'awarded', 'the last lot awarded awards the tender')
  const again = await call('POST', `${base}/lots/LOT-1/award`, buyer, { evaluationId: evaluation.id, bidId: evaluation.ranking[0] })
  t.equal(again.statusCode, 409)

  const winner = suppliers.find((s) => bids[s.id] === evaluation.ranking[0])!
  const winnerToken = await bearer(['supplier'], { subject: 'winner', supplierId: winner.id })
  const signed = await call('POST', `/api/v1/awards/${json(awarded).id}/contract`, buyer, { signedOn: '2027-02-01', endsOn: '2031-01-31' })
  t.equal(signed.statusCode, 201, signed.body.slice(0, 300))
  const contract = json(signed)
  t.same(contract.clauses.map((c: any) => c.criterionId).sort(), procurement.evaluationCriteria.performanceClauses.map((c: any) => c.criterionId).sort())
  t.ok(contract.clauses.length > 0, 'the tender’s contract performance clauses come with the contract')
  t.equal((await call('POST', `/api/v1/awards/${json(awarded).id}/contract`, buyer, { signedOn: '2027-02-01', endsOn: null })).statusCode, 409)
  const clause = contract.clauses[0]
  const figures = { unitsCollected: 240, unitsReused: 180, unitsRecycled: 60, unitsSanitised: 240, sanitisationCertificates: 240, repairs: 31, sparePartsDelivered: 57 }
  const report = await call('POST', `/api/v1/contracts/${contract.id}/clauses/${clause.id}/reports`, winnerToken, {
    periodStart: '2027-02-01', periodEnd: '2027-12-31', responses: answerAll({ technicalSpecifications: [clause], selectionCriteria: [], awardCriteria: [] }, 1), figures,
  })
  t.equal(report.statusCode, 201, report.body.slice(0, 300))
  t.equal(json(report).met, true)
  const inconsistent = await call('POST', `/api/v1/contracts/${contract.id}/clauses/${clause.id}/reports`, winnerToken, {
    periodStart: '2028-01-01', periodEnd: '2028-12-31', responses: [], figures: { ...figures, unitsReused: 200 },
  })
  t.equal(inconsistent.statusCode, 422)
  t.equal(json(inconsistent).code, 'INCONSISTENT_FIGURES')
  const unmet = await call('POST', `/api/v1/contracts/${contract.id}/clauses/${clause.id}/reports`, winnerToken, { periodStart: '2028-01-01', periodEnd: '2028-12-31', responses: [], figures })
  t.equal(unmet.statusCode, 201)
  t.equal(json(unmet).met, false, 'a period without the required answers does not meet the clause')
  const read = json(await call('GET', `/api/v1/contracts/${contract.id}`, buyer))
  t.equal(read.clauses[0].met, false, 'a clause shows its latest period')
  t.equal(read.clauses[0].reports.length, 2)
  const anyReport = { periodStart: '2031-01-01', periodEnd: '2031-06-30', responses: [], figures }
  const auditorBuyerElsewhere = await bearer(['auditor', 'buyer'], { subject: 'auditing-buyer', organisationId: 'MINEDU' })
  t.equal((await call('POST', `/api/v1/contracts/${contract.id}/clauses/${clause.id}/reports`, auditorBuyerElsewhere, anyReport)).statusCode, 404, 'seeing a contract as auditor is no right to report on it')
  t.equal((await call('POST', `/api/v1/contracts/${contract.id}/clauses/${clause.id}/reports`, auditor, anyReport)).statusCode, 403, 'auditors do not report')
  t.equal((await call('GET', `/api/v1/contracts/${contract.id}`, alphaToken === winnerToken ? otherBuyer : await bearer(['supplier'], { subject: 'loser', supplierId: suppliers.find((s) => s.id !== winner.id)!.id }))).statusCode, 404, 'a losing supplier does not see the contract')

  const reportOn = (periodStart: string, periodEnd: string, reported: Record<string, unknown>) =>
    call('POST', `/api/v1/contracts/${contract.id}/clauses/${clause.id}/reports`, winnerToken, { periodStart, periodEnd, responses: [], figures: reported })
  const measured = {
    ...figures,
    unitsReachedEndOfUse: 300,
    massCollectedKg: 396,
    massToCertifiedRecyclersKg: 99,
    recoveredMetalsG: { gold: 9.6, silver: 31.2, palladium: 3.1 },
    dataCentre: { pue: 1.3, ref: 0.8, erf: null, wue: 0.4, serverUtilisation: 0.55 },
  }
  const withMeasures = await reportOn('2029-01-01', '2029-12-31', measured)
  t.equal(withMeasures.statusCode, 201, withMeasures.body.slice(0, 300))
  t.same(json(withMeasures).figures, measured, 'end of use, mass, metals and data-centre metrics are kept as reported')
  const contradicting = await reportOn('2030-01-01', '2030-12-31', { ...measured, unitsReachedEndOfUse: 200, massToCertifiedRecyclersKg: 400 })
  t.equal(contradicting.statusCode, 422)
  t.match(json(contradicting), {
    code: 'INCONSISTENT_FIGURES',
    errors: [{ path: 'body/figures/massToCertifiedRecyclersKg', message: 'cannot exceed mass collected' }],
  })
  const recycledAlone = await reportOn('2030-01-01', '2030-12-31', { ...figures, massToCertifiedRecyclersKg: 99 })
  t.match(json(recycledAlone), { status: 422, code: 'INCONSISTENT_FIGURES', errors: [{ path: 'body/figures/massCollectedKg', message: /is required/ }] })
  const belowOne = await reportOn('2030-01-01', '2030-12-31', { ...measured, dataCentre: { ...measured.dataCentre, pue: 0.9 } })
  t.equal(belowOne.statusCode, 400)
  t.ok(json(belowOne).errors.some((e: any) => e.path === 'body/figures/dataCentre/pue'), 'a PUE below 1 is refused, naming the field')
  const negativeMass = await reportOn('2030-01-01', '2030-12-31', { ...measured, massCollectedKg: -1 })
  t.equal(negativeMass.statusCode, 400)
  t.ok(json(negativeMass).errors.some((e: any) => e.path === 'body/figures/massCollectedKg'))
  t.equal(json(await call('GET', `/api/v1/contracts/${contract.id}`, buyer)).clauses[0].reports.length, 3, 'refused reports changed nothing')
  const corrected = await reportOn('2029-01-01', '2029-12-31', { unitsReachedEndOfUse: 310, unitsCollected: 250, unitsReused: 190 })
  t.equal(corrected.statusCode, 201)
  t.equal(json(corrected).id, json(withMeasures).id, 'the same clause and period: a correction replaces the report')
  const afterCorrection = json(await call('GET', `/api/v1/contracts/${contract.id}`, buyer)).clauses[0].reports
  t.equal(afterCorrection.length, 3)
  t.same(afterCorrection.find((r: any) => r.periodStart === '2029-01-01').figures, { unitsReachedEndOfUse: 310, unitsCollected: 250, unitsReused: 190 }, 'only the figures the correction gives')
  const corrections = json(await call('GET', `/api/v1/audit-events?entityId=${contract.id}&limit=100`, auditor)).items.filter((e: any) => e.action === 'performance.corrected')
  t.equal(corrections.length, 1, 'audited as a correction')

  const events = await db.selectFrom('events').select(['type', 'data']).orderBy('sequence').execute()
  const types = events.map((e: { type: string }) => e.type)
  for (const type of ['procurement.created', 'bid.submitted', 'evidence.reviewed', 'evaluation.completed', 'award.made', 'contract.signed', 'performance.reported']) t.ok(types.includes(type), `event ${type}`)
  const createdEvent = events.find((e: any) => e.type === 'procurement.created')!.data as any
  t.ok(createdEvent.criteria.length > 0 && createdEvent.criteria.every((c: any) => Array.isArray(c.aspects) && c.aspects.length > 0), 'procurement.created names each criterion’s circularity aspects, which reporting reads KPI figures by')
  const reported = events.filter((e: any) => e.type === 'performance.reported').map((e: any) => e.data)
  t.same(reported.filter((d: any) => d.periodStart === '2029-01-01').map((d: any) => d.figures), [measured, { unitsReachedEndOfUse: 310, unitsCollected: 250, unitsReused: 190 }], 'the events carry every reported figure, the correction after the report')
  const reviewed = events.filter((e: any) => e.type === 'evidence.reviewed').map((e: any) => e.data)
  const winnerEvidence = reviewed.find((d: any) => d.bidId === bids[winner.id])
  t.match(winnerEvidence, { supplierId: winner.id, type: String, issuer: 'Certifier', validUntil: '2030-01-01', status: 'verified' }, 'a review names the evidence type, its validity and the bid’s supplier')
  const audit = json(await call('GET', `/api/v1/audit-events?entityId=${procurement.id}&limit=100`, auditor)).items
  t.ok(audit.some((e: any) => e.action === 'procurement.created' && e.correlationId === 'flow-1'))
})

t.test('during evaluation a supplier adds evidence only in answer to a clarification request', async (t) => {
  const procurement = json(await call('POST', '/api/v1/procurements', buyer, procurementBody({ title: 'Clarifications' })))
  const base = `/api/v1/procurements/${procurement.id}`
  await call('POST', `${base}/status`, buyer, { status: 'open' }, { 'if-match': (await call('GET', base, buyer)).headers.etag as string })
  const supplierId = await registerSupplier('Epsilon', 'EE100000006')
  const token = await bearer(['supplier'], { subject: 'epsilon', supplierId })
  const bid = await call('POST', `${base}/lots/LOT-1/bids`, token, { offeredProducts: [laptopOffer('600.00')], responses: answerAll(procurement.evaluationCriteria, 2) })
  await call('POST', `/api/v1/bids/${json(bid).id}/submit`, token, undefined, { 'if-match': bid.headers.etag as string })
  const criterionId = procurement.evaluationCriteria.technicalSpecifications[0].id
  const evidence = (type: string) => ({ criterionId, type, issuer: 'Lab', identifier: null, validUntil: null, url: null, documentHash: null })
  const type = procurement.evaluationCriteria.acceptedEvidence[criterionId][0]
  const first = json(await call('POST', `/api/v1/bids/${json(bid).id}/evidence`, token, evidence(type)))
  await call('POST', `${base}/status`, buyer, { status: 'evaluation' }, { 'if-match': (await call('GET', base, buyer)).headers.etag as string })

  const unasked = await call('POST', `/api/v1/bids/${json(bid).id}/evidence`, token, evidence(type))
  t.equal(unasked.statusCode, 409)
  t.equal(json(unasked).code, 'CLARIFICATION_NOT_REQUESTED')
  const asked = await call('POST', `${base}/evidence/${first.id}/review`, buyer, { status: 'clarification_requested', reason: 'Which clause of the test report?' }, { 'if-match': `"${first.id}.1"` })
  t.equal(asked.statusCode, 200)
  t.equal((await call('POST', `/api/v1/bids/${json(bid).id}/evidence`, token, evidence(type))).statusCode, 201, 'the answer to the request is accepted')
})

t.test('bad input and out-of-order requests change nothing', async (t) => {
  const procurement = json(await call('POST', '/api/v1/procurements', buyer, procurementBody()))
  const base = `/api/v1/procurements/${procurement.id}`
  const supplierId = await registerSupplier('Delta', 'EE100000004')
  const token = await bearer(['supplier'], { subject: 'delta', supplierId })
  const content = { offeredProducts: [laptopOffer('500.00')], responses: answerAll(procurement.evaluationCriteria, 1) }

  const draft = await call('POST', `${base}/lots/LOT-1/bids`, token, content)
  t.equal(draft.statusCode, 404, 'a draft tender is invisible to suppliers')
  t.equal(json(draft).code, 'PROCUREMENT_NOT_FOUND')
  const etag = (await call('GET', base, buyer)).headers.etag as string
  await call('POST', `${base}/status`, buyer, { status: 'open' }, { 'if-match': etag })

  const negative = await call('POST', `${base}/lots/LOT-1/bids`, token, { ...content, offeredProducts: [laptopOffer('500.00', { quantity: -5 })] })
  t.equal(negative.statusCode, 400)
  t.ok(json(negative).errors.some((e: any) => e.path === 'body/offeredProducts/0/quantity'))
  const wrongCurrency = await call('POST', `${base}/lots/LOT-1/bids`, token, { ...content, offeredProducts: [laptopOffer('500.00', { unitPrice: { amount: '500.00', currency: 'USD' } })] })
  t.equal(wrongCurrency.statusCode, 422)
  t.ok(json(wrongCurrency).errors.some((e: any) => e.path === 'body/offeredProducts/0/unitPrice/currency'))
  const noLot = await call('POST', `${base}/lots/LOT-9/bids`, token, content)
  t.equal(noLot.statusCode, 404)

  const partial = { ...content, responses: content.responses.slice(1) }
  const bid = await call('POST', `${base}/lots/LOT-1/bids`, token, partial)
  t.equal(bid.statusCode, 201)
  const unitWrong = content.responses.find((r: any) => r.unit)
  const broken = { ...partial, responses: partial.responses.map((r: any) => (r.requirementId === unitWrong?.requirementId ? { ...r, unit: 'gram' } : r)) }
  const put = await call('PUT', `/api/v1/bids/${json(bid).id}`, token, broken, { 'if-match': bid.headers.etag as string })
  t.equal(put.statusCode, 200)
  const incomplete = await call('POST', `/api/v1/bids/${json(bid).id}/submit`, token, undefined, { 'if-match': put.headers.etag as string })
  t.equal(incomplete.statusCode, 422)
  t.equal(json(incomplete).code, 'BID_INCOMPLETE')
  t.ok(json(incomplete).errors.some((e: any) => /missing an answer to/.test(e.message)), 'the missing answer is listed')
  if (unitWrong) t.ok(json(incomplete).errors.some((e: any) => /\/unit$/.test(e.path)), 'and the malformed one, at once')
  t.equal(json(await call('GET', `/api/v1/bids/${json(bid).id}`, token)).status, 'draft', 'nothing changed')

  const negativeCost = await call('PUT', `/api/v1/bids/${json(bid).id}`, token, {
    offeredProducts: [laptopOffer('500.00', { residualValuePerUnit: { amount: '900.00', currency: 'EUR' } })],
    responses: content.responses,
  }, { 'if-match': (await call('GET', `/api/v1/bids/${json(bid).id}`, token)).headers.etag as string })
  t.equal(negativeCost.statusCode, 200)
  const abnormal = await call('POST', `/api/v1/bids/${json(bid).id}/submit`, token, undefined, { 'if-match': negativeCost.headers.etag as string })
  t.equal(abnormal.statusCode, 422)
  t.ok(json(abnormal).errors.some((e: any) => e.path === 'bid/offeredProducts' && /life-cycle cost is -/.test(e.message)), 'a negative life-cycle cost is sent back')

  const duplicate = await call('POST', `${base}/lots/LOT-1/bids`, token, content)
  t.equal(duplicate.statusCode, 409)
  t.equal(json(duplicate).code, 'BID_EXISTS')

  const other = json(await call('POST', '/api/v1/procurements', buyer, procurementBody({ title: 'Other tender' })))
  const evidence = json(await call('POST', `/api/v1/bids/${json(bid).id}/evidence`, token, {
    criterionId: procurement.evaluationCriteria.technicalSpecifications[0].id,
    type: procurement.evaluationCriteria.acceptedEvidence[procurement.evaluationCriteria.technicalSpecifications[0].id][0],
    issuer: 'X', identifier: null, validUntil: null, url: null, documentHash: null,
  }))
  const crossReview = await call('POST', `/api/v1/procurements/${other.id}/evidence/${evidence.id}/review`, buyer, { status: 'verified' }, { 'if-match': `"${evidence.id}.1"` })
  t.equal(crossReview.statusCode, 404, 'evidence of another procurement cannot be reviewed through it')

  const inEvaluation = await call('POST', `${base}/status`, buyer, { status: 'evaluation' }, { 'if-match': (await call('GET', base, buyer)).headers.etag as string })
  t.equal(inEvaluation.statusCode, 200)
  const late = await call('POST', `${base}/lots/LOT-1/bids`, await bearer(['supplier'], { subject: 'late', supplierId: await registerSupplier('Late', 'EE100000005') }), content)
  t.equal(late.statusCode, 409)
  t.equal(json(late).code, 'PROCUREMENT_NOT_OPEN', 'no bid once the tender is closed for bidding')
  const backwards = await call('POST', `${base}/status`, buyer, { status: 'open' }, { 'if-match': inEvaluation.headers.etag as string })
  t.equal(backwards.statusCode, 409)
  t.equal(json(backwards).code, 'INVALID_STATUS_TRANSITION')
  const noBids = await call('POST', `${base}/lots/LOT-1/evaluations`, buyer)
  t.equal(noBids.statusCode, 409)
  t.equal(json(noBids).code, 'NO_SUBMITTED_BIDS')
})

t.test('pinning: unknown versions, bad choices, missing parameters', async (t) => {
  const before = Number((await db.selectFrom('procurements').select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow() as { n: string }).n)
  const missingVersion = await call('POST', '/api/v1/procurements', buyer, procurementBody({ criteriaSet: { id: 'notebooks-core', version: 99 } }))
  t.equal(missingVersion.statusCode, 404)
  t.equal(json(missingVersion).code, 'CRITERIA_SET_VERSION_NOT_FOUND')
  const choices = tenderChoices(set, 40)
  const withParameter = choices.findIndex((c: any) => Object.keys(c.parameters).length > 0)
  const stripped = choices.map((c: any, i: number) => (i === withParameter ? { ...c, parameters: {} } : c))
  const missingParameter = await call('POST', '/api/v1/procurements', buyer, procurementBody({ criteria: stripped }))
  t.equal(missingParameter.statusCode, 422)
  t.equal(json(missingParameter).code, 'INVALID_CRITERIA_CHOICE')
  t.ok(json(missingParameter).errors.some((e: any) => e.path.startsWith(`body/criteria/${withParameter}/parameters/`)))
  const foreign = await call('POST', '/api/v1/procurements', buyer, procurementBody({ criteria: [...choices, { criterionId: 'EU-GPP-2020-DC.TS1' }] }))
  t.equal(foreign.statusCode, 422)
  t.ok(json(foreign).errors.some((e: any) => e.path === `body/criteria/${choices.length}/criterionId`))
  const badWeights = await call('POST', '/api/v1/procurements', buyer, procurementBody({ weighting: { priceWeight: 70, qualityWeight: 40, minimumQualityScore: null } }))
  t.equal(badWeights.statusCode, 422)
  const noOrganisation = await call('POST', '/api/v1/procurements', await bearer(['buyer']), procurementBody())
  t.equal(noOrganisation.statusCode, 403)
  const supplierCannot = await call('POST', '/api/v1/procurements', await bearer(['supplier']), procurementBody())
  t.equal(supplierCannot.statusCode, 403)
  const after = Number((await db.selectFrom('procurements').select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow() as { n: string }).n)
  t.equal(after, before, 'nothing was created')
})
