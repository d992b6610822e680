import t from 'tap'
import { bearer } from '../helpers/service.ts'
import { emptyDatabase, startService } from '../helpers/processes.ts'
import { answerAll, criteriaNeedingEvidence, evidenceFor, tenderChoices } from '../helpers/tender.ts'
import { overHttp } from '../helpers/http.ts'

// A smartphone tender run over HTTP between the real catalogue and assessment, showing that the award follows
// what the tender says: evidence decides, listed tests score in proportion, IP codes compare by order, the
// legal battery minimum earns nothing, a short-lived phone pays for its replacement, CO2e uses the grid of the
// place of use (Kenya), and another buyer's exclusion or edit does not reach this buyer's suppliers.

const databaseUrl = await emptyDatabase(t)
const catalogue = await startService(t, 'catalogue', { DATABASE_URL: databaseUrl })
const assessment = await startService(t, 'assessment', { DATABASE_URL: databaseUrl, CATALOGUE_URL: catalogue.url })
const buyer = await bearer(['buyer'], { subject: 'scoring-buyer', organisationId: 'MINCOM' })
const otherBuyer = await bearer(['buyer'], { subject: 'other-buyer', organisationId: 'MINHEALTH' })
const api = overHttp

const AC1 = 'EU-GPP-2021-CMTS.AC1'
const AC2 = 'EU-GPP-2021-CMTS.AC2'
const TESTS = ['drop 1.2 m, 26 drops', 'tumble 1000 cycles', 'screen pressure 50 N', 'water spray IPX4']

