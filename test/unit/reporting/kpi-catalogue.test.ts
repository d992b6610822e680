import t from 'tap'
import { KPI_EVENT_FIELDS } from '../../../services/reporting/domain/kpi-event-fields.ts'
import { calculateKpis } from '../../../services/reporting/domain/calculate-kpis.ts'
import { ADEME_BOAVIZTA, GRID_EUROPE } from '../../../services/kernel/factor-library.ts'
import { KPI_CATALOGUE } from '../../../services/reporting/domain/kpi-catalogue.ts'
import { DEFAULT_EMS_SCHEMES } from '../../../services/reporting/domain/kpis/supplier-kpis.ts'
import { DEFAULT_SOFTWARE_SUPPORT_YEARS } from '../../../services/reporting/domain/kpis/unit-kpis.ts'
import { DEFAULT_CIRCULAR_GOALS } from '../../../services/reporting/domain/procedure-classification.ts'
import { EMPTY_SCOPE, award, procurement, report, scope, units } from './fixtures.ts'

const options = {
  factorSet: ADEME_BOAVIZTA,
  gridRegion: GRID_EUROPE,
  asOf: '2025-12-31T00:00:00Z',
  circularGoals: DEFAULT_CIRCULAR_GOALS,
  minimumSoftwareSupportYears: DEFAULT_SOFTWARE_SUPPORT_YEARS,
  emsSchemes: DEFAULT_EMS_SCHEMES,
}

t.test('the catalogue holds K01–K21 in order, as docs/sources.md#kpi-formulas lists them', async (t) => {
  t.same(
    KPI_CATALOGUE.map((k) => k.id),
    Array.from({ length: 21 }, (_, i) => `K${String(i + 1).padStart(2, '0')}`),
  )
  const k09 = KPI_CATALOGUE.find((k) => k.id === 'K09')
  t.equal(k09?.formula, 'units collected / units reaching end of use')
  t.equal(k09?.basis, 'EU GPP criteria for computers (2021), TS23 and CPC2')
  t.same(KPI_CATALOGUE.find((k) => k.id === 'K20')?.flags, ['S', 'V'])
})

t.test('the basis names public sources; how sure it is stays in flags, out of the text', async (t) => {
  for (const kpi of KPI_CATALOGUE) {
    t.notMatch(kpi.basis, /\((V|S|R)\b|\bV idea\b|^R\b|formula \d/, `${kpi.id}: no research note in the basis`)
    t.ok(kpi.flags.length > 0, `${kpi.id} keeps its flags`)
  }
})

t.test('every KPI of the catalogue is computed, K17 from the life-cycle costs on the awards', async (t) => {
  t.same(KPI_CATALOGUE.filter((k) => !k.computable).map((k) => k.id), [])
})

t.test('calculateKpis yields every computable KPI and nothing else', async (t) => {
  const results = calculateKpis(EMPTY_SCOPE, options)
  const computable = KPI_CATALOGUE.filter((k) => k.computable).map((k) => k.id)
  t.same([...new Set(results.map((r) => r.kpiId))], computable)
})

t.test('on an empty scope no KPI reports 0 or NaN', async (t) => {
  for (const result of calculateKpis(EMPTY_SCOPE, options)) {
    t.equal(result.value, null, `${result.kpiId} ${JSON.stringify(result.dimension)}`)
    t.match(result.note, /no data/)
  }
})

t.test('on real records every value is a finite number or null', async (t) => {
  const results = calculateKpis(
    scope({
      procurements: [procurement({ hasCircularCriteria: true, goals: ['environmental.circularEconomy'], strategies: ['technicalSpecifications'] })],
      awards: [award({ units: [units({ quantity: 100, plannedLifetimeYears: 6 })] })],
      performanceReports: [report({ unitsReachedEndOfUse: 10, unitsCollected: 9 })],
    }),
    options,
  )
  for (const result of results) {
    t.ok(result.value === null || Number.isFinite(result.value), `${result.kpiId} ${JSON.stringify(result.dimension)}`)
  }
  t.equal(results.find((r) => r.kpiId === 'K01')?.value, 100)
  t.equal(results.find((r) => r.kpiId === 'K09')?.value, 90)
})

t.test('each KPI names the event fields it uses, each of an event type the feed carries', async (t) => {
  const types = new Set(['procurement.created', 'procurement.statusChanged', 'award.made', 'contract.signed', 'performance.reported', 'evidence.reviewed'])
  for (const kpi of KPI_CATALOGUE) {
    const fields = KPI_EVENT_FIELDS[kpi.id]
    t.ok(fields.length > 0 && fields.every((f) => types.has(f.split(':')[0]!)), kpi.id)
  }
  t.ok(KPI_EVENT_FIELDS.K17.includes('award.made: lifeCycleCost.amount'))
})
