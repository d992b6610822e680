import { randomUUID } from 'node:crypto'
import t from 'tap'
import { checkReleasePackage } from '../../../services/reporting/domain/ocds/reference-check.ts'
import { buildReportingApp } from '../../../services/reporting/app.ts'
import { validateReleasePackage } from '../../helpers/ocds-validation.ts'
import { buildTestService } from '../../helpers/service.ts'
import { auditor, buildReportingWithFeeds, buyerOf } from './helpers.ts'
import { tender } from './history.ts'

const { app, feeds, sync } = await buildReportingWithFeeds(t)
const minfin = await buyerOf('MINFIN')
const auditorToken = await auditor()

const awarded = tender(feeds, { buyer: 'MINFIN', publishedAt: '2025-02-01T10:00:00.000Z' })
awarded
  .award({ awardedAt: '2025-03-01T10:00:00.000Z', amount: '50000.00', warrantyYears: 3, units: [{ quantity: 100, condition: 'refurbished' }] })
  .sign('2025-03-05')
  .report('2025-03-05', '2025-12-31', { unitsCollected: 40, unitsReused: 30 })
const open = tender(feeds, { buyer: 'MINFIN', publishedAt: '2025-06-01T10:00:00.000Z' })
tender(feeds, { buyer: 'OTHER', publishedAt: '2025-06-01T10:00:00.000Z' })
const draft = tender(feeds, { buyer: 'MINFIN', publishedAt: '2025-07-01T10:00:00.000Z', draft: true })
// Three bids on one lot: the winner, one ranked second, one excluded; evaluated twice, the latest counting.
const contested = tender(feeds, { buyer: 'MINFIN', publishedAt: '2025-08-01T10:00:00.000Z' })
const contestedAward = contested.award({ awardedAt: '2025-09-01T10:00:00.000Z', amount: '30000.00', warrantyYears: 3, units: [{ quantity: 60, condition: 'new' }] })
const [second, excluded] = [randomUUID(), randomUUID()]
const bidders = [[contestedAward.bidId, contestedAward.supplierId], [second, randomUUID()], [excluded, randomUUID()]] as const
for (const [bidId, supplierId] of bidders) {
  feeds.emit('bid.submitted', { bidId, procurementId: contested.procurementId, lotId: 'LOT-1', supplierId, offeredProducts: [], responseCount: 1 }, '2025-08-10T10:00:00.000Z')
}
feeds.emit('supplier.registered', { supplierId: bidders[1][1], name: 'Second Co', country: 'EE', identifiers: [] }, '2025-08-10T10:00:00.000Z')
const evaluated = (time: string, excludedStatus: string) =>
  feeds.emit('evaluation.completed', {
    evaluationId: randomUUID(), procurementId: contested.procurementId, lotId: 'LOT-1', provisional: false, ranking: [contestedAward.bidId, second],
    bids: [
      { bidId: contestedAward.bidId, supplierId: bidders[0][1], status: 'ranked', reasons: [], totalPoints: 90, lifeCycleCost: '31000.00', co2eKg: 1 },
      { bidId: second, supplierId: bidders[1][1], status: 'ranked', reasons: [], totalPoints: 70, lifeCycleCost: '35000.00', co2eKg: 1 },
      { bidId: excluded, supplierId: bidders[2][1], status: excludedStatus, reasons: ['supplier excluded: tax debts (no end date)'], totalPoints: 0, lifeCycleCost: '20000.00', co2eKg: 1 },
    ],
  }, time)
// The winner's TCO Certified label, verified; a rejected management-system certificate is not published.
const label = contestedAward.certificate({ type: 'type1EcolabelCertificate', reviewedAt: '2025-08-15T10:00:00.000Z', validUntil: '2027-12-31', scheme: 'TCO_CERTIFIED', coverage: 'products', coveredModels: ['Notebook 14'] })
contestedAward.certificate({ type: 'managementSystemCertificate', reviewedAt: '2025-08-15T11:00:00.000Z', status: 'rejected', scheme: 'ISO_14001', coverage: 'organisation' })
evaluated('2025-08-20T10:00:00.000Z', 'pending_verification')
evaluated('2025-08-21T10:00:00.000Z', 'excluded')
await sync()

const exportOf = async (query: string, authorization: string | null = minfin) => {
  const res = await app.inject({ url: `/api/v1/ocds/release-packages?${query}`, headers: authorization ? { authorization } : {} })
  return { status: res.statusCode, body: res.json() }
}

t.test('the release package of one procurement, from award to contract reports, validates', async (t) => {
  const { status, body } = await exportOf(`procurementId=${awarded.procurementId}`)
  t.equal(status, 200)
  t.equal(body.version, '1.1')
  t.equal(body.releases.length, 1)
  t.match(body.releases[0].ocid, new RegExp(`${awarded.procurementId}$`))
  t.equal(body.releases[0].awards.length, 1)
  t.equal(body.releases[0].contracts.length, 1)
  const validation = validateReleasePackage(body)
  t.same(validation.errors, [], 'valid against the OCDS 1.1.5 package and patched release schemas')
})

