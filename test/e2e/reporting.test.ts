import t from 'tap'
import { checkReleasePackage } from '../../services/reporting/domain/ocds/reference-check.ts'
import { validateReleasePackage } from '../helpers/ocds-validation.ts'
import { emptyDatabase, startService } from '../helpers/processes.ts'
import { bearer } from '../helpers/service.ts'
import { answerAll, criteriaNeedingEvidence, evidenceFor, laptopOffer, tenderChoices } from '../helpers/tender.ts'
import { overHttp } from '../helpers/http.ts'

// Catalogue, assessment and reporting as three processes on one empty database, talking only over
// HTTP: criteria set → tender → award → contract → performance report → KPIs and an OCDS export.

const databaseUrl = await emptyDatabase(t)
const catalogue = await startService(t, 'catalogue', { DATABASE_URL: databaseUrl })
const assessment = await startService(t, 'assessment', { DATABASE_URL: databaseUrl, CATALOGUE_URL: catalogue.url })
const reporting = await startService(t, 'reporting', { DATABASE_URL: databaseUrl, CATALOGUE_URL: catalogue.url, ASSESSMENT_URL: assessment.url, FEED_POLL_INTERVAL_MS: '200' })

const buyer = await bearer(['buyer'], { subject: 'e2e-reporting-buyer', organisationId: 'MINEDU' })

const api = overHttp

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let waited = 0; waited < 30_000; waited += 200) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`timed out waiting for ${what}`)
}

