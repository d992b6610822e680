import { factorSetRef } from '../../../kernel/factor-library.ts'
import type { FactorSet } from '../../../kernel/factor-library.ts'
import {
  avoidedPurchasesPerYear,
  eWasteAvoided,
  embodiedEmissionsAvoided,
  refurbishedInsteadOfNew,
  usePhaseEmissions,
} from '../footprint-formulas.ts'
import { emptyResult } from '../kpi-result.ts'
import type { KpiResult } from '../kpi-result.ts'
import type { ReportScope } from '../read-model-filter.ts'
import type { ContractedUnits } from '../types.ts'
import { unitLineTotal } from './unit-lines.ts'
import type { LineOutcome } from './unit-lines.ts'

// K13
export function eWasteAvoidedKpi(scope: ReportScope, factorSet: FactorSet): KpiResult {
  return unitLineTotal(scope, { kpiId: 'K13', unit: 'kg', factorSet }, (line) => {
    const mass = line.massKg ?? factorSet.massKg.values[line.deviceType]
    if (mass === undefined) return { excluded: `no mass for ${line.deviceType}` }
    const avoided = avoidedNewDevices(line, factorSet)
    return 'value' in avoided ? { value: eWasteAvoided(avoided.value, mass) } : avoided
  })
}

// K14
export function embodiedEmissionsAvoidedKpi(scope: ReportScope, factorSet: FactorSet): KpiResult {
  return unitLineTotal(scope, { kpiId: 'K14', unit: 'kgCO2e', factorSet }, (line) => {
    const embodied = factorSet.embodiedKgCo2e.values[line.deviceType]
    if (embodied === undefined) return { excluded: `no embodied emissions for ${line.deviceType}` }
    if (line.condition === 'refurbished') {
      const burden = factorSet.refurbishmentKgCo2e.values[line.deviceType]
      if (burden === undefined) return { excluded: `no refurbishment burden for ${line.deviceType}` }
      return { value: line.quantity * refurbishedInsteadOfNew(embodied, burden) }
    }
    const avoided = avoidedNewDevices(line, factorSet)
    return 'value' in avoided ? { value: embodiedEmissionsAvoided(avoided.value, embodied) } : avoided
  })
}

// K15
export function usePhaseEmissionsKpi(scope: ReportScope, factorSet: FactorSet, gridRegion: string): KpiResult {
  return gridBasedTotal(scope, { kpiId: 'K15', factorSet, gridRegion }, (line, grid) => lineUsePhase(line, factorSet, grid))
}

// Totals that need one grid factor: without it there is nothing honest to report.
export function gridBasedTotal<Id extends string>(
  scope: ReportScope,
  figures: { kpiId: Id; factorSet: FactorSet; gridRegion: string },
  evaluate: (line: ContractedUnits, gridKgCo2ePerKWh: number) => LineOutcome,
): KpiResult<Id> {
  const { kpiId, factorSet, gridRegion } = figures
  const grid = factorSet.gridKgCo2ePerKWh.values[gridRegion]
  if (grid === undefined) {
    return emptyResult(
      { kpiId, unit: 'kgCO2e', recordCount: 0, factorSet: factorSetRef(factorSet) },
      `no grid factor for ${gridRegion}`,
    )
  }
  return unitLineTotal(
    scope,
    { kpiId, unit: 'kgCO2e', factorSet, notes: [`grid ${gridRegion} ${grid} kg CO2e/kWh`] },
    (line) => evaluate(line, grid),
  )
}

// Use-phase emissions of a whole line over its planned life; TEC from the bid, else the median.
export function lineUsePhase(line: ContractedUnits, factorSet: FactorSet, gridKgCo2ePerKWh: number): LineOutcome {
  const energy = line.yearlyEnergyKWh ?? factorSet.yearlyEnergyKWh.values[line.deviceType]
  if (energy === undefined) return { excluded: `no yearly energy use for ${line.deviceType}` }
  if (!(line.plannedLifetimeYears > 0)) return { excluded: 'planned lifetime not above zero' }
  const perUnit = usePhaseEmissions({ yearlyEnergyKWh: energy, gridKgCo2ePerKWh, years: line.plannedLifetimeYears })
  return { value: line.quantity * perUnit }
}

// New devices a line saves over its contracted life. A new unit kept L1 years instead of the
// default L0 saves ΔB × L1 = N × (L1/L0 − 1) purchases (ΔB of docs/sources.md#footprint-formulas
// over the contracted life, so the KPI sums across contracts in kg as the catalogue states); a
// refurbished unit replaces one new device.
function avoidedNewDevices(line: ContractedUnits, factorSet: FactorSet): LineOutcome {
  if (line.condition === 'refurbished') return { value: line.quantity }
  const baseline = factorSet.lifetimeYears.values[line.deviceType]
  if (baseline === undefined) return { excluded: `no default lifetime for ${line.deviceType}` }
  if (!(line.plannedLifetimeYears > 0)) return { excluded: 'planned lifetime not above zero' }
  const perYear = avoidedPurchasesPerYear({
    units: line.quantity,
    baselineLifetimeYears: baseline,
    extendedLifetimeYears: line.plannedLifetimeYears,
  })
  return { value: perYear * line.plannedLifetimeYears }
}
