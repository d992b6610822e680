import t from 'tap'
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

  const offers = [
    { name: 'Refurb Co', vat: 'EE300000001', price: '520.00', quality: 2, condition: 'refurbished' },
    { name: 'New Co', vat: 'EE300000002', price: '610.00', quality: 3, condition: 'new' },
  ]
  const conditionOfBid = new Map<string, string>()
  const tokenOfBid = new Map<string, string>()
  for (const offer of offers) {
    const supplier = (await api('POST', `${assessment.url}/api/v1/suppliers`, buyer, { name: offer.name, country: 'EE', identifiers: [{ scheme: 'VAT', value: offer.vat }], contacts: [] })).body
    const token = await bearer(['supplier'], { subject: `e2e-${offer.vat}`, supplierId: supplier.id })
    const bid = await api('POST', `${base}/lots/LOT-1/bids`, token, { offeredProducts: [laptopOffer(offer.price, { condition: offer.condition })], responses: answerAll(procurement.evaluationCriteria, offer.quality) })
    t.equal(bid.status, 201)
    t.equal((await api('POST', `${assessment.url}/api/v1/bids/${bid.body.id}/submit`, token, undefined, { 'if-match': bid.headers.get('etag')! })).status, 200)
    conditionOfBid.set(bid.body.id, offer.condition)
    tokenOfBid.set(bid.body.id, token)
  }
  // Every bid proves a criterion with a Type I ecolabel certificate, and every other criterion that needs
  // evidence with the first type it accepts; the buyer verifies them all.
  const [labelled] = Object.entries(procurement.evaluationCriteria.acceptedEvidence as Record<string, string[]>).find(([, types]) => types.includes('type1EcolabelCertificate'))!
  const evidenceIds: string[] = []
  for (const [bidId, token] of tokenOfBid) {
    const evidence = await api('POST', `${assessment.url}/api/v1/bids/${bidId}/evidence`, token, {
      criterionId: labelled, type: 'type1EcolabelCertificate', issuer: 'TCO Development', identifier: `TCO-${bidId.slice(0, 8)}`, validUntil: '2099-12-31', url: null, documentHash: null,
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
  const winner = evaluation.ranking[0]
  const award = await api('POST', `${base}/lots/LOT-1/award`, buyer, { evaluationId: evaluation.id, bidId: winner })
  t.equal(award.status, 201)
  const contract = await api('POST', `${assessment.url}/api/v1/awards/${award.body.id}/contract`, buyer, { signedOn: '2027-02-01', endsOn: '2031-01-31' })
  t.equal(contract.status, 201)
  const clause = contract.body.clauses[0]
  const figures = {
    unitsCollected: 240, unitsReused: 180, unitsRecycled: 60, unitsSanitised: 240, sanitisationCertificates: 228, repairs: 31, sparePartsDelivered: 57,
    unitsReachedEndOfUse: 300, massCollectedKg: 396, massToCertifiedRecyclersKg: 99, recoveredMetalsG: { gold: 9.6, silver: 31.2, palladium: 3.1 },
  }
  const report = await api('POST', `${assessment.url}/api/v1/contracts/${contract.body.id}/clauses/${clause.id}/reports`, tokenOfBid.get(winner)!, {
    periodStart: '2027-02-01', periodEnd: '2027-12-31', responses: answerAll({ technicalSpecifications: [clause], selectionCriteria: [], awardCriteria: [] }, 1), figures,
  })
  t.equal(report.status, 201)

  const status = await until('reporting to ingest the performance report', async () => {
    const s = (await api('GET', `${reporting.url}/api/v1/read-model/status`, null)).body
    return s.counts.performanceReports >= 1 && s.counts.criteria > 0 ? s : undefined
  })
  t.match(status.counts, { procurements: 1, awards: 1, contracts: 1 })
  t.ok(status.feeds.every((f: any) => f.lastError === null && f.lastSuccessAt), 'both feeds read without error')

  const values = await api('GET', `${reporting.url}/api/v1/kpis/values`, buyer)
  t.equal(values.status, 200)
  const kpi = (id: string) => values.body.values.find((v: any) => v.kpiId === id)
  t.match(kpi('K01'), { value: 100, numerator: 1, denominator: 1 }, 'the notebooks tender carries circular criteria')
  t.match(kpi('K02'), { value: 100, recordCount: 1 })
  t.match(kpi('K05'), { value: conditionOfBid.get(winner) === 'refurbished' ? 100 : 0, recordCount: 1 }, `the winning bid offered ${conditionOfBid.get(winner)} laptops`)
  t.match(kpi('K09'), { value: 80, numerator: 240, denominator: 300, recordCount: 1 }, 'K09: 240 collected of 300 reaching end of use')
  t.match(kpi('K11'), { value: 25, numerator: 99, denominator: 396, recordCount: 1 }, 'K11: 99 kg of 396 kg to certified recyclers')
  t.match(kpi('K16'), { dimension: { metal: 'gold' }, value: 9.6, unit: 'g' })
  t.match(kpi('K18'), { value: 100, numerator: 100, denominator: 100 }, 'the winning bid’s verified ecolabel covers its units')
  t.match(kpi('K10'), { value: 75, numerator: 180, denominator: 240 })
  t.match(kpi('K12'), { value: 95, numerator: 228, denominator: 240 })
  t.equal((await api('GET', `${reporting.url}/api/v1/kpis/values?buyer=MINEDU`, null)).status, 404, 'private until the buyer says otherwise')

  const exported = await api('GET', `${reporting.url}/api/v1/ocds/release-packages?procurementId=${procurement.id}`, buyer)
  t.equal(exported.status, 200)
  t.equal(exported.body.releases[0].awards.length, 1)
  t.same(validateReleasePackage(exported.body).errors, [], 'the OCDS export validates')

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