t.test('from a criteria set to an award, a performance report, KPIs and a valid OCDS export', async (t) => {
  const set = (await api('GET', `${catalogue.url}/api/v1/product-categories/notebooks/criteria-sets/core`, null)).body
  const created = await api('POST', `${assessment.url}/api/v1/procurements`, buyer, {
    title: 'E2E notebooks for schools', cpvCodes: ['30213100'], currency: 'EUR', estimatedValue: null,
    lots: [{ id: 'LOT-1', title: 'Notebooks', estimatedValue: null }],
    criteriaSet: { id: set.id, version: set.version }, criteria: tenderChoices(set, 30),
    weighting: { priceWeight: 70, qualityWeight: 30, minimumQualityScore: null },
    priceScoring: { basis: 'lifeCycleCost', rule: 'relativeToLowest' },
    lifeCycle: { energyTariff: { amount: '0.30', currency: 'EUR' }, years: 4, factorSetId: 'ademe-boavizta' },
  })
  t.equal(created.status, 201)
  const procurement = created.body
  const base = `${assessment.url}/api/v1/procurements/${procurement.id}`
  t.equal((await api('POST', `${base}/status`, buyer, { status: 'open' }, { 'if-match': created.headers.get('etag')! })).status, 200)

  // Five bids: three ranked, one from an excluded supplier, one failing a mandatory specification.
  const offers = [
    { name: 'Refurb Co', vat: 'EE300000001', price: '520.00', quality: 2, condition: 'refurbished', fate: 'ranked' },
    { name: 'New Co', vat: 'EE300000002', price: '610.00', quality: 3, condition: 'new', fate: 'ranked' },
    { name: 'Third Co', vat: 'EE300000003', price: '700.00', quality: 1, condition: 'new', fate: 'ranked' },
    { name: 'Excluded Co', vat: 'EE300000004', price: '500.00', quality: 2, condition: 'new', fate: 'excluded' },
    { name: 'Loose Spec Ltd', vat: 'EE300000005', price: '480.00', quality: 2, condition: 'new', fate: 'non_compliant' },
  ]
  const mandatory = procurement.evaluationCriteria.technicalSpecifications.flatMap((c: any) => c.requirements).find((r: any) => r.dataType === 'boolean' && r.expectedValue === true)
  t.ok(mandatory, 'the tender has a yes/no specification to fail')
  const conditionOfBid = new Map<string, string>()
  const tokenOfBid = new Map<string, string>()
  const fateOfBid = new Map<string, string>()
  const supplierOfBid = new Map<string, string>()
  const qualityOfBid = new Map<string, number>()
  for (const offer of offers) {
    const supplier = (await api('POST', `${assessment.url}/api/v1/suppliers`, buyer, { name: offer.name, country: 'EE', identifiers: [{ scheme: 'VAT', value: offer.vat }], contacts: [] })).body
    if (offer.fate === 'excluded') {
      t.equal((await api('POST', `${assessment.url}/api/v1/suppliers/${supplier.id}/exclusions`, buyer, { reason: 'Art. 57(2): unpaid social security contributions.', endsOn: null })).status, 201)
    }
    const token = await bearer(['supplier'], { subject: `e2e-${offer.vat}`, supplierId: supplier.id })
    const responses = answerAll(procurement.evaluationCriteria, offer.quality).map((r) => (offer.fate === 'non_compliant' && r.requirementId === mandatory.id ? { ...r, value: false } : r))
    const bid = await api('POST', `${base}/lots/LOT-1/bids`, token, { offeredProducts: [laptopOffer(offer.price, { condition: offer.condition })], responses })
    t.equal(bid.status, 201)
    t.equal((await api('POST', `${assessment.url}/api/v1/bids/${bid.body.id}/submit`, token, undefined, { 'if-match': bid.headers.get('etag')! })).status, 200)
    conditionOfBid.set(bid.body.id, offer.condition)
    tokenOfBid.set(bid.body.id, token)
    fateOfBid.set(bid.body.id, offer.fate)
    supplierOfBid.set(bid.body.id, supplier.id)
    qualityOfBid.set(bid.body.id, offer.quality)
  }
  // Every bid proves a criterion with a Type I ecolabel certificate, and every other criterion that needs
  // evidence with the first type it accepts; the buyer verifies them all.
  const [labelled] = Object.entries(procurement.evaluationCriteria.acceptedEvidence as Record<string, string[]>).find(([, types]) => types.includes('type1EcolabelCertificate'))!
  const evidenceIds: string[] = []
  for (const [bidId, token] of tokenOfBid) {
    const evidence = await api('POST', `${assessment.url}/api/v1/bids/${bidId}/evidence`, token, {
      criterionId: labelled, type: 'type1EcolabelCertificate', issuer: 'TCO Development', identifier: `TCO-${bidId.slice(0, 8)}`, validUntil: '2099-12-31', url: null, documentHash: null,
      scheme: 'TCO_CERTIFIED', coverage: 'products', coveredModels: [laptopOffer('1.00').model],
    })
    t.equal(evidence.status, 201)
    evidenceIds.push(evidence.body.id)
    for (const criterionId of criteriaNeedingEvidence(procurement.evaluationCriteria).filter((id) => id !== labelled)) {
      const proof = await api('POST', `${assessment.url}/api/v1/bids/${bidId}/evidence`, token, evidenceFor(procurement.evaluationCriteria, criterionId, `${bidId.slice(0, 8)}-${criterionId}`))
      t.equal(proof.status, 201)
      evidenceIds.push(proof.body.id)
    }
  }
  const current = await api('GET', base, buyer)
  t.equal((await api('POST', `${base}/status`, buyer, { status: 'evaluation' }, { 'if-match': current.headers.get('etag')! })).status, 200)
  for (const id of evidenceIds) {
    t.equal((await api('POST', `${base}/evidence/${id}/review`, buyer, { status: 'verified' }, { 'if-match': `"${id}.1"` })).status, 200)
  }
  const evaluation = (await api('POST', `${base}/lots/LOT-1/evaluations`, buyer)).body
  t.same(evaluation.bids.map((b: any) => b.status).sort(), ['excluded', 'non_compliant', 'ranked', 'ranked', 'ranked'])
  const winner = evaluation.ranking[0]
  const award = await api('POST', `${base}/lots/LOT-1/award`, buyer, { evaluationId: evaluation.id, bidId: winner })
  t.equal(award.status, 201)
  const contract = await api('POST', `${assessment.url}/api/v1/awards/${award.body.id}/contract`, buyer, { signedOn: '2027-02-01', endsOn: '2031-01-31' })
  t.equal(contract.status, 201)

  // Each clause reports what it measures: the end-of-life clause (CPC2) its units, masses and metals,
  // the service clause (CPC1) its repairs. 2027 end of life first, 2028 service first.
  const clauses = contract.body.clauses as any[]
  const endOfLife = clauses.find((c) => c.criterionId.endsWith('.CPC2'))
  const service = clauses.find((c) => c.criterionId.endsWith('.CPC1'))
  t.ok(endOfLife && service, 'the contract has an end-of-life and a service clause')
  const endOfLifeFigures = {
    unitsReachedEndOfUse: 300, unitsCollected: 240, unitsReused: 180, unitsRecycled: 60, unitsSanitised: 240, sanitisationCertificates: 228,
    massCollectedKg: 396, massToCertifiedRecyclersKg: 99, recoveredMetalsG: { gold: 9.6, silver: 31.2, palladium: 3.1 },
  }
  const serviceFigures = { repairs: 31, sparePartsDelivered: 57 }
  const reportOn = async (clause: any, periodStart: string, periodEnd: string, figures: object) => {
    const report = await api('POST', `${assessment.url}/api/v1/contracts/${contract.body.id}/clauses/${clause.id}/reports`, tokenOfBid.get(winner)!, {
      periodStart, periodEnd, responses: answerAll({ technicalSpecifications: [clause], selectionCriteria: [], awardCriteria: [] }, 1), figures,
    })
    t.equal(report.status, 201, `${clause.criterionId} ${periodStart}: ${JSON.stringify(report.body).slice(0, 300)}`)
  }
  await reportOn(endOfLife, '2027-02-01', '2027-12-31', endOfLifeFigures)
  await reportOn(service, '2027-02-01', '2027-12-31', serviceFigures)
  await reportOn(service, '2028-01-01', '2028-12-31', serviceFigures)
  await reportOn(endOfLife, '2028-01-01', '2028-12-31', endOfLifeFigures)

  const status = await until('reporting to ingest the performance reports', async () => {
    const s = (await api('GET', `${reporting.url}/api/v1/read-model/status`, null)).body
    return s.counts.performanceReports >= 4 && s.counts.criteria > 0 ? s : undefined
  })
  t.match(status.counts, { procurements: 1, awards: 1, contracts: 1, performanceReports: 4 })
  t.ok(status.feeds.every((f: any) => f.lastError === null && f.lastSuccessAt), 'both feeds read without error')

  const valuesOf = async (query: string) => {
    const res = await api('GET', `${reporting.url}/api/v1/kpis/values${query}`, buyer)
    t.equal(res.status, 200)
    return (id: string) => res.body.values.find((v: any) => v.kpiId === id)
  }
  const kpi = await valuesOf('')
  t.match(kpi('K01'), { value: 100, numerator: 1, denominator: 1 }, 'the notebooks tender carries circular criteria')
  t.match(kpi('K02'), { value: 100, recordCount: 1 })
  t.match(kpi('K05'), { value: conditionOfBid.get(winner) === 'refurbished' ? 100 : 0, recordCount: 1 }, `the winning bid offered ${conditionOfBid.get(winner)} laptops`)
  t.match(kpi('K09'), { value: 80, numerator: 480, denominator: 600, recordCount: 2, note: null }, 'K09: 240 collected of 300 reaching end of use, each year')
  t.match(kpi('K10'), { value: 75, numerator: 360, denominator: 480 })
  t.match(kpi('K11'), { value: 25, numerator: 198, denominator: 792, recordCount: 2 }, 'K11: 99 kg of 396 kg to certified recyclers, each year')
  t.match(kpi('K12'), { value: 95, numerator: 456, denominator: 480 })
  t.match(kpi('K16'), { dimension: { metal: 'gold' }, value: 19.2, unit: 'g' })
  t.match(kpi('K18'), { value: 100, numerator: 100, denominator: 100, note: null }, 'the winning bid’s verified TCO Certified label covers the model it offers')
  // The notebooks set asks for years of OS and security updates (TS-UPDATES-NB, AC-UPDATES-NB); the
  // winner answered them as answerAll does, at least 1 + 10 years, so all its units reach 5 years.
  const supportAnswers = answerAll(procurement.evaluationCriteria, qualityOfBid.get(winner)!)
    .filter((r) => /UPDATES-NB\.years$/.test(r.requirementId))
  t.ok(supportAnswers.length > 0 && supportAnswers.every((r) => typeof r.value === 'number' && r.value >= 5), 'the tender asks for support years and the winner offers at least 5')
  t.match(
    (await api('GET', `${reporting.url}/api/v1/kpis/values`, buyer)).body.values.find((v: any) => v.kpiId === 'K08' && v.dimension?.measure === 'softwareSupportShare'),
    { value: 100, numerator: 100, denominator: 100, recordCount: 1, dimension: { minimumYears: '5' } },
    'K08: the winning bid’s 100 units have at least 5 years of updates',
  )
  const winning = evaluation.bids.find((b: any) => b.bidId === winner)
  t.match(kpi('K17'), { value: Number(winning.cost.lifeCycleCost), unit: 'EUR', recordCount: 1 }, 'K17: the winning bid’s life-cycle cost')
  const [year2027, year2028] = [await valuesOf('?from=2027-01-01&to=2028-01-01'), await valuesOf('?from=2028-01-01&to=2029-01-01')]
  for (const id of ['K09', 'K10', 'K11', 'K12']) {
    t.match(year2028(id), { value: year2027(id).value, numerator: year2027(id).numerator, denominator: year2027(id).denominator, recordCount: 1, note: year2027(id).note }, `${id}: clause reports in either order give the same figure`)
  }
  t.same([year2027('K16').value, year2028('K16').value], [9.6, 9.6])
  t.equal((await api('GET', `${reporting.url}/api/v1/kpis/values?buyer=MINEDU`, null)).status, 404, 'private until the buyer says otherwise')

  const exported = await until('reporting to know every bid', async () => {
    const e = await api('GET', `${reporting.url}/api/v1/ocds/release-packages?procurementId=${procurement.id}`, buyer)
    return e.status === 200 && e.body.releases[0].bids?.details.length === offers.length ? e : undefined
  })
  t.same(validateReleasePackage(exported.body).errors, [], 'the OCDS export validates')
  t.same(checkReleasePackage(exported.body), [], 'every reference in the OCDS export resolves')
  const [release] = exported.body.releases
  t.equal(release.awards.length, 1)
  const published = new Map<string, any>(release.bids.details.map((b: any) => [b.id, b]))
  for (const [bidId, fate] of fateOfBid) {
    const bid = published.get(bidId)
    t.same(bid.tenderers.map((p: any) => p.id), [supplierOfBid.get(bidId)])
    if (fate === 'ranked') t.match(bid, { status: 'valid', rank: evaluation.ranking.indexOf(bidId) + 1 }, 'ranks as the evaluation ranked')
    else t.match(bid, { status: 'disqualified', description: fate === 'excluded' ? /^excluded: supplier excluded: Art\. 57\(2\)/ : new RegExp(`^non compliant: technical specification .*`) }, fate)
  }
  const winnerLabel = published.get(winner).documents?.find((d: any) => d.title === 'Type I ecolabel certificate: TCO_CERTIFIED')
  t.match(winnerLabel, { id: String, description: /^Issued by TCO Development; covers the offered models Notebook 14;/ }, 'the winner’s verified label is published as a bid document')
  t.same(release.parties.filter((p: any) => p.roles.includes('tenderer')).map((p: any) => p.id).sort(), [...supplierOfBid.values()].sort(), 'every tenderer is a party')
  const requirements = new Map<string, any>(release.tender.criteria.flatMap((c: any) => (c.requirementGroups ?? []).flatMap((g: any) => g.requirements)).map((r: any) => [r.id, r]))
  const responses = published.get(winner).requirementResponses
  t.ok(responses.length > 0 && responses.every((r: any) => requirements.has(r.requirement.id)), `all ${responses.length} requirement responses resolve`)
  const tendered = [...procurement.evaluationCriteria.technicalSpecifications, ...procurement.evaluationCriteria.selectionCriteria, ...procurement.evaluationCriteria.awardCriteria].flatMap((c: any) => c.requirements)
  const thresholds = tendered.filter((r: any) => r.minValue !== null || r.maxValue !== null)
  t.ok(thresholds.length > 0, 'the tender has numeric thresholds')
  for (const r of thresholds) {
    const published = requirements.get(r.id)
    t.same([published?.minValue ?? null, published?.maxValue ?? null], [r.minValue, r.maxValue], `${r.id} carries the buyer’s threshold`)
  }
  t.ok(release.tender.criteria.every((c: any) => typeof c.title === 'string'), 'criteria have titles')
  const priceCriterion = release.tender.lots[0].awardCriteria.criteria[0]
  t.match(priceCriterion, { type: 'cost', name: 'Life-cycle cost', numbers: [{ number: 70, weight: 'pointsExact' }] }, 'a life-cycle-cost basis is a cost criterion')

  const dashboard = await api('GET', `${reporting.url}/dashboard/MINEDU`, buyer)
  t.equal(dashboard.status, 200)
  t.match(dashboard.body, /<h1>Circular ICT procurement: MINEDU<\/h1>/)
})

t.test('the assessment service down: reporting serves what it has and says how fresh it is', async (t) => {
  await assessment.stop()
  const failing = await until('the status to show the outage', async () => {
    const s = (await api('GET', `${reporting.url}/api/v1/read-model/status`, null)).body
    return s.feeds[0].lastError ? s : undefined
  })
  // A poll that meets the service draining gets its 503 SHUTTING_DOWN; one after it has gone, no answer.
  const outage = /could not be reached|answered 503/
  t.match(failing.feeds[0].lastError, outage)
  const values = await api('GET', `${reporting.url}/api/v1/kpis/values`, buyer)
  t.equal(values.status, 200, 'KPIs are still served')
  t.match(values.body.freshness[0], { source: 'assessment-events', lastError: outage })
})
