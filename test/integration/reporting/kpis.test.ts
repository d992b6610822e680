import t from 'tap'
import { bearer } from '../../helpers/service.ts'
import { auditor, buildReportingWithFeeds, buyerOf } from './helpers.ts'
import { CIRCULAR, ENERGY, tender, UPDATES } from './history.ts'

const { app, feeds, sync } = await buildReportingWithFeeds(t)
const minfin = await buyerOf('MINFIN')
const auditorToken = await auditor()

// A year of one buyer's tenders, small enough to compute every expected figure by hand.
const t1 = tender(feeds, { buyer: 'MINFIN', publishedAt: '2025-02-01T10:00:00.000Z', criteria: [CIRCULAR, ENERGY, UPDATES], lots: ['LOT-1', 'LOT-2'] })
const lot1 = t1.award({ lotId: 'LOT-1', awardedAt: '2025-03-01T10:00:00.000Z', amount: '60000.00', warrantyYears: 3, softwareSupportYears: 6, units: [{ quantity: 100, condition: 'refurbished', lifetime: 5 }, { quantity: 100, condition: 'new', lifetime: 6, model: 'Notebook 16' }] })
const lot2 = t1.award({ lotId: 'LOT-2', awardedAt: '2025-03-02T10:00:00.000Z', amount: '40000.00', softwareSupportYears: 4, units: [{ quantity: 50, condition: 'new', lifetime: 4 }] })
const contract = lot1.sign('2025-03-05')
const figures = { unitsCollected: 40, unitsReused: 30, unitsSanitised: 40, sanitisationCertificates: 38 }
contract.report('2025-03-05', '2025-12-31', figures)
// The same figures reported under a second clause of the contract must not count twice.
contract.report('2025-03-05', '2025-12-31', figures, 'EU-GPP-2021-CMTS.CPC3')
const t2 = tender(feeds, { buyer: 'MINFIN', publishedAt: '2025-05-01T10:00:00.000Z', criteria: [ENERGY], category: 'monitors', cpv: '30231000' })
const monitors = t2.award({ awardedAt: '2025-06-01T10:00:00.000Z', amount: '100000.00', units: [{ quantity: 10, condition: 'new', lifetime: 6, deviceType: 'monitor' }] })
// Certificates as evaluators judged them. Ecolabels: LOT-1's TCO Certified covers its Notebook 14
// (not its Notebook 16) to the end of 2027, and an older one names no scheme; LOT-2's was
// rejected; the monitors' lapsed mid-year. Management systems: LOT-1's supplier's ISO 14001 holds;
// LOT-2's EMAS was verified and then rejected, its ISO 9001 holds and an older one names no
// standard; the monitor supplier's was verified only in 2026.
const products = (scheme: string, ...coveredModels: string[]) => ({ scheme, coverage: 'products' as const, coveredModels })
const organisation = (scheme: string) => ({ scheme, coverage: 'organisation' as const })
lot1.certificate({ type: 'type1EcolabelCertificate', reviewedAt: '2025-02-20T09:00:00.000Z', validUntil: '2027-12-31', ...products('TCO_CERTIFIED', 'Notebook 14') })
lot1.certificate({ type: 'type1EcolabelCertificate', reviewedAt: '2025-02-20T09:00:00.000Z', validUntil: '2027-12-31' })
lot2.certificate({ type: 'type1EcolabelCertificate', reviewedAt: '2025-02-20T09:00:00.000Z', validUntil: '2027-12-31', status: 'rejected', ...products('EU_ECOLABEL', 'Notebook 14') })
monitors.certificate({ type: 'type1EcolabelCertificate', reviewedAt: '2025-05-20T09:00:00.000Z', validUntil: '2025-06-30', ...products('EPEAT', 'Notebook 14') })
lot1.certificate({ type: 'managementSystemCertificate', reviewedAt: '2025-02-20T10:00:00.000Z', validUntil: '2026-12-31', ...organisation('ISO_14001') })
const revoked = lot2.certificate({ type: 'managementSystemCertificate', reviewedAt: '2025-02-20T10:00:00.000Z', validUntil: '2026-12-31', ...organisation('EMAS') })
lot2.certificate({ type: 'managementSystemCertificate', reviewedAt: '2025-02-21T10:00:00.000Z', validUntil: '2026-12-31', status: 'rejected', evidenceId: revoked, ...organisation('EMAS') })
lot2.certificate({ type: 'managementSystemCertificate', reviewedAt: '2025-02-21T10:00:00.000Z', validUntil: '2026-12-31', ...organisation('ISO_9001') })
lot2.certificate({ type: 'managementSystemCertificate', reviewedAt: '2025-02-21T10:00:00.000Z', validUntil: '2026-12-31' })
monitors.certificate({ type: 'managementSystemCertificate', reviewedAt: '2026-02-01T10:00:00.000Z', validUntil: null, ...organisation('ISO_14001') })
// 2026: end-of-use, mass, metals and data-centre figures, not every report giving each.
contract.report('2026-01-01', '2026-06-30', {
  unitsReachedEndOfUse: 50, unitsCollected: 45, unitsReused: 30, unitsRecycled: 15, unitsSanitised: 45, sanitisationCertificates: 45,
  massCollectedKg: 90, massToCertifiedRecyclersKg: 72, recoveredMetalsG: { gold: 1.5, silver: 5, palladium: 0.5 },
})
lot2.sign('2025-03-10').report('2026-01-01', '2026-12-31', {
  unitsReachedEndOfUse: 30, unitsCollected: 15, unitsReused: 10, unitsRecycled: 5, massCollectedKg: 30, massToCertifiedRecyclersKg: 6,
  dataCentre: { pue: 1.5, ref: 0.4, erf: null, wue: 0.6, serverUtilisation: 0.3 },
})
monitors.sign('2025-06-05').report('2026-01-01', '2026-12-31', { unitsCollected: 10, unitsReused: 10, dataCentre: { pue: 1.2, ref: null, erf: null, wue: null, serverUtilisation: null } })
tender(feeds, { buyer: 'MINFIN', publishedAt: '2025-07-01T10:00:00.000Z', cpv: '45000000' })
tender(feeds, { buyer: 'MINFIN', publishedAt: '2024-06-01T10:00:00.000Z' })
tender(feeds, { buyer: 'OPENCITY', publishedAt: '2025-03-01T10:00:00.000Z' })
await sync()

