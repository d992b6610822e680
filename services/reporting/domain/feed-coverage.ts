import type { KpiDefinition, KpiId } from './kpi-catalogue.ts'
import type { KpiResult } from './kpi-result.ts'
import { warrantyAndSupportCoverage } from './kpis/unit-kpis.ts'
import type { ReportScope } from './read-model-filter.ts'
import type { ContractedUnits } from './types.ts'

// The assessment service's events do not carry every figure the KPI catalogue asks for. A KPI
// resting on a figure that never reaches the read model is reported without a value and says
// why, instead of a value computed from placeholders. The read-model mapper fills those figures
// with zeros only to satisfy the record types; this list is what keeps the zeros out of sight.

export interface FeedGap {
  kpiId: KpiId
  /** Only the figure with this dimension; all figures of the KPI when absent. */
  measure?: string
  reason: string
}

export const FEED_GAPS: readonly FeedGap[] = [
  { kpiId: 'K08', measure: 'softwareSupportShare', reason: 'no criterion in the catalogue asks bidders for software-support years' },
  { kpiId: 'K09', reason: 'performance reports give units collected but not units reaching end of use' },
  { kpiId: 'K11', reason: 'performance reports give unit counts, not collected or recycled mass' },
  { kpiId: 'K16', reason: 'performance reports give no recovered-metal figures' },
  { kpiId: 'K18', reason: 'evidence review events do not say which evidence is a Type I ecolabel, nor for which units' },
  { kpiId: 'K19', reason: 'evidence review events carry no certificate scheme or validity' },
  { kpiId: 'K20', reason: 'performance reports give no data-centre metrics' },
]

/** Readings the mapper makes of the feed's figures, shown with the KPI they shape. */
export const FEED_READINGS: Readonly<Partial<Record<KpiId, string>>> = {
  K10: 'units prepared for reuse are the units reported as reused',
  K12: 'every collected unit counts as storage-bearing: reports do not say which units bear storage',
}

export const NOT_IN_FEED = 'not available from the assessment feed'

export function feedGapOf(kpiId: KpiId, dimension: Readonly<Record<string, string>> | null): FeedGap | undefined {
  return FEED_GAPS.find((gap) => gap.kpiId === kpiId && (gap.measure === undefined || gap.measure === dimension?.measure))
}

/** How much of a catalogue KPI the feed can supply: all of it, some of its figures, or none. */
export function feedAvailability(definition: KpiDefinition): 'computed' | 'partial' | 'notAvailable' {
  if (!definition.computable) return 'notAvailable'
  const gaps = FEED_GAPS.filter((gap) => gap.kpiId === definition.id)
  if (gaps.length === 0) return 'computed'
  return gaps.some((gap) => gap.measure === undefined) ? 'notAvailable' : 'partial'
}

/**
 * Applies the feed's coverage to computed results: gaps lose their value, readings gain a note,
 * and the mean warranty rests only on unit lines whose bid declared one.
 */
export function applyFeedCoverage(
  results: readonly KpiResult[],
  scope: ReportScope,
  withoutDeclaredWarranty: ReadonlySet<ContractedUnits>,
): KpiResult[] {
  return results.map((result) => {
    const gap = feedGapOf(result.kpiId, result.dimension)
    if (gap) {
      return { ...result, value: null, numerator: null, denominator: null, recordCount: 0, note: `${NOT_IN_FEED}: ${gap.reason}` }
    }
    if (result.kpiId === 'K08' && result.dimension?.measure === 'meanWarrantyYears') return declaredWarranty(scope, withoutDeclaredWarranty)
    const reading = FEED_READINGS[result.kpiId]
    return reading ? { ...result, note: result.note ? `${result.note}; ${reading}` : reading } : result
  })
}

function declaredWarranty(scope: ReportScope, withoutDeclaredWarranty: ReadonlySet<ContractedUnits>): KpiResult {
  let leftOut = 0
  const contracts = scope.contracts.map((contract) => {
    const units = contract.award.units.filter((line) => !withoutDeclaredWarranty.has(line))
    leftOut += contract.award.units.length - units.length
    return { ...contract, award: { ...contract.award, units } }
  })
  const [mean] = warrantyAndSupportCoverage({ ...scope, contracts })
  if (leftOut === 0) return mean!
  const note = `${leftOut} unit line${leftOut === 1 ? '' : 's'} left out: the tender asked for no warranty`
  return { ...mean!, note: mean!.note ? `${mean!.note}; ${note}` : note }
}
