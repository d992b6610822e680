import t from 'tap'
import { ADEME_BOAVIZTA, GRID_EUROPE, MANUFACTURER_PCF } from '../../../services/kernel/factor-library.ts'
import {
  embodiedEmissionsAvoidedKpi,
  eWasteAvoidedKpi,
  usePhaseEmissionsKpi,
} from '../../../services/reporting/domain/kpis/impact-kpis.ts'
import { EMPTY_SCOPE, award, procurement, scope, units } from './fixtures.ts'

const withUnits = (...lines: ReturnType<typeof units>[]) =>
  scope({ procurements: [procurement()], awards: [award({ units: lines })] })

// docs/sources.md#footprint-formulas: 1 000 laptops kept 6 years instead of 4 avoid 83.3 purchases a year; over the
// 6-year contracted life that is 500 laptops not bought.
const workedExample = withUnits(units({ quantity: 1000, plannedLifetimeYears: 6, massKg: null }))

t.test('K13 over the contracted life: 6 × ≈138 kg/yr of the worked example', async (t) => {
  const result = eWasteAvoidedKpi(workedExample, ADEME_BOAVIZTA)
  t.equal(Number(result.value?.toFixed(6)), 825, '500 laptops × 1.65 kg (factor-set mass when the bid gives none)')
  t.equal(result.unit, 'kg')
  t.same(result.factorSet, { id: 'ademe-boavizta', version: '1.0.0' })
})

t.test('K14 over the contracted life: 6 × 15–20 t/yr of the worked example', async (t) => {
  const ademe = embodiedEmissionsAvoidedKpi(workedExample, ADEME_BOAVIZTA)
  const pcf = embodiedEmissionsAvoidedKpi(workedExample, MANUFACTURER_PCF)
  t.equal(Number(ademe.value?.toFixed(6)), 90500, '500 × 181 kg')
  t.equal(Math.round((ademe.value ?? 0) / 6 / 1000), 15)
  t.equal(Math.round((pcf.value ?? 0) / 6 / 1000), 20)
  t.same(pcf.factorSet, { id: 'manufacturer-pcf', version: '1.0.0' })
})

t.test('refurbished units each replace one new device, less the refurbishment burden', async (t) => {
  const lines = withUnits(
    units({ quantity: 100, condition: 'refurbished', massKg: 1.5 }),
    units({ quantity: 20, condition: 'refurbished', deviceType: 'smartphone', massKg: 0.2 }),
  )
  const ghg = embodiedEmissionsAvoidedKpi(lines, ADEME_BOAVIZTA)
  t.equal(ghg.value, 100 * (181 - 25), 'E_new − E_refurb with the EY/3stepIT-derived 25 kg')
  t.equal(ghg.recordCount, 1)
  t.match(ghg.note, /1 unit line left out: no refurbishment burden for smartphone/)
  t.equal(eWasteAvoidedKpi(lines, ADEME_BOAVIZTA).value, 100 * 1.5 + 20 * 0.2)
})

t.test('a planned life shorter than the default shows as negative avoidance', async (t) => {
  const result = eWasteAvoidedKpi(withUnits(units({ quantity: 100, plannedLifetimeYears: 2, massKg: 2 })), ADEME_BOAVIZTA)
  t.equal(result.value, -100, '100 × (2/4 − 1) devices × 2 kg')
})

t.test('a zero planned life is left out rather than divided by', async (t) => {
  const result = embodiedEmissionsAvoidedKpi(withUnits(units({ plannedLifetimeYears: 0 })), ADEME_BOAVIZTA)
  t.equal(result.value, null)
  t.match(result.note, /planned lifetime not above zero/)
})

t.test('K15 multiplies units, yearly energy, grid factor and planned years', async (t) => {
  const result = usePhaseEmissionsKpi(
    withUnits(units({ quantity: 1000, yearlyEnergyKWh: null, plannedLifetimeYears: 6 }), units({ quantity: 10, yearlyEnergyKWh: 30 })),
    ADEME_BOAVIZTA,
    GRID_EUROPE,
  )
  const expected = 1000 * 18.8 * 0.38 * 6 + 10 * 30 * 0.38 * 4
  t.ok(Math.abs((result.value ?? NaN) - expected) < 1e-6, 'median TEC 18.8 kWh stands in for the missing bid value')
  t.match(result.note, /grid EEE 0.38/)
})

t.test('K15 without a grid factor for the region has no value', async (t) => {
  const result = usePhaseEmissionsKpi(workedExample, ADEME_BOAVIZTA, 'ATLANTIS')
  t.equal(result.value, null)
  t.match(result.note, /no grid factor for ATLANTIS/)
})

t.test('no contracts: impact KPIs say no data, not 0 kg', async (t) => {
  for (const result of [
    eWasteAvoidedKpi(EMPTY_SCOPE, ADEME_BOAVIZTA),
    embodiedEmissionsAvoidedKpi(EMPTY_SCOPE, ADEME_BOAVIZTA),
    usePhaseEmissionsKpi(EMPTY_SCOPE, ADEME_BOAVIZTA, GRID_EUROPE),
  ]) {
    t.equal(result.value, null, result.kpiId)
    t.match(result.note, /^no data/)
  }
})