const open = await buyerOf('OPENCITY')
const settings = await app.inject({ url: '/api/v1/buyers/OPENCITY/settings', headers: { authorization: open } })
await app.inject({ method: 'PUT', url: '/api/v1/buyers/OPENCITY/settings', headers: { authorization: open, 'if-match': settings.headers.etag as string }, payload: { publicDashboard: true, displayName: 'Open City' } })

async function values(query: string, authorization: string | null = minfin) {
  const res = await app.inject({ url: `/api/v1/kpis/values?${query}`, headers: authorization ? { authorization } : {} })
  return { status: res.statusCode, body: res.json() }
}
const figure = (body: any, kpiId: string, measure?: string) => body.values.find((v: any) => v.kpiId === kpiId && (measure === undefined || v.dimension?.measure === measure))
const YEAR_2025 = 'buyer=MINFIN&from=2025-01-01&to=2026-01-01'

t.test('KPI values for a buyer and a year, against hand-computed figures', async (t) => {
  const { status, body } = await values(YEAR_2025)
  t.equal(status, 200)
  t.same(body.filter, { buyer: 'MINFIN', from: '2025-01-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z', productCategory: null, lotId: null, factorSet: { id: 'ademe-boavizta', version: '1.0.0' }, grid: 'EEE' })
  t.match(figure(body, 'K01'), { value: 50, numerator: 1, denominator: 2, recordCount: 2, unit: '%', note: /1 non-ICT procedures/ }, 'K01: T1 of the ICT tenders T1, T2 is circular; T3 is not ICT')
  t.match(figure(body, 'K02'), { value: 50, numerator: 100000, denominator: 200000, recordCount: 3, note: /amounts in EUR/ }, 'K02: T1’s two lots of 200 000')
  t.match(figure(body, 'K05'), { numerator: 100, denominator: 260, recordCount: 4 }, 'K05: 100 refurbished of 260 units')
  t.ok(Math.abs(figure(body, 'K05').value - 38.4615) < 1e-3)
  t.ok(Math.abs(figure(body, 'K06').value - 1360 / 260) < 1e-9, 'K06: (100×5 + 100×6 + 50×4 + 10×6) / 260 years')
  t.match(figure(body, 'K08', 'meanWarrantyYears'), { value: 3, recordCount: 2, note: /2 unit lines left out: the tender asked for no warranty/ })
  t.match(
    figure(body, 'K08', 'softwareSupportShare'),
    { value: 80, numerator: 200, denominator: 250, recordCount: 3, dimension: { minimumYears: '5' }, note: '1 unit line left out: the tender asked for no years of operating-system and security updates' },
    'K08: LOT-1’s 200 units have 6 years of updates, LOT-2’s 50 only 4; the monitors’ tender asked none',
  )
  t.match(figure(body, 'K09'), { value: null, recordCount: 0, note: 'no data; 1 report left out: units collected or units reaching end of use not reported' }, 'K09: the one 2025 report gives no units reaching end of use')
  t.match(figure(body, 'K10'), { value: 75, numerator: 30, denominator: 40, recordCount: 1 }, 'K10: one report per contract and period, not one per clause')
  t.match(figure(body, 'K12'), { value: 95, numerator: 38, denominator: 40, note: /storage-bearing/ })
  // 100 refurbished × (181 − 25) + 100 new × (6/4 − 1) × 181 + 50 × 0 + 10 monitors × (6/6.6 − 1) × 64.7
  const k14 = 100 * (181 - 25) + 100 * (6 / 4 - 1) * 181 + 10 * (6 / 6.6 - 1) * 64.7
  t.ok(Math.abs(figure(body, 'K14').value - k14) < 1e-6, `K14 ${figure(body, 'K14').value} ≈ ${k14}`)
  t.same(figure(body, 'K14').factorSet, { id: 'ademe-boavizta', version: '1.0.0' })
  t.match(figure(body, 'K17'), { value: 200000, unit: 'EUR', recordCount: 3 }, 'K17: the life-cycle costs of the three 2025 awards (the history costs each at its value)')
  // Judged on 2026-01-01, the period's end: only LOT-1's 100 Notebook 14 of 260 units carry a
  // Type I label still valid then; the label naming no scheme is left out.
  t.match(figure(body, 'K18'), { numerator: 100, denominator: 260, recordCount: 4, note: '1 verified ecolabel certificate left out: it names no scheme' })
  t.ok(Math.abs(figure(body, 'K18').value - (100 / 260) * 100) < 1e-9)
  t.match(figure(body, 'K19'), { numerator: 1, denominator: 3, recordCount: 3, note: 'schemes ISO_14001, EMAS valid on 2026-01-01T00:00:00.000Z; 1 verified management-system certificate left out: it names no standard' }, 'K19: only LOT-1’s supplier; LOT-2’s ISO 9001 is no environmental management system')
  t.ok(Math.abs(figure(body, 'K19').value - 100 / 3) < 1e-9)
  t.match(figure(body, 'K21'), { value: 0, numerator: 0, denominator: 2, recordCount: 2 }, 'K21: neither ICT tender asks software and e-services criteria')
  t.equal(new Set(body.values.map((v: any) => v.kpiId)).size, 21, 'every KPI of the catalogue is there')
  t.ok(body.values.every((v: any) => typeof v.formula === 'string' && typeof v.recordCount === 'number'))
  t.match(body.freshness, [{ source: 'assessment-events', lastError: null }, { source: 'catalogue-changes', lastError: null }])
})

