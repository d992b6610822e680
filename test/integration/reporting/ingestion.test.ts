import { randomUUID } from 'node:crypto'
import t from 'tap'
import { auditor, buildReportingWithFeeds } from './helpers.ts'
import { tender } from './history.ts'

const { app, db, feeds, sync } = await buildReportingWithFeeds(t)
const auditorToken = await auditor()

async function readModel() {
  const rows = async (table: string, order: string) => (await db.selectFrom(table as any).selectAll().orderBy(order as any).execute()).map((row: any) => ({ ...row, applied_at: undefined, updated_at: undefined }))
  return {
    procurements: await rows('procurements', 'id'),
    awards: await rows('awards', 'id'),
    contracts: await rows('contracts', 'id'),
    reports: await rows('performance_reports', 'contract_id'),
    suppliers: await rows('suppliers', 'id'),
    criteria: await rows('criteria', 'id'),
    certificates: await rows('certificates', 'evidence_id'),
  }
}
const status = async () => (await app.inject({ url: '/api/v1/read-model/status' })).json()

const first = tender(feeds, { buyer: 'MINFIN', publishedAt: '2025-02-01T10:00:00.000Z' })
const award = first.award({ awardedAt: '2025-03-01T10:00:00.000Z', amount: '50000.00', units: [{ quantity: 100, condition: 'refurbished' }], warrantyYears: 3 })
award.sign('2025-03-05').report('2025-03-05', '2025-12-31', {
  unitsCollected: 40, unitsReused: 30, unitsSanitised: 40, sanitisationCertificates: 38,
  unitsReachedEndOfUse: 48, massCollectedKg: 66, massToCertifiedRecyclersKg: 16.5, recoveredMetalsG: { gold: 1.2, silver: 4, palladium: 0.4 },
})
const label = award.certificate({ type: 'type1EcolabelCertificate', reviewedAt: '2025-02-20T09:00:00.000Z', validUntil: '2027-06-30' })
award.certificate({ type: 'type1EcolabelCertificate', reviewedAt: '2025-02-21T09:00:00.000Z', validUntil: '2027-06-30', status: 'rejected', evidenceId: label })
award.certificate({ type: 'managementSystemCertificate', reviewedAt: '2025-02-20T10:00:00.000Z', scheme: 'ISO_14001', coverage: 'organisation' })
award.certificate({ type: 'testReport', reviewedAt: '2025-02-20T11:00:00.000Z' })
// As the feed published evidence reviews before it named the evidence type.
feeds.emit('evidence.reviewed', { evidenceId: randomUUID(), procurementId: first.procurementId, bidId: award.bidId, criterionId: 'EU-GPP-2021-CMTS.TS18', status: 'verified' }, '2025-02-20T12:00:00.000Z')
feeds.publishCriterion('EU-GPP-2021-CMTS.TS3', 1, 'EU-GPP-2021-CMTS', ['environmental.circularEconomy'], ['technicalSpecifications'])

t.test('the read model fills from both feeds over HTTP, with a service token and a correlation id', async (t) => {
  const [assessment, catalogue] = await sync()
  t.same(assessment, { source: 'assessment-events', applied: feeds.events.length, skipped: 0, error: null })
  t.same(catalogue, { source: 'catalogue-changes', applied: 1, skipped: 0, error: null })
  t.match(feeds.seen.authorizations[0], /^Bearer ey/, 'the assessment feed is read with a bearer token')
  t.ok(feeds.seen.correlationIds.every((id) => id.startsWith('reporting-sync-')), 'every feed call carries the sync run’s correlation id')

  const model = await readModel()
  t.equal(model.procurements.length, 1)
  t.match(model.procurements[0], { id: first.procurementId, buyer_id: 'MINFIN', status: 'open', product_category: 'notebooks' })
  t.equal(new Date(model.procurements[0].published_at).toISOString(), '2025-02-01T10:00:00.000Z', 'published when it opened')
  t.match(model.awards[0], { id: award.awardId, value_amount: '50000.00', currency: 'EUR' })
  t.same(model.awards[0].units[0].warrantyYears, 3, 'warranty read from the TS3 response')
  t.equal(model.contracts.length, 1)
  t.match(model.reports[0], { period_start: '2025-03-05', period_end: '2025-12-31', met: true })
  t.match(model.reports[0].figures, { unitsReachedEndOfUse: 48, massCollectedKg: 66, massToCertifiedRecyclersKg: 16.5, recoveredMetalsG: { gold: 1.2, silver: 4, palladium: 0.4 } }, 'the optional figures are kept as reported')
  t.match(model.certificates, [
    { supplier_id: award.supplierId, bid_id: award.bidId, type: /./, issuer: 'Certifier' },
    { supplier_id: award.supplierId, bid_id: award.bidId, type: /./, issuer: 'Certifier' },
  ], 'certificates only: neither the test report nor the review that names no type')
  const certificates = Object.fromEntries(model.certificates.map((c: any) => [c.type, c]))
  t.match(certificates.type1EcolabelCertificate, { evidence_id: label, status: 'rejected', valid_until: '2027-06-30', scheme: null, coverage: null, covered_models: [] }, 'the later verdict on the same evidence replaces the earlier; a review naming no scheme keeps null')
  t.match(certificates.managementSystemCertificate, { status: 'verified', valid_until: null, scheme: 'ISO_14001', coverage: 'organisation', covered_models: [] })
  t.equal(model.suppliers.length, 1)
  t.match(model.criteria[0], { id: 'EU-GPP-2021-CMTS.TS3', version: 1, source_code: 'EU-GPP-2021-CMTS' })

  const feedsStatus = (await status()).feeds
  t.equal(feedsStatus[0].source, 'assessment-events')
  t.equal(feedsStatus[0].eventsApplied, feeds.events.length)
  t.equal(feedsStatus[0].lastError, null)
  t.type(feedsStatus[0].lastSuccessAt, 'string')
  t.equal(feedsStatus[0].lagSeconds, 0)
})

