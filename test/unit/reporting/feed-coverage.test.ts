import t from 'tap'
import { ADEME_BOAVIZTA, GRID_EUROPE } from '../../../services/kernel/factor-library.ts'
import { calculateKpis } from '../../../services/reporting/domain/calculate-kpis.ts'
import { applyFeedCoverage, feedAvailability, nothingUndeclared } from '../../../services/reporting/domain/feed-coverage.ts'
import { KPI_CATALOGUE } from '../../../services/reporting/domain/kpi-catalogue.ts'
import { DEFAULT_CIRCULAR_GOALS } from '../../../services/reporting/domain/procedure-classification.ts'
import { award, certification, procurement, report, scope, units } from './fixtures.ts'

const options = { factorSet: ADEME_BOAVIZTA, gridRegion: GRID_EUROPE, asOf: '2025-12-31T00:00:00Z', circularGoals: DEFAULT_CIRCULAR_GOALS, minimumSoftwareSupportYears: 5, emsSchemes: ['ISO_14001'] }
const declared = units({ quantity: 10, warrantyYears: 4, hasType1Ecolabel: true })
const undeclaredUnits = units({ quantity: 30, warrantyYears: 0 })
// One report gives every figure, the other only unit counts.
const full = report({
  id: 'full',
  unitsReachedEndOfUse: 20,
  unitsCollected: 10,
  unitsPreparedForReuse: 5,
  storageUnitsCollected: 10,
  unitsWithErasureCertificate: 9,
  massCollectedKg: 400,
  massToCertifiedRecyclersKg: 100,
  recoveredMetalsG: { gold: 2.5, silver: 8, palladium: 1 },
  dataCentre: { pue: 1.4, ref: 0.6, erf: null, wue: 0.3, serverUtilisation: null },
})
const bare = report({ id: 'bare', unitsCollected: 30, unitsPreparedForReuse: 15, storageUnitsCollected: 30, unitsWithErasureCertificate: 30 })
const inScope = scope({
  procurements: [procurement()],
  awards: [award({ units: [declared, undeclaredUnits] })],
  performanceReports: [full, bare],
  certifications: [certification({ scheme: 'ISO_14001' }), certification({ certificateId: 'older', scheme: null })],
})
// The undeclared lines' tender asked neither warranty nor support years; the declared line's bid answered 5 years of updates.
const undeclared = { ...nothingUndeclared(), warranty: new Set([undeclaredUnits]), softwareSupport: new Set([undeclaredUnits]) }
const results = applyFeedCoverage(calculateKpis(inScope, options), inScope, undeclared)
const find = (kpiId: string, dimension?: Record<string, string>) =>
  results.filter((r) => r.kpiId === kpiId && Object.entries(dimension ?? {}).every(([key, value]) => r.dimension?.[key] === value))

t.test('the software-support share rests only on unit lines whose tender asked for support years', async (t) => {
  // 10 units with 5 years ≥ 5; the 30 units whose tender asked none are left out, not counted as 0 years.
  t.match(find('K08', { measure: 'softwareSupportShare' })[0], {
    value: 100, numerator: 10, denominator: 10, recordCount: 1, dimension: { minimumYears: '5' },
    note: '1 unit line left out: the tender asked for no years of operating-system and security updates',
  })
  const stricter = applyFeedCoverage(calculateKpis(inScope, { ...options, minimumSoftwareSupportYears: 6 }), inScope, undeclared)
  t.match(stricter.find((r) => r.kpiId === 'K08' && r.dimension?.measure === 'softwareSupportShare'), {
    value: 0, numerator: 0, denominator: 10, dimension: { minimumYears: '6' },
  }, 'recomputed with the threshold the request asked for: 5 years fall short of 6')
})

t.test('the mean warranty rests only on unit lines whose bid declared one', async (t) => {
  t.match(find('K08', { measure: 'meanWarrantyYears' })[0], { value: 4, denominator: 10, recordCount: 1, note: '1 unit line left out: the tender asked for no warranty' })
})

t.test('end-of-use figures rest only on the reports that give them', async (t) => {
  // K09: 10 collected of 20 reaching end of use, the bare report's 30 collected left out.
  t.match(find('K09')[0], { value: 50, numerator: 10, denominator: 20, recordCount: 1, note: '1 report left out: units collected or units reaching end of use not reported' })
  // K11: 100 kg of 400 kg collected went to certified recyclers.
  t.match(find('K11')[0], { value: 25, numerator: 100, denominator: 400, recordCount: 1, note: /^1 report left out: mass collected or mass sent/ })
  t.same(
    find('K16').map((r) => [r.dimension?.metal, r.value, r.recordCount]),
    [['gold', 2.5, 1], ['silver', 8, 1], ['palladium', 1, 1]],
  )
  t.match(find('K16')[0], { note: '1 report left out: recovered metals not reported' })
  t.match(find('K10')[0], { value: 50, numerator: 20, denominator: 40, recordCount: 2 }, 'figures every report gives keep every report')
})

t.test('with no report giving the figure, the KPI says no data and how many reports it left out', async (t) => {
  const bareOnly = scope({ procurements: [procurement()], awards: [award()], performanceReports: [bare] })
  const onlyBare = applyFeedCoverage(calculateKpis(bareOnly, options), bareOnly, undeclared)
  for (const kpiId of ['K09', 'K11', 'K16']) {
    for (const result of onlyBare.filter((r) => r.kpiId === kpiId)) {
      t.match(result, { value: null, recordCount: 0, note: /^no data; 1 report left out: / }, kpiId)
    }
  }
  for (const result of onlyBare.filter((r) => r.kpiId === 'K20')) t.match(result, { value: null, note: 'no data' }, 'K20 without data-centre metrics')
})

t.test('data-centre metrics, ecolabels and management systems are computed from the feed', async (t) => {
  t.match(find('K20', { metric: 'pue' })[0], { value: 1.4, recordCount: 1 })
  t.match(find('K20', { metric: 'erf' })[0], { value: null, note: 'no data' })
  t.match(find('K18')[0], { value: 25, numerator: 10, denominator: 40, note: null }, 'K18: 10 labelled units of 40')
  t.match(find('K19')[0], { value: 100, numerator: 1, denominator: 1, note: /1 verified management-system certificate left out: it names no standard$/ })
})

t.test('readings of the feed are noted beside the value they shape', async (t) => {
  t.match(find('K12')[0], { value: 97.5, note: /storage-bearing/ })
  t.match(find('K10')[0], { note: /reported as reused/ })
  t.match(find('K05')[0], { note: null }, 'untouched KPIs stay as the domain made them')
})

t.test('availability per catalogue KPI', async (t) => {
  const availability = Object.fromEntries(KPI_CATALOGUE.map((kpi) => [kpi.id, feedAvailability(kpi)]))
  t.match(availability, { K01: 'computed', K08: 'computed', K09: 'computed', K11: 'computed', K16: 'computed', K17: 'computed', K18: 'computed', K19: 'computed', K20: 'computed' })
})