t.test('end-of-use, mass, metals and data-centre KPIs rest on the reports that give each figure', async (t) => {
  const { body } = await values('buyer=MINFIN&from=2026-01-01&to=2027-01-01')
  t.match(figure(body, 'K09'), { value: 75, numerator: 60, denominator: 80, recordCount: 2, note: '1 report left out: units collected or units reaching end of use not reported' }, 'K09: (45 + 15) / (50 + 30)')
  t.match(figure(body, 'K12'), { value: 100, numerator: 45, denominator: 45, recordCount: 1, note: /^2 reports left out: sanitisation certificates or units collected not reported/ }, 'K12: only the first contract reports certificates')
  t.match(figure(body, 'K10'), { numerator: 50, denominator: 70, recordCount: 3 }, 'every report gives the units it reused')
  t.match(figure(body, 'K11'), { value: 65, numerator: 78, denominator: 120, recordCount: 2, note: /^1 report left out: mass collected/ }, 'K11: (72 + 6) kg / (90 + 30) kg')
  const metals = body.values.filter((v: any) => v.kpiId === 'K16')
  t.same(metals.map((v: any) => [v.dimension.metal, v.value, v.unit, v.recordCount]), [['gold', 1.5, 'g', 1], ['silver', 5, 'g', 1], ['palladium', 0.5, 'g', 1]])
  t.match(metals[0], { note: '2 reports left out: recovered metals not reported' })
  const metric = (name: string) => body.values.find((v: any) => v.kpiId === 'K20' && v.dimension.metric === name)
  t.match(metric('pue'), { numerator: 2.7, denominator: 2, recordCount: 2 }, 'K20 PUE: the mean of 1.5 and 1.2')
  t.ok(Math.abs(metric('pue').value - 1.35) < 1e-9)
  t.match(metric('ref'), { value: 0.4, recordCount: 1 })
  t.match(metric('erf'), { value: null, recordCount: 0, note: 'no data' })
  t.match(metric('wue'), { value: 0.6, unit: 'L/kWh' })
  t.match(figure(body, 'K18'), { value: null, note: /^no data/ }, 'nothing awarded in 2026')
})