t.test('an event that comes twice is applied once', async (t) => {
  const before = await readModel()
  const again = feeds.events.find((e) => e.type.endsWith('award.made'))!
  feeds.events.push({ ...again, sequence: String(feeds.events.length + 1).padStart(19, '0'), data: { ...again.data, value: { amount: '1.00', currency: 'EUR' } } })
  const [assessment] = await sync()
  t.same(assessment, { source: 'assessment-events', applied: 0, skipped: 1, error: null })
  t.same(await readModel(), before, 'the repeated event changed nothing')
  t.same(await sync(), [
    { source: 'assessment-events', applied: 0, skipped: 0, error: null },
    { source: 'catalogue-changes', applied: 0, skipped: 0, error: null },
  ], 'a poll with nothing new applies nothing')
})

t.test('a source that is down: reporting keeps serving, says how fresh it is, and catches up', async (t) => {
  const token = `Bearer ${auditorToken.slice(7)}`
  // A closed period judges certificates on its last day, so its values do not move with the clock.
  const url = '/api/v1/kpis/values?buyer=MINFIN&from=2025-01-01&to=2026-01-01'
  const servedBefore = (await app.inject({ url, headers: { authorization: token } })).json()
  feeds.down.assessment = true
  const second = tender(feeds, { buyer: 'MINFIN', publishedAt: '2025-04-01T10:00:00.000Z' })
  const [assessment] = await sync()
  t.match(assessment, { applied: 0, error: /answered 503/ })

  const during = await status()
  t.match(during.feeds[0].lastError, /answered 503/, 'the status names the failure')
  t.type(during.feeds[0].lastSuccessAt, 'string', 'and keeps the last success')
  const served = await app.inject({ url, headers: { authorization: token } })
  t.equal(served.statusCode, 200, 'KPIs are still served')
  t.same(served.json().values, servedBefore.values, 'from the data it has')
  t.match(served.json().freshness[0], { source: 'assessment-events', lastError: /answered 503/ })

  feeds.down.assessment = false
  const [caughtUp] = await sync()
  t.same(caughtUp, { source: 'assessment-events', applied: 2, skipped: 0, error: null })
  t.equal((await status()).feeds[0].lastError, null)
  t.ok((await readModel()).procurements.some((p: any) => p.id === second.procurementId), 'the missed tender arrived')
})

t.test('a rebuild from zero gives the same read model', async (t) => {
  const before = await readModel()
  t.equal((await app.inject({ method: 'POST', url: '/api/v1/read-model/rebuild' })).statusCode, 401)
  const rebuilt = await app.inject({ method: 'POST', url: '/api/v1/read-model/rebuild', headers: { authorization: auditorToken } })
  t.equal(rebuilt.statusCode, 202)
  await sync()
  t.same(await readModel(), before)
  const feedsStatus = (await status()).feeds
  t.equal(feedsStatus[0].eventsApplied, feeds.events.length - 1, 'every event replayed once; the repeated one skipped')
  const audit = (await app.inject({ url: '/api/v1/audit-events?entityType=readModel', headers: { authorization: auditorToken } })).json()
  t.equal(audit.items.at(-1).action, 'readModel.rebuilt')
})

t.test('an event missing a field stops the sync there, visibly, and nothing of its page is applied', async (t) => {
  const applied = (await status()).feeds[0].eventsApplied
  feeds.emit('supplier.registered', { supplierId: '00000000-0000-4000-8000-000000000001', name: 'Fine' }, '2025-05-01T00:00:00.000Z')
  feeds.emit('award.made', { awardId: 'not-enough' }, '2025-05-01T00:00:00.000Z')
  const [assessment] = await sync()
  t.match(assessment!.error, /has no valid procurementId/)
  t.equal((await status()).feeds[0].eventsApplied, applied, 'the page rolled back as a whole')
  t.equal(await db.selectFrom('suppliers').select('id').where('id', '=', '00000000-0000-4000-8000-000000000001').executeTakeFirst(), undefined)
  feeds.events.pop()
  feeds.events.pop()
})