t.test('an award a buyer can defend', async (t) => {
  const set = (await api('GET', `${catalogue.url}/api/v1/product-categories/smartphones/criteria-sets/comprehensive`, null)).body
  const choices = tenderChoices(set, 40).map((choice: any) => {
    if (choice.criterionId === AC1) return { ...choice, maxPoints: 30 }
    if (choice.criterionId === AC2) return { ...choice, maxPoints: 10, parameters: { 'AC2.testsPassed': TESTS } }
    if (choice.criterionId === 'EU-GPP-2021-CMTS.TS13') return { ...choice, parameters: { 'TS13.ipCode.semiRugged': 'IP54', 'TS13.ipCode.rugged': 'IP65' } }
    return choice
  })
  const qualityWeight = choices.reduce((sum: number, choice: any) => sum + (choice.maxPoints ?? 0), 0)
  const body = {
    title: 'Rugged smartphones', cpvCodes: ['32250000'], currency: 'EUR', estimatedValue: null,
    lots: [{ id: 'LOT-1', title: 'Phones', estimatedValue: null }],
    criteriaSet: { id: set.id, version: set.version }, criteria: choices,
    weighting: { priceWeight: 100 - qualityWeight, qualityWeight, minimumQualityScore: null },
    priceScoring: { basis: 'lifeCycleCost', rule: 'relativeToLowest' },
    lifeCycle: { energyTariff: { amount: '0.30', currency: 'EUR' }, years: 6, factorSetId: 'ademe-boavizta', placeOfUse: 'KEN' },
  }

  const weaker = await api('POST', `${assessment.url}/api/v1/procurements`, buyer, {
    ...body, criteria: choices.map((choice: any) => (choice.criterionId === AC1 ? { ...choice, regulatoryBaseline: 500 } : choice)),
  })
  t.equal(weaker.status, 422, 'a baseline below the legal minimum is refused')
  t.ok(weaker.body.errors.some((e: any) => /criteria\/\d+\/regulatoryBaseline$/.test(e.path) && /legal minimum 800/.test(e.message)), JSON.stringify(weaker.body.errors))

  const created = await api('POST', `${assessment.url}/api/v1/procurements`, buyer, body)
  t.equal(created.status, 201, JSON.stringify(created.body).slice(0, 600))
  const procurement = created.body
  const criteria = procurement.evaluationCriteria
  const ac1 = criteria.awardCriteria.find((c: any) => c.id === AC1)
  t.equal(ac1.scoring.regulatoryBaseline, 800, 'the legal minimum of EU 2023/1670 applies without the buyer repeating it')
  const rules = procurement.scoringRules
  t.match(rules.quality.criteria.find((c: any) => c.criterionId === AC2).formula, /10 × passed ÷ 4 listed/)
  t.match(rules.quality.criteria.find((c: any) => c.criterionId === AC1).formula, /regulatory baseline 800/)
  t.match(rules.lifeCycleCost, /replacements/)
  t.equal(rules.tieBreak.length, 4, 'the tie-breaks are published')
  const base = `${assessment.url}/api/v1/procurements/${procurement.id}`
  t.equal((await api('POST', `${base}/status`, buyer, { status: 'open' }, { 'if-match': created.headers.get('etag')! })).status, 200)

  const phone = (unitPrice: string, declaredLifetimeYears: number) => ({
    model: `Rugged ${declaredLifetimeYears}`, gtin: null, deviceType: 'smartphone', quantity: 10, unitPrice: { amount: unitPrice, currency: 'EUR' },
    condition: 'new', declaredLifetimeYears, yearlyEnergyKWh: 4, massKg: 0.25,
  })
  const offers = {
    short: { vat: 'EE400000001', product: phone('300.00', 3), answers: { 'AC1.cycles': 800, 'AC2.testsPassed': TESTS.slice(0, 2), 'TS13.ipCode.rugged': 'IP68/IP65' } },
    ip20: { vat: 'EE400000002', product: phone('250.00', 6), answers: { 'AC1.cycles': 1000, 'AC2.testsPassed': TESTS, 'TS13.ipCode.rugged': 'IP20' } },
    rejected: { vat: 'EE400000003', product: phone('450.00', 6), answers: { 'AC1.cycles': 1000, 'AC2.testsPassed': TESTS, 'TS13.ipCode.rugged': 'IP67/IP65' } },
    proven: { vat: 'EE400000004', product: phone('460.00', 6), answers: { 'AC1.cycles': 1000, 'AC2.testsPassed': TESTS, 'TS13.ipCode.rugged': 'IP66' } },
  }
  const bidOf: Record<string, string> = {}
  const supplierOf: Record<string, any> = {}
  const evidenceOf: Record<string, Record<string, string>> = {}
  for (const [name, offer] of Object.entries(offers)) {
    const supplier = (await api('POST', `${assessment.url}/api/v1/suppliers`, buyer, { name, country: 'EE', identifiers: [{ scheme: 'VAT', value: offer.vat }], contacts: [] })).body
    supplierOf[name] = supplier
    const token = await bearer(['supplier'], { subject: `scoring-${offer.vat}`, supplierId: supplier.id })
    const responses = answerAll(criteria, 2).map((r: any) => (r.requirementId in offer.answers ? { requirementId: r.requirementId, value: (offer.answers as any)[r.requirementId] } : r))
    const bid = await api('POST', `${base}/lots/LOT-1/bids`, token, { offeredProducts: [offer.product], responses })
    t.equal(bid.status, 201, JSON.stringify(bid.body).slice(0, 400))
    t.equal((await api('POST', `${assessment.url}/api/v1/bids/${bid.body.id}/submit`, token, undefined, { 'if-match': bid.headers.get('etag')! })).status, 200)
    bidOf[name] = bid.body.id
    evidenceOf[name] = {}
    for (const criterionId of criteriaNeedingEvidence(criteria)) {
      const evidence = await api('POST', `${assessment.url}/api/v1/bids/${bid.body.id}/evidence`, token, evidenceFor(criteria, criterionId, `${name}-${criterionId}`))
      t.equal(evidence.status, 201)
      evidenceOf[name]![criterionId] = evidence.body.id
    }
  }
  t.ok(criteriaNeedingEvidence(criteria).includes(AC1), 'AC1 accepts test reports, so its answer needs verified evidence')

  // Another ministry excludes 'proven' for its own procurements and tries to rewrite its record.
  const foreignExclusion = await api('POST', `${assessment.url}/api/v1/suppliers/${supplierOf.proven.id}/exclusions`, otherBuyer, { reason: 'MINHEALTH: earlier contract terminated.', endsOn: null })
  t.equal(foreignExclusion.status, 201)
  t.equal(foreignExclusion.body.scope, 'buyer', 'a buyer decides for its own procurements only')
  const supplierUrl = `${assessment.url}/api/v1/suppliers/${supplierOf.proven.id}`
  const record = await api('GET', supplierUrl, otherBuyer)
  t.equal(record.status, 200, 'every buyer reads the register')
  const { id: _id, createdAt: _c, updatedAt: _u, registeredByOrganisationId: _r, ...editable } = record.body
  const edit = await api('PUT', supplierUrl, otherBuyer, { ...editable, name: 'Renamed by another ministry' }, { 'if-match': record.headers.get('etag')! })
  t.equal(edit.status, 403, JSON.stringify(edit.body).slice(0, 300))
  t.equal(edit.body.code, 'SUPPLIER_NOT_YOURS', 'buyer B cannot edit the supplier buyer A registered')

  const current = await api('GET', base, buyer)
  t.equal((await api('POST', `${base}/status`, buyer, { status: 'evaluation' }, { 'if-match': current.headers.get('etag')! })).status, 200)
  const review = (id: string, verdict: object) => api('POST', `${base}/evidence/${id}/review`, buyer, verdict, { 'if-match': `"${id}.1"` })
  const waiting = evidenceOf.short![AC2]!
  for (const [name, items] of Object.entries(evidenceOf)) {
    for (const [criterionId, id] of Object.entries(items)) {
      if (id === waiting) continue
      const verdict = name === 'rejected' && criterionId === AC1 ? { status: 'rejected', reason: 'The test report covers another model' } : { status: 'verified' }
      t.equal((await review(id, verdict)).status, 200)
    }
  }

  const first = await api('POST', `${base}/lots/LOT-1/evaluations`, buyer)
  t.equal(first.status, 201, JSON.stringify(first.body).slice(0, 400))
  t.equal(first.body.provisional, true, 'evidence still awaiting verification makes the evaluation provisional')
  t.same(first.body.pendingEvidence, [{ bidId: bidOf.short, criterionId: AC2, stage: 'award', evidenceId: waiting, status: 'submitted' }])
  const early = await api('POST', `${base}/lots/LOT-1/award`, buyer, { evaluationId: first.body.id, bidId: first.body.ranking[0] })
  t.equal(early.status, 409, 'no award on a provisional evaluation')

  t.equal((await review(waiting, { status: 'verified' })).status, 200)
  const final = await api('POST', `${base}/lots/LOT-1/evaluations`, buyer)
  t.equal(final.body.provisional, false)
  t.same(final.body.pendingEvidence, [])
  const of = (name: string) => final.body.bids.find((b: any) => b.bidId === bidOf[name])
  const line = (name: string, criterionId: string) => of(name).breakdown.find((l: any) => l.criterionId === criterionId)

  t.match(line('rejected', AC1), { points: 0, formula: /answer not accepted, evidence .* is rejected → 0/, evidence: { status: 'rejected', outcome: 'fail' } },
    'rejected award evidence costs the points, with the reason')
  t.equal(line('proven', AC1).points, 30, 'the same 1000 cycles, verified, earn all of AC1')

  t.equal(line('short', AC2).points, 5, '2 of 4 listed tests earn half of AC2')
  t.match(line('short', AC2).formula, '10 × 2 passed ÷ 4 listed = 5.00')
  t.equal(line('proven', AC2).points, 10)

  t.equal(of('ip20').status, 'non_compliant')
  t.ok(of('ip20').reasons.some((r: string) => /IP20 does not reach the minimum IP65/.test(r)), of('ip20').reasons.join('; '))
  t.equal(of('short').status, 'ranked', 'a dual-coded IP68/IP65 meets IP65')

  t.equal(line('short', AC1).points, 0, 'a phone at the legal battery minimum earns nothing on AC1')
  t.match(line('short', AC1).formula, /does not go beyond the regulatory baseline 800/)

  // 10 phones at 300 with a three-year life over six years: ⌈6 ÷ 3⌉ = 2 purchases, one replacement of 3000.
  const cost = of('short').cost.lines[0]
  t.equal(cost.purchases, 2)
  t.equal(cost.replacements.amount, '3000.00', 'a three-year device pays a replacement over a six-year horizon')
  // energy 4 kWh × 0.30 × 6 years × 10 = 72.00; acquisition 3000 + replacement 3000 + 72 = 6072.00.
  t.equal(of('short').cost.lifeCycleCost, '6072.00')
  t.equal(of('proven').cost.lines[0].replacements.amount, '0.00')
  t.equal(of('proven').cost.lifeCycleCost, '4672.00', '4600 + 72: no replacement')

  t.equal(of('proven').status, 'ranked', "another buyer's exclusion does not touch this buyer's lot")
  t.notOk(of('proven').reasons.some((r: string) => /exclu/i.test(r)))

  // Kenya's grid, 0.08 kg CO2e/kWh: 10 phones × (84 kg embodied + 4 kWh × 0.08 × 6 years) = 840 + 19.2 = 859.2 kg.
  t.match(of('proven').co2e, { factorSetId: 'ademe-boavizta', factorSetVersion: '1.0.0', placeOfUse: 'KEN', gridKgCo2ePerKWh: 0.08, embodiedKg: 840, usePhaseKg: 19.2, totalKg: 859.2 })
  t.match(rules.co2e, /used in KEN, grid 0\.08 kg CO2e\/kWh/, 'the bidders were told which grid factor applies')

  const award = await api('POST', `${base}/lots/LOT-1/award`, buyer, { evaluationId: final.body.id, bidId: final.body.ranking[0] })
  t.equal(award.status, 201, 'a final evaluation can be awarded')
})
