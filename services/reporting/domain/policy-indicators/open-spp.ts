import type { FactorSet } from '../../../kernel/factor-library.ts'
import type { KpiResult } from '../kpi-result.ts'
import { gridBasedTotal, lineUsePhase } from '../kpis/impact-kpis.ts'
import { isSustainable } from '../procedure-classification.ts'
import type { ReportScope } from '../read-model-filter.ts'
import { countShare, valueShare } from '../share.ts'
import type { PerformanceReport } from '../types.ts'

// Open SPP (Open Contracting Partnership) monitoring and evaluation indicators
// (sustainable.open-contracting.org/spp-uptake; docs/sources.md#open-spp). A contract is "classified
// as SPP" when its lot, or its tender for awards without a lot, carries any sustainability goal.

export type OpenSppIndicatorId =
  | 'OSPP-SPP-CONTRACT-SHARE'
  | 'OSPP-SPP-VALUE-SHARE'
  | 'OSPP-OUTCOMES-RECORDED-SHARE'
  | 'OSPP-SPECIFICATIONS-SHARE'
  | 'OSPP-BUYER-SHARE'
  | 'OSPP-LOW-CARBON-COMPLIANCE-SHARE'
  | 'OSPP-CARBON-BUDGET-SHARE'
  | 'OSPP-CO2-AWARD-CRITERIA-SHARE'
  | 'OSPP-CONTRACT-CO2E'
  | 'OSPP-CO2E-SAVED'
  | 'OSPP-YEAR-ON-YEAR-CHANGE'

export type OpenSppIndicator = { id: OpenSppIndicatorId; name: string; formula: string } & (
  | { computable: true; implementedBy: string }
  | { computable: false; reason: string }
)

export const OPEN_SPP_INDICATORS: readonly OpenSppIndicator[] = [
  { id: 'OSPP-SPP-CONTRACT-SHARE', name: 'Share of contracts classified as SPP', formula: '#SPP contracts / #contracts', computable: true, implementedBy: 'sppContractShare' },
  { id: 'OSPP-SPP-VALUE-SHARE', name: 'Value share of SPP contracts', formula: 'value SPP contracts / total contract value', computable: true, implementedBy: 'sppValueShare' },
  { id: 'OSPP-OUTCOMES-RECORDED-SHARE', name: 'Share of SPP contracts with recorded sustainability outcomes', formula: '#SPP contracts with outcomes recorded / #SPP contracts', computable: true, implementedBy: 'sppOutcomesRecordedShare' },
  { id: 'OSPP-SPECIFICATIONS-SHARE', name: 'Share of tenders referencing SPP criteria in specifications', formula: '#tenders with criteria in specs / #tenders (count and value variants)', computable: true, implementedBy: 'specificationCriteriaShares' },
  { id: 'OSPP-BUYER-SHARE', name: 'Share of public buyers awarding SPP contracts', formula: '#buyers with ≥1 SPP contract / #buyers', computable: true, implementedBy: 'sppBuyerShare' },
  { id: 'OSPP-LOW-CARBON-COMPLIANCE-SHARE', name: 'Share of tenders complying with low-carbon policies', formula: 'compliant / all', computable: false, reason: 'compliance with a low-carbon policy is not recorded in the read model' },
  { id: 'OSPP-CARBON-BUDGET-SHARE', name: 'Share of tenders including a carbon budget', formula: 'with budget / all', computable: false, reason: 'carbon budgets are not recorded in the read model' },
  { id: 'OSPP-CO2-AWARD-CRITERIA-SHARE', name: 'Share of tenders referencing CO2 in award criteria', formula: 'with CO2 award criterion / all', computable: false, reason: 'goals and strategies are held as two flat lists, so a CO2 goal cannot be tied to the award-criteria strategy; the criterion detail lives in the assessment service' },
  { id: 'OSPP-CONTRACT-CO2E', name: 'tCO2e associated with public contracts', formula: 'Σ(CO2 estimate per unit × units)', computable: true, implementedBy: 'contractEmissions' },
  { id: 'OSPP-CO2E-SAVED', name: 'tCO2e saved through SPP', formula: 'projected (baseline) − actual after SPP specs', computable: true, implementedBy: 'embodiedEmissionsAvoidedKpi (K14)' },
  { id: 'OSPP-YEAR-ON-YEAR-CHANGE', name: 'Year-on-year change', formula: '(SPP_t − SPP_{t−1}) / SPP_{t−1}', computable: true, implementedBy: 'yearOnYearChange' },
]

export function sppContractShare(scope: ReportScope): KpiResult<'OSPP-SPP-CONTRACT-SHARE'> {
  return countShare(scope.contracts, (c) => isSustainable(c.tags), { kpiId: 'OSPP-SPP-CONTRACT-SHARE' })
}

export function sppValueShare(scope: ReportScope): KpiResult<'OSPP-SPP-VALUE-SHARE'> {
  return valueShare(scope.contracts, (c) => isSustainable(c.tags), { kpiId: 'OSPP-SPP-VALUE-SHARE' })
}

// Takes every report the read model holds, not only those ending in the window: an outcome
// reported after the period still counts as recorded for a contract awarded within it.
export function sppOutcomesRecordedShare(
  scope: ReportScope,
  allReports: readonly PerformanceReport[],
): KpiResult<'OSPP-OUTCOMES-RECORDED-SHARE'> {
  const reported = new Set(allReports.map((r) => r.contractId))
  const sppContracts = scope.contracts.filter((c) => isSustainable(c.tags))
  return countShare(sppContracts, (c) => reported.has(c.award.id), { kpiId: 'OSPP-OUTCOMES-RECORDED-SHARE' })
}

export function specificationCriteriaShares(scope: ReportScope): KpiResult<'OSPP-SPECIFICATIONS-SHARE'>[] {
  const inSpecs = 'technicalSpecifications'
  return [
    countShare(scope.procurements, (p) => p.strategies.includes(inSpecs), {
      kpiId: 'OSPP-SPECIFICATIONS-SHARE',
      dimension: { basis: 'count' },
    }),
    valueShare(scope.contracts, (c) => c.tags.strategies.includes(inSpecs), {
      kpiId: 'OSPP-SPECIFICATIONS-SHARE',
      dimension: { basis: 'value' },
    }),
  ]
}

export function sppBuyerShare(scope: ReportScope): KpiResult<'OSPP-BUYER-SHARE'> {
  const buyers = [...new Set(scope.contracts.map((c) => c.procurement.buyerId))]
  const sppBuyers = new Set(scope.contracts.filter((c) => isSustainable(c.tags)).map((c) => c.procurement.buyerId))
  return countShare(buyers, (buyerId) => sppBuyers.has(buyerId), { kpiId: 'OSPP-BUYER-SHARE' })
}

// Life-cycle estimate per contracted unit: embodied emissions plus use over the planned life.
export function contractEmissions(
  scope: ReportScope,
  factorSet: FactorSet,
  gridRegion: string,
): KpiResult<'OSPP-CONTRACT-CO2E'> {
  return gridBasedTotal(scope, { kpiId: 'OSPP-CONTRACT-CO2E', factorSet, gridRegion }, (line, grid) => {
    const embodied = factorSet.embodiedKgCo2e.values[line.deviceType]
    if (embodied === undefined) return { excluded: `no embodied emissions for ${line.deviceType}` }
    const use = lineUsePhase(line, factorSet, grid)
    return 'value' in use ? { value: line.quantity * embodied + use.value } : use
  })
}

// Relative change as a fraction (2 = +200 %); none when the earlier value is missing or zero.
export function yearOnYearChange(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null || previous === 0) return null
  return (current - previous) / previous
}
