import t from 'tap'
import { buildReportingWithFeeds, buyerOf } from './helpers.ts'
import { tender } from './history.ts'

const { app, feeds, sync } = await buildReportingWithFeeds(t)

// Issue 11's supplier: the end-of-life clause and the service clause of one contract, one period.
const endOfLife = {
  unitsReachedEndOfUse: 80, unitsCollected: 76, unitsReused: 30, unitsRecycled: 40, unitsSanitised: 76, sanitisationCertificates: 72,
  massCollectedKg: 152, massToCertifiedRecyclersKg: 114, recoveredMetalsG: { gold: 3.2, silver: 10, palladium: 1.1 },
}
const service = { repairs: 12, sparePartsDelivered: 20 }
const END_OF_LIFE = 'EU-GPP-2021-CMTS.CPC2'
const SERVICE = 'EU-GPP-2021-CMTS.CPC1'

// The same contract twice, for two buyers: one reports end of life first, the other service first.
function contractOf(buyer: string) {
  return tender(feeds, { buyer, publishedAt: '2025-02-01T10:00:00.000Z' })
    .award({ awardedAt: '2025-03-01T10:00:00.000Z', amount: '50000.00', units: [{ quantity: 100, condition: 'new' }] })
    .sign('2025-03-05')
}
const endOfLifeFirst = contractOf('MINEDU')
endOfLifeFirst.report('2025-03-05', '2025-12-31', endOfLife, END_OF_LIFE)
endOfLifeFirst.report('2025-03-05', '2025-12-31', service, SERVICE)
const serviceFirst = contractOf('MINHEALTH')
serviceFirst.report('2025-03-05', '2025-12-31', service, SERVICE)
// A first report with a slip, corrected for the same clause and period.
serviceFirst.report('2025-03-05', '2025-12-31', { ...endOfLife, unitsCollected: 7, unitsReused: 3, unitsSanitised: 7, sanitisationCertificates: 7 }, END_OF_LIFE)
serviceFirst.report('2025-03-05', '2025-12-31', endOfLife, END_OF_LIFE)
await sync()

const END_OF_USE = ['K09', 'K10', 'K11', 'K12', 'K16']
async function endOfUseKpis(buyer: string) {
  const res = await app.inject({ url: `/api/v1/kpis/values?buyer=${buyer}`, headers: { authorization: await buyerOf(buyer) } })
  t.equal(res.statusCode, 200)
  return res.json().values.filter((v: any) => END_OF_USE.includes(v.kpiId)).map(({ kpiId, dimension, value, numerator, denominator, recordCount, note }: any) => ({ kpiId, dimension, value, numerator, denominator, recordCount, note }))
}

t.test('clause reports in either order give the same KPIs, each figure from the clause measuring it', async (t) => {
  const first = await endOfUseKpis('MINEDU')
  t.same(await endOfUseKpis('MINHEALTH'), first, 'service first, end of life corrected: the same figures')
  const byId = (id: string) => first.find((v: any) => v.kpiId === id)
  t.match(byId('K09'), { value: 95, numerator: 76, denominator: 80, recordCount: 1 }, '76 collected of 80 reaching end of use')
  t.match(byId('K10'), { numerator: 30, denominator: 76, recordCount: 1 })
  t.ok(Math.abs(byId('K10').value - (30 / 76) * 100) < 1e-9)
  t.match(byId('K11'), { value: 75, numerator: 114, denominator: 152 }, '114 kg of 152 kg to certified recyclers')
  t.match(byId('K12'), { numerator: 72, denominator: 76 })
  t.same(first.filter((v: any) => v.kpiId === 'K16').map((v: any) => [v.dimension.metal, v.value]), [['gold', 3.2], ['silver', 10], ['palladium', 1.1]])
  t.ok(first.every((v: any) => !/left out/.test(v.note ?? '')), 'the service clause is not counted as a report missing end-of-use figures')
})

t.test('the read model keeps one report per contract, clause and period', async (t) => {
  const status = (await app.inject({ url: '/api/v1/read-model/status' })).json()
  t.equal(status.counts.performanceReports, 4, 'two clauses for each of the two contracts; the correction replaced its clause’s first report')
})
