import t from 'tap'
import { ADEME_BOAVIZTA, GRID_EUROPE } from '../../../services/reporting/domain/factor-sets.ts'
import { calculateKpis } from '../../../services/reporting/domain/calculate-kpis.ts'
import { applyFeedCoverage, feedAvailability, NOT_IN_FEED } from '../../../services/reporting/domain/feed-coverage.ts'
import { KPI_CATALOGUE } from '../../../services/reporting/domain/kpi-catalogue.ts'
import { DEFAULT_CIRCULAR_GOALS } from '../../../services/reporting/domain/procedure-classification.ts'
import { award, procurement, report, scope, units } from './fixtures.ts'

const options = { factorSet: ADEME_BOAVIZTA, gridRegion: GRID_EUROPE, asOf: '2025-12-31T00:00:00Z', circularGoals: DEFAULT_CIRCULAR_GOALS, minimumSoftwareSupportYears: 5, emsSchemes: ['ISO 14001'] }
const declared = units({ quantity: 10, warrantyYears: 4 })
const undeclared = units({ quantity: 30, warrantyYears: 0 })
const inScope = scope({
  procurements: [procurement()],
  awards: [award({ units: [declared, undeclared] })],
  performanceReports: [report({ unitsCollected: 10, unitsPreparedForReuse: 5, storageUnitsCollected: 10, unitsWithErasureCertificate: 9 })],
})
const results = applyFeedCoverage(calculateKpis(inScope, options), inScope, new Set([undeclared]))
const find = (kpiId: string, measure?: string) => results.filter((r) => r.kpiId === kpiId && (measure === undefined || r.dimension?.measure === measure))

t.test('figures the feed never carries lose their value and say why', async (t) => {
  for (const kpiId of ['K09', 'K11', 'K16', 'K18', 'K19', 'K20']) {
    for (const result of find(kpiId)) {
      t.match(result, { value: null, numerator: null, denominator: null, recordCount: 0, note: new RegExp(`^${NOT_IN_FEED}: `) }, kpiId)
    }
  }
  t.match(find('K08', 'softwareSupportShare')[0], { value: null, note: /software-support/ })
})

t.test('the mean warranty rests only on unit lines whose bid declared one', async (t) => {
  t.match(find('K08', 'meanWarrantyYears')[0], { value: 4, denominator: 10, recordCount: 1, note: '1 unit line left out: the tender asked for no warranty' })
})

t.test('readings of the feed are noted beside the value they shape', async (t) => {
  t.match(find('K12')[0], { value: 90, note: /storage-bearing/ })
  t.match(find('K10')[0], { value: 50, note: /reported as reused/ })
  t.match(find('K05')[0], { note: null }, 'untouched KPIs stay as the domain made them')
})

t.test('availability per catalogue KPI', async (t) => {
  const availability = Object.fromEntries(KPI_CATALOGUE.map((kpi) => [kpi.id, feedAvailability(kpi)]))
  t.match(availability, { K01: 'computed', K08: 'partial', K09: 'notAvailable', K17: 'notAvailable', K20: 'notAvailable' })
})
