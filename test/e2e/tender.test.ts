import t from 'tap'
import { bearer } from '../helpers/service.ts'
import { emptyDatabase, startService } from '../helpers/processes.ts'
import { answerAll, criteriaNeedingEvidence, evidenceFor, laptopOffer, tenderChoices } from '../helpers/tender.ts'
import { overHttp } from '../helpers/http.ts'

// The catalogue and assessment as separate processes on one real PostgreSQL, talking over HTTP
// exactly as they do in production: criteria set → tender → bids → evaluation → award.

const databaseUrl = await emptyDatabase(t)
const catalogue = await startService(t, 'catalogue', { DATABASE_URL: databaseUrl })
const assessment = await startService(t, 'assessment', { DATABASE_URL: databaseUrl, CATALOGUE_URL: catalogue.url })

const buyer = await bearer(['buyer'], { subject: 'e2e-buyer', organisationId: 'MINFIN' })

const api = overHttp

t.test('from a published criteria set to an award, across real services', async (t) => {
  const set = (await api('GET', `${catalogue.url}/api/v1/product-categories/notebooks/criteria-sets/core`, null)).body
  t.equal(set.status, 'published')
  const created = await api('POST', `${assessment.url}/api/v1/procurements`, buyer, {
    title: 'E2E notebooks',
    cpvCodes: ['30213100'],
    currency: 'EUR',
    estimatedValue: null,
    lots: [{ id: 'LOT-1', title: 'Notebooks', estimatedValue: null }],
    criteriaSet: { id: set.id, version: set.version },
    criteria: tenderChoices(set, 30),
    weighting: { priceWeight: 70, qualityWeight: 30, minimumQualityScore: null },
    priceScoring: { basis: 'lifeCycleCost', rule: 'relativeToLowest' },
    lifeCycle: { energyTariff: { amount: '0.30', currency: 'EUR' }, years: 4, factorSetId: 'ademe-boavizta' },
  }, { 'x-correlation-id': 'e2e-tender-1' })
  t.equal(created.status, 201, JSON.stringify(created.body).slice(0, 400))
  t.equal(created.headers.get('x-correlation-id'), 'e2e-tender-1')
  const procurement = created.body
  const base = `${assessment.url}/api/v1/procurements/${procurement.id}`
  t.equal((await api('POST', `${base}/status`, buyer, { status: 'open' }, { 'if-match': created.headers.get('etag')! })).status, 200)

  const offers = [
    { name: 'Refurb Co', vat: 'EE200000001', price: '520.00', quality: 2, condition: 'refurbished' },
    { name: 'New Co', vat: 'EE200000002', price: '610.00', quality: 3, condition: 'new' },
  ]
  const bidIds: string[] = []
  const evidenceIds: string[] = []
  for (const offer of offers) {
    const supplier = (await api('POST', `${assessment.url}/api/v1/suppliers`, buyer, { name: offer.name, country: 'EE', identifiers: [{ scheme: 'VAT', value: offer.vat }], contacts: [] })).body
    const token = await bearer(['supplier'], { subject: `e2e-${offer.vat}`, supplierId: supplier.id })
    const bid = await api('POST', `${base}/lots/LOT-1/bids`, token, {
      offeredProducts: [laptopOffer(offer.price, { condition: offer.condition })],
      responses: answerAll(procurement.evaluationCriteria, offer.quality),
    })
    t.equal(bid.status, 201)
    t.equal((await api('POST', `${assessment.url}/api/v1/bids/${bid.body.id}/submit`, token, undefined, { 'if-match': bid.headers.get('etag')! })).status, 200)
    bidIds.push(bid.body.id)
    for (const criterionId of criteriaNeedingEvidence(procurement.evaluationCriteria)) {
      const evidence = await api('POST', `${assessment.url}/api/v1/bids/${bid.body.id}/evidence`, token, evidenceFor(procurement.evaluationCriteria, criterionId, `${offer.vat}-${criterionId}`))
      t.equal(evidence.status, 201)
      evidenceIds.push(evidence.body.id)
    }
  }

  const current = await api('GET', base, buyer)
  t.equal((await api('POST', `${base}/status`, buyer, { status: 'evaluation' }, { 'if-match': current.headers.get('etag')! })).status, 200)
  for (const id of evidenceIds) {
    t.equal((await api('POST', `${base}/evidence/${id}/review`, buyer, { status: 'verified' }, { 'if-match': `"${id}.1"` })).status, 200)
  }
  const evaluation = await api('POST', `${base}/lots/LOT-1/evaluations`, buyer)
  t.equal(evaluation.status, 201)
  t.equal(evaluation.body.provisional, false, 'every piece of evidence the tender asks for is verified')
  t.equal(evaluation.body.ranking.length, 2)
  const [first, second] = evaluation.body.ranking.map((id: string) => evaluation.body.bids.find((b: any) => b.bidId === id))
  t.ok(first.totalPoints >= second.totalPoints, 'ranked by total points')
  const refurbished = evaluation.body.bids.find((b: any) => b.bidId === bidIds[0])
  const fresh = evaluation.body.bids.find((b: any) => b.bidId === bidIds[1])
  t.ok(refurbished.co2e.embodiedKg < fresh.co2e.embodiedKg, 'refurbished laptops carry less embodied CO2e (refurbishment burden instead of new)')
  t.equal(refurbished.co2e.lines[0].embodiedSource, 'factorSetRefurbishment')

  const award = await api('POST', `${base}/lots/LOT-1/award`, buyer, { evaluationId: evaluation.body.id, bidId: evaluation.body.ranking[0] })
  t.equal(award.status, 201)
  t.equal((await api('GET', base, buyer)).body.status, 'awarded')
})

t.test('a catalogue outage fails procurement creation cleanly and leaves the rest working', async (t) => {
  await catalogue.stop()
  const before = (await api('GET', `${assessment.url}/api/v1/procurements?limit=100`, buyer)).body.items.length
  const failed = await api('POST', `${assessment.url}/api/v1/procurements`, buyer, {
    title: 'During outage', cpvCodes: ['30213100'], currency: 'EUR', estimatedValue: null,
    lots: [{ id: 'LOT-1', title: 'x', estimatedValue: null }],
    criteriaSet: { id: 'notebooks-core', version: 1 }, criteria: [{ criterionId: 'EU-GPP-2021-CMTS.TS5' }],
    weighting: { priceWeight: 100, qualityWeight: 0, minimumQualityScore: null },
    priceScoring: { basis: 'acquisitionPrice', rule: 'relativeToLowest' },
    lifeCycle: { energyTariff: { amount: '0.30', currency: 'EUR' }, years: 4, factorSetId: 'ademe-boavizta' },
  })
  t.equal(failed.status, 503)
  t.equal(failed.body.code, 'CATALOGUE_UNAVAILABLE')
  t.match(failed.headers.get('content-type'), /application\/problem\+json/)
  const after = await api('GET', `${assessment.url}/api/v1/procurements?limit=100`, buyer)
  t.equal(after.status, 200, 'reads keep working')
  t.equal(after.body.items.length, before, 'nothing was created')
  t.equal((await api('GET', `${assessment.url}/health/ready`, null)).status, 200, 'assessment stays ready: the catalogue is not its database')
})