t.test('another factor set changes the footprint KPIs and says so', async (t) => {
  const { body } = await values(`${YEAR_2025}&factorSet=manufacturer-pcf`)
  const k14 = 100 * (307 * 0.8 - 25) + 100 * (6 / 4 - 1) * 307 * 0.8
  t.ok(Math.abs(figure(body, 'K14').value - k14) < 1e-6)
  t.same(figure(body, 'K14').factorSet, { id: 'manufacturer-pcf', version: '1.0.0' })
})

t.test('filters: lot, product category, period', async (t) => {
  const lot = (await values(`${YEAR_2025}&lotId=LOT-2`)).body
  t.match(figure(lot, 'K02'), { value: 100, numerator: 40000, recordCount: 1 })
  t.match(figure(lot, 'K01'), { value: 100, recordCount: 1 })
  const monitors = (await values(`${YEAR_2025}&productCategory=monitors`)).body
  t.match(figure(monitors, 'K01'), { value: 0, recordCount: 1 })
  const spring = (await values('buyer=MINFIN&from=2025-04-01&to=2025-07-01T00:00:00Z')).body
  t.match(figure(spring, 'K01'), { value: 0, recordCount: 1 }, 'only T2 was published in the second quarter')
})

t.test('an empty period is not an error: every value null, "no data"', async (t) => {
  const { status, body } = await values('buyer=MINFIN&from=2030-01-01&to=2031-01-01')
  t.equal(status, 200)
  t.ok(body.values.every((v: any) => v.value === null), 'no values')
  t.ok(body.values.every((v: any) => /^(no data|not )/.test(v.note)), 'each says why')
  t.equal(figure(body, 'K01').note, 'no data')
  t.equal((await values('buyer=MINFIN&from=2025-01-01&to=2025-01-01')).status, 200, 'a zero-length period too')
})

t.test('who may read whose figures', async (t) => {
  t.match(await values('buyer=MINFIN', null), { status: 404, body: { code: 'BUYER_NOT_FOUND' } }, 'anonymous: a private buyer looks unknown')
  t.match(await values('buyer=MINFIN', open), { status: 403, body: { code: 'FORBIDDEN' } }, 'another buyer organisation is refused')
  t.match(await values('buyer=OPENCITY', null), { status: 200 }, 'a public buyer needs no login')
  t.match(await values('buyer=OPENCITY', minfin), { status: 200 })
  t.match(await values('buyer=MINFIN', auditorToken), { status: 200 })
  t.match(await values('', minfin), { status: 200, body: { filter: { buyer: 'MINFIN' } } }, 'a buyer token defaults to its own organisation')
  const all = await values('from=2025-01-01&to=2026-01-01', auditorToken)
  t.match(all, { status: 200, body: { filter: { buyer: null } } }, 'auditors read across buyers')
  t.match(figure(all.body, 'K01'), { denominator: 3 }, 'T1, T2 and OPENCITY’s tender')
  t.match(await values('', null), { status: 401, body: { code: 'UNAUTHENTICATED' } })
  t.match(await values('', await bearer(['evaluator'])), { status: 403 })
})

t.test('bad input: clear 4xx problems naming the field', async (t) => {
  t.match(await values('buyer=NOBODY', auditorToken), { status: 404, body: { code: 'BUYER_NOT_FOUND', detail: /NOBODY/ } })
  t.match(await values('buyer=MINFIN&from=yesterday'), { status: 400, body: { code: 'VALIDATION_FAILED', errors: [{ path: 'querystring/from' }] } })
  t.match(await values('buyer=MINFIN&to=2025-02-30'), { status: 400, body: { code: 'INVALID_DATE', errors: [{ path: 'querystring/to' }] } })
  t.match(await values('buyer=MINFIN&from=2025-13-01'), { status: 400, body: { code: 'INVALID_DATE', errors: [{ path: 'querystring/from' }] } })
  t.match(await values('buyer=MINFIN&from=2026-01-01&to=2025-01-01'), { status: 400, body: { code: 'INVALID_PERIOD', errors: [{ path: 'querystring/to' }] } })
  t.match(await values('buyer=MINFIN&factorSet=guesswork'), { status: 400, body: { errors: [{ path: 'querystring/factorSet' }] } })
  t.match(await values('buyer=MINFIN&colour=green'), { status: 400, body: { errors: [{ path: 'querystring/colour' }] } })
  for (const url of ['/api/v1/kpis/K99', '/api/v1/kpis/K99/series?buyer=MINFIN', '/api/v1/kpis/anything/series']) {
    const res = await app.inject({ url, headers: { authorization: minfin } })
    t.equal(res.statusCode, 404, url)
    t.equal(res.json().code, 'KPI_NOT_FOUND')
    t.match(res.headers['content-type'], /application\/problem\+json/)
  }
})