t.test('every submitted bid with the status of the latest evaluation, and every tenderer', async (t) => {
  const { status, body } = await exportOf(`procurementId=${contested.procurementId}`)
  t.equal(status, 200)
  const [release] = body.releases
  t.same(release.bids.details.map((b: any) => [b.id, b.status, b.rank ?? null, b.description ?? null, b.tenderers[0].id]), [
    [contestedAward.bidId, 'valid', 1, null, bidders[0][1]],
    [second, 'valid', 2, null, bidders[1][1]],
    [excluded, 'disqualified', null, 'excluded: supplier excluded: tax debts (no end date)', bidders[2][1]],
  ])
  t.same(release.bids.details[0].documents, [
    { id: label, title: 'Type I ecolabel certificate: TCO_CERTIFIED', description: 'Issued by Certifier; covers the offered models Notebook 14; valid until 2027-12-31; verified by an evaluator.', dateModified: '2025-08-15T10:00:00.000Z' },
  ], 'the winner’s verified evidence as its documents, the rejected certificate left out')
  t.notOk('documents' in release.bids.details[1], 'a bid without verified evidence has no documents')
  t.match(release.parties.find((p: any) => p.id === bidders[1][1]), { name: 'Second Co', roles: ['tenderer'] })
  t.same(release.parties.map((p: any) => p.id).sort(), ['MINFIN', ...bidders.map(([, s]) => s)].sort())
  t.same(validateReleasePackage(body).errors, [])
  t.same(checkReleasePackage(body), [], 'every reference resolves')
})

t.test('the release package of a period: the buyer’s procurements published in it', async (t) => {
  const { status, body } = await exportOf('from=2025-01-01&to=2026-01-01')
  t.equal(status, 200)
  t.same(body.releases.map((r: any) => r.ocid.slice(-36)).sort(), [awarded.procurementId, open.procurementId, contested.procurementId].sort(), 'a buyer token exports its own organisation')
  t.same(validateReleasePackage(body).errors, [])
  const all = await exportOf('from=2025-01-01&to=2026-01-01', auditorToken)
  t.equal(all.body.releases.length, 4, 'an auditor exports every buyer')
})

t.test('bad input and access', async (t) => {
  t.match(await exportOf('from=2030-01-01&to=2031-01-01'), { status: 404, body: { code: 'NO_PROCUREMENTS_IN_PERIOD' } })
  t.match(await exportOf('procurementId=00000000-0000-4000-8000-000000000000'), { status: 404, body: { code: 'PROCUREMENT_NOT_FOUND' } })
  t.match(await exportOf(`procurementId=${awarded.procurementId}`, null), { status: 404, body: { code: 'PROCUREMENT_NOT_FOUND' } }, 'a private buyer’s procurement does not exist for the anonymous')
  t.match(await exportOf(`procurementId=${awarded.procurementId}`, await buyerOf('OTHER')), { status: 403 })
  t.match(await exportOf(`procurementId=${awarded.procurementId}&from=2025-01-01`), { status: 400, body: { code: 'CONFLICTING_SELECTION' } })
  t.match(await exportOf('procurementId=42'), { status: 400, body: { errors: [{ path: 'querystring/procurementId' }] } })
  t.match(await exportOf('from=2025-01-01&to=2024-01-01'), { status: 400, body: { code: 'INVALID_PERIOD' } })
  t.match(await exportOf(`procurementId=${draft.procurementId}`, auditorToken), { status: 404, body: { code: 'PROCUREMENT_NOT_FOUND' } }, 'a draft is never published as OCDS')
})

t.test('absolute URLs come from configuration, never from the Host header', async (t) => {
  const hostile = { authorization: minfin, host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }
  const placeholder = (await app.inject({ url: `/api/v1/ocds/release-packages?procurementId=${awarded.procurementId}`, headers: hostile })).json()
  t.notMatch(JSON.stringify(placeholder), /evil\.example/)
  t.match(placeholder.uri, /^http:\/\/localhost:3003\/api\/v1\/ocds\/release-packages\//, 'without PUBLIC_BASE_URL: the service’s own port on localhost')

  const { app: published } = await buildTestService(t, 'reporting', (context) => buildReportingApp(context), { ASSESSMENT_URL: feeds.url, CATALOGUE_URL: feeds.url, PUBLIC_BASE_URL: 'https://reporting.example.gov/' })
  await published.feedSync.runOnce()
  const body = (await published.inject({ url: `/api/v1/ocds/release-packages?procurementId=${awarded.procurementId}`, headers: hostile })).json()
  t.match(body.uri, /^https:\/\/reporting\.example\.gov\/api\/v1\/ocds\/release-packages\//)
  t.equal(body.publisher.uri, 'https://reporting.example.gov/api/v1')
  t.notMatch(JSON.stringify(body), /evil\.example/)
})
