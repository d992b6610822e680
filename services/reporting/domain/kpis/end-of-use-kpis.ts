import type { KpiId } from '../kpi-catalogue.ts'
import { ratioResult, totalResult } from '../kpi-result.ts'
import type { KpiResult } from '../kpi-result.ts'
import type { ReportScope } from '../read-model-filter.ts'
import type { PerformanceReport, RecoveredMetals } from '../types.ts'

// K09
export function takeBackRate(scope: ReportScope): KpiResult {
  return reportShare('K09', scope, (r) => r.unitsCollected, (r) => r.unitsReachedEndOfUse)
}

// K10
export function reuseRate(scope: ReportScope): KpiResult {
  return reportShare('K10', scope, (r) => r.unitsPreparedForReuse, (r) => r.unitsCollected)
}

// K11
export function formalRecyclingRate(scope: ReportScope): KpiResult {
  return reportShare('K11', scope, (r) => r.massToCertifiedRecyclersKg, (r) => r.massCollectedKg)
}

// K12
export function dataSanitisationCompliance(scope: ReportScope): KpiResult {
  return reportShare('K12', scope, (r) => r.unitsWithErasureCertificate, (r) => r.storageUnitsCollected)
}

const METALS: readonly (keyof RecoveredMetals)[] = ['gold', 'silver', 'palladium']

// K16: one total per metal, as recyclers report them.
export function recoveredMetals(scope: ReportScope): KpiResult[] {
  const reports = scope.performanceReports
  return METALS.map((metal) =>
    totalResult({
      kpiId: 'K16',
      dimension: { metal },
      unit: 'g',
      total: reports.reduce((sum, r) => sum + r.recoveredMetalsG[metal], 0),
      recordCount: reports.length,
    }),
  )
}

// Rates are pooled (Σ numerators / Σ denominators), not averaged per report, so a small
// contract does not weigh as much as a large one.
function reportShare(
  kpiId: KpiId,
  scope: ReportScope,
  numeratorOf: (report: PerformanceReport) => number,
  denominatorOf: (report: PerformanceReport) => number,
): KpiResult {
  const reports = scope.performanceReports
  return ratioResult({
    kpiId,
    unit: '%',
    numerator: reports.reduce((sum, r) => sum + numeratorOf(r), 0),
    denominator: reports.reduce((sum, r) => sum + denominatorOf(r), 0),
    recordCount: reports.length,
    scale: 100,
  })
}