t.test('the catalogue says what each KPI is and whether it is computed here', async (t) => {
  const catalogue = (await app.inject({ url: '/api/v1/kpis' })).json()
  t.equal(catalogue.items.length, 21)
  t.match(catalogue.items.find((k: any) => k.id === 'K01'), { availability: 'computed', unit: '%', recordKind: 'procurement', reason: null })
  t.match(catalogue.items.find((k: any) => k.id === 'K08'), { availability: 'computed', reason: null })
  t.ok((await app.inject({ url: '/api/v1/kpis/K08' })).json().eventFields.includes('procurement.created: criteria[].aspects'), 'K08 names the aspect it finds support years by')
  for (const id of ['K09', 'K11', 'K16', 'K18', 'K19', 'K20']) t.match(catalogue.items.find((k: any) => k.id === id), { availability: 'computed', reason: null }, id)
  t.match(catalogue.items.find((k: any) => k.id === 'K17'), { availability: 'computed', recordKind: 'contract', reason: null })
  t.match((await app.inject({ url: '/api/v1/kpis/K05' })).json(), { id: 'K05', formula: 'refurbished units / all units delivered' })
  const k12 = (await app.inject({ url: '/api/v1/kpis/K12' })).json()
  t.ok(k12.eventFields.includes('performance.reported: figures.sanitisationCertificates') && k12.eventFields.includes('performance.reported: figures.unitsCollected'), 'K12 says it counts certificates over units collected')
  t.notOk(k12.eventFields.some((f: string) => /unitsSanitised/.test(f)), 'and not units sanitised')
  t.ok(catalogue.items.every((k: any) => k.eventFields.length > 0), 'every KPI names its event fields')
})

t.test('a KPI over time, per quarter or per year', async (t) => {
  const quarters = await app.inject({ url: `/api/v1/kpis/K01/series?${YEAR_2025}`, headers: { authorization: minfin } })
  t.equal(quarters.statusCode, 200)
  const body = quarters.json()
  t.match(body, { kpiId: 'K01', unit: '%', interval: 'quarter' })
  t.same(body.points.map((p: any) => [p.from.slice(0, 10), p.values[0].value, p.values[0].recordCount]), [
    ['2025-01-01', 100, 1],
    ['2025-04-01', 0, 1],
    ['2025-07-01', null, 0],
    ['2025-10-01', null, 0],
  ])
  const years = (await app.inject({ url: '/api/v1/kpis/K01/series?buyer=MINFIN&from=2024-01-01&to=2026-01-01&interval=year', headers: { authorization: minfin } })).json()
  t.same(years.points.map((p: any) => p.values[0].value), [100, 50])
  const byDefault = (await app.inject({ url: '/api/v1/kpis/K05/series?buyer=MINFIN', headers: { authorization: minfin } })).json()
  t.equal(byDefault.points.length, 8, 'the last eight quarters up to now')
  const tooLong = await app.inject({ url: '/api/v1/kpis/K01/series?buyer=MINFIN&from=1900-01-01&to=2026-01-01', headers: { authorization: minfin } })
  t.match(tooLong.json(), { code: 'TOO_MANY_PERIODS' })
})

t.test('KPI values as CSV (RFC 4180)', async (t) => {
  const res = await app.inject({ url: `/api/v1/kpis/values.csv?${YEAR_2025}`, headers: { authorization: minfin } })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/csv/)
  const lines = res.body.split('\r\n')
  t.equal(lines[0], 'kpiId,dimension,name,value,unit,numerator,denominator,recordCount,factorSet,formula,note')
  t.equal(lines.at(-1), '', 'every record ends with CRLF')
  t.match(lines.find((l) => l.startsWith('K01,')), /^K01,,Share of ICT procedures with circular criteria,50,%,1,2,2,,/)
  t.match(lines.find((l) => l.startsWith('K03,strategy=awardCriteria;basis=count')), /,"count\/value by `strategies` \(TS, AC, SC, CPC, euGPPCriteria…\)",/, 'a field with commas is quoted')
  t.match(lines.find((l) => l.startsWith('K14,')), /ademe-boavizta@1\.0\.0/)
  t.equal((await app.inject({ url: '/api/v1/kpis/values.csv?buyer=MINFIN' })).statusCode, 404, 'the same access rules')
})
