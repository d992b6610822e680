import t from 'tap'
import { combineClauseReports, type ClauseReport } from '../../../services/reporting/domain/clause-reports.ts'
import { calculateKpis } from '../../../services/reporting/domain/calculate-kpis.ts'
import { ADEME_BOAVIZTA, GRID_EUROPE } from '../../../services/kernel/factor-library.ts'
import { DEFAULT_CIRCULAR_GOALS } from '../../../services/reporting/domain/procedure-classification.ts'
import { award, procurement, scope } from './fixtures.ts'

const period = { start: '2025-01-01', end: '2025-12-31' }
// The end-of-life clause of issue 11's supplier, and its service clause, for the same contract and period.
const endOfLife: ClauseReport = {
  contractId: 'contract-1',
  criterionId: 'CPC2',
  period,
  figures: {
    unitsReachedEndOfUse: 80, unitsCollected: 76, unitsReused: 30, unitsRecycled: 40, unitsSanitised: 76, sanitisationCertificates: 72,
    massCollectedKg: 152, massToCertifiedRecyclersKg: 114, recoveredMetalsG: { gold: 3.2, silver: 10, palladium: 1.1 },
  },
}
const service: ClauseReport = { contractId: 'contract-1', criterionId: 'CPC1', period, figures: { repairs: 12, sparePartsDelivered: 20 } }

t.test('the clauses of one contract and period combine into one record, unreported figures null', async (t) => {
  const [combined, ...rest] = combineClauseReports([endOfLife, service])
  t.same(rest, [])
  t.same(combined, {
    id: 'contract-1/2025-01-01/2025-12-31',
    contractId: 'contract-1',
    period,
    criterionIds: ['CPC1', 'CPC2'],
    unitsReachedEndOfUse: 80,
    unitsCollected: 76,
    unitsPreparedForReuse: 30,
    massCollectedKg: 152,
    massToCertifiedRecyclersKg: 114,
    storageUnitsCollected: 76,
    unitsWithErasureCertificate: 72,
    recoveredMetalsG: { gold: 3.2, silver: 10, palladium: 1.1 },
  })
  t.same(combineClauseReports([service])[0], {
    id: 'contract-1/2025-01-01/2025-12-31', contractId: 'contract-1', period, criterionIds: ['CPC1'],
    unitsReachedEndOfUse: null, unitsCollected: null, unitsPreparedForReuse: null, massCollectedKg: null, massToCertifiedRecyclersKg: null,
    storageUnitsCollected: null, unitsWithErasureCertificate: null, recoveredMetalsG: null,
  }, 'a service clause alone gives no end-of-use figure, not zeros')
})

const options = { factorSet: ADEME_BOAVIZTA, gridRegion: GRID_EUROPE, asOf: '2025-12-31T00:00:00Z', circularGoals: DEFAULT_CIRCULAR_GOALS, minimumSoftwareSupportYears: 5, emsSchemes: ['ISO 14001'] }
const endOfUseKpis = (reports: ClauseReport[]) =>
  calculateKpis(scope({ procurements: [procurement()], awards: [award({ id: 'contract-1' })], performanceReports: combineClauseReports(reports) }), options)
    .filter((r) => ['K09', 'K10', 'K11', 'K12', 'K16'].includes(r.kpiId))

t.test('clause reports in either order give the same KPIs', async (t) => {
  const oneOrder = endOfUseKpis([endOfLife, service])
  t.same(endOfUseKpis([service, endOfLife]), oneOrder)
  const byId = (id: string) => oneOrder.find((r) => r.kpiId === id)!
  t.match(byId('K09'), { value: 95, numerator: 76, denominator: 80, recordCount: 1, note: null }, '76 collected of 80')
  t.match(byId('K10'), { numerator: 30, denominator: 76 })
  t.match(byId('K11'), { value: 75, numerator: 114, denominator: 152 })
  t.match(byId('K12'), { numerator: 72, denominator: 76 })
  t.same(oneOrder.filter((r) => r.kpiId === 'K16').map((r) => r.value), [3.2, 10, 1.1])
})

t.test('a figure two clauses both give counts once, the larger whatever the order', async (t) => {
  const alsoCollected: ClauseReport = { ...service, figures: { ...service.figures, unitsCollected: 70 } }
  t.equal(combineClauseReports([endOfLife, alsoCollected])[0]!.unitsCollected, 76)
  t.equal(combineClauseReports([alsoCollected, endOfLife])[0]!.unitsCollected, 76)
})

t.test('different periods or contracts stay apart', async (t) => {
  const nextYear = { ...endOfLife, period: { start: '2026-01-01', end: '2026-12-31' } }
  const other = { ...endOfLife, contractId: 'contract-2' }
  t.same(combineClauseReports([endOfLife, nextYear, other]).map((r) => r.id), ['contract-1/2025-01-01/2025-12-31', 'contract-1/2026-01-01/2026-12-31', 'contract-2/2025-01-01/2025-12-31'])
})

t.test('data-centre metrics combine per metric', async (t) => {
  const pue: ClauseReport = { contractId: 'dc', criterionId: 'CPC5', period, figures: { dataCentre: { pue: 1.3, ref: null, erf: null, wue: null, serverUtilisation: null } } }
  const ref: ClauseReport = { contractId: 'dc', criterionId: 'CPC9', period, figures: { dataCentre: { pue: null, ref: 0.8, erf: null, wue: null, serverUtilisation: null } } }
  t.same(combineClauseReports([pue, ref])[0]!.dataCentre, { pue: 1.3, ref: 0.8, erf: null, wue: null, serverUtilisation: null })
})
