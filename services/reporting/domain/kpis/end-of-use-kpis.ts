import type { KpiId } from '../kpi-catalogue.ts'
import { ratioResult, totalResult } from '../kpi-result.ts'
import type { KpiResult } from '../kpi-result.ts'
import type { ReportScope } from '../read-model-filter.ts'
import type { PerformanceReport, RecoveredMetals } from '../types.ts'

type Figure = (report: PerformanceReport) => number | null

// K09
export function takeBackRate(scope: ReportScope): KpiResult {
  return reportShare('K09', scope, (r) => r.unitsCollected, (r) => r.unitsReachedEndOfUse, 'units collected or units reaching end of use')
}

// K10
export function reuseRate(scope: ReportScope): KpiResult {
  return reportShare('K10', scope, (r) => r.unitsPreparedForReuse, (r) => r.unitsCollected, 'units reused or units collected')
}

// K11
export function formalRecyclingRate(scope: ReportScope): KpiResult {
  return reportShare('K11', scope, (r) => r.massToCertifiedRecyclersKg, (r) => r.massCollectedKg, 'mass collected or mass sent to certified recyclers')
}

// K12
export function dataSanitisationCompliance(scope: ReportScope): KpiResult {
  return reportShare('K12', scope, (r) => r.unitsWithErasureCertificate, (r) => r.storageUnitsCollected, 'sanitisation certificates or units collected')
}

const METALS: readonly (keyof RecoveredMetals)[] = ['gold', 'silver', 'palladium']

// K16: one total per metal, as recyclers report them.
export function recoveredMetals(scope: ReportScope): KpiResult[] {
  const { given, notes } = reportsGiving(scope, (r) => r.recoveredMetalsG !== null, 'recovered metals')
  return METALS.map((metal) =>
    totalResult({
      kpiId: 'K16',
      dimension: { metal },
      unit: 'g',
      total: given.reduce((sum, r) => sum + r.recoveredMetalsG![metal], 0),
      recordCount: given.length,
      notes,
    }),
  )
}

// Rates are pooled (Σ numerators / Σ denominators), not averaged per report, so a small
// contract does not weigh as much as a large one. A report counts only when it gives both
// figures: an unreported figure is never read as zero.
function reportShare(kpiId: KpiId, scope: ReportScope, numeratorOf: Figure, denominatorOf: Figure, figures: string): KpiResult {
  const { given, notes } = reportsGiving(scope, (r) => numeratorOf(r) !== null && denominatorOf(r) !== null, figures)
  return ratioResult({
    kpiId,
    unit: '%',
    numerator: given.reduce((sum, r) => sum + numeratorOf(r)!, 0),
    denominator: given.reduce((sum, r) => sum + denominatorOf(r)!, 0),
    recordCount: given.length,
    scale: 100,
    notes,
  })
}

function reportsGiving(scope: ReportScope, gives: (report: PerformanceReport) => boolean, figures: string) {
  const given = scope.performanceReports.filter(gives)
  const leftOut = scope.performanceReports.length - given.length
  return { given, notes: leftOut === 0 ? [] : [`${leftOut} report${leftOut === 1 ? '' : 's'} left out: ${figures} not reported`] }
}
