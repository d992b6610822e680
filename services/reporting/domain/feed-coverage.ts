import type { KpiDefinition, KpiId } from './kpi-catalogue.ts'
import type { KpiResult } from './kpi-result.ts'
import { warrantyAndSupportCoverage } from './kpis/unit-kpis.ts'
import type { ReportScope } from './read-model-filter.ts'
import type { ContractedUnits } from './types.ts'

// The assessment service's events do not carry every figure the KPI catalogue asks for, and some
// figures only some records carry. The read-model mapper fills a unit line's missing warranty and
// software-support years with zero only to satisfy the record types, and names the lines it filled;
// this module keeps those zeros out of sight (performance reports need no such help: an unreported figure is null there). A KPI resting on a figure that never reaches the read model is reported without a value
// and says why; one resting on a figure some records leave out is computed again over the records
// that give it, and says how many it left out. With none left, it says "no data".

export interface FeedGap {
  kpiId: KpiId
  /** Only the figure with this dimension; all figures of the KPI when absent. */
  measure?: string
  reason: string
}

// None today: every catalogue KPI rests on figures the feed carries, for the records that give them.
export const FEED_GAPS: readonly FeedGap[] = []

/** Records whose figure the mapper filled with a placeholder, by the figure the feed left out. */
export interface Undeclared {
  warranty: Set<ContractedUnits>
  softwareSupport: Set<ContractedUnits>
}

export const nothingUndeclared = (): Undeclared => ({ warranty: new Set(), softwareSupport: new Set() })

/** Readings the mapper makes of the feed's figures, shown with the KPI they shape. */
export const FEED_READINGS: Readonly<Partial<Record<KpiId, string>>> = {
  K10: 'units prepared for reuse are the units reported as reused',
  K12: 'units with an erasure certificate are the sanitisationCertificates reported, over the unitsCollected: reports do not say which units bear storage, so every collected unit counts as storage-bearing',
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

interface Narrowed {
  scope: ReportScope
  leftOut: number
  noun: string
}

// A KPI whose figure some records leave out: the scope without those records, and the KPI again.
interface DeclaredOnly {
  kpiId: KpiId
  measure?: string
  reason: string
  narrow: (scope: ReportScope, undeclared: Undeclared) => Narrowed
  /** The KPI again over a narrowed scope, with the options the first result was computed with. */
  calculate: (scope: ReportScope, result: KpiResult) => readonly KpiResult[]
}

const DECLARED_ONLY: readonly DeclaredOnly[] = [
  {
    kpiId: 'K08',
    measure: 'meanWarrantyYears',
    reason: 'the tender asked for no warranty',
    narrow: (scope, undeclared) => withoutUnitLines(scope, undeclared.warranty),
    calculate: (scope) => warrantyAndSupportCoverage(scope),
  },
  {
    kpiId: 'K08',
    measure: 'softwareSupportShare',
    reason: 'the tender asked for no years of operating-system and security updates',
    narrow: (scope, undeclared) => withoutUnitLines(scope, undeclared.softwareSupport),
    calculate: (scope, result) => warrantyAndSupportCoverage(scope, Number(result.dimension?.minimumYears)),
  },
]

/**
 * Applies the feed's coverage to computed results: gaps lose their value, figures some records
 * leave out rest only on the records that give them, and readings gain a note.
 */
export function applyFeedCoverage(results: readonly KpiResult[], scope: ReportScope, undeclared: Undeclared): KpiResult[] {
  return results.map((result) => {
    const gap = feedGapOf(result.kpiId, result.dimension)
    if (gap) {
      return { ...result, value: null, numerator: null, denominator: null, recordCount: 0, note: `${NOT_IN_FEED}: ${gap.reason}` }
    }
    const declared = declaredOnly(result, scope, undeclared)
    const reading = FEED_READINGS[result.kpiId]
    return reading ? withNote(declared, reading) : declared
  })
}

function declaredOnly(result: KpiResult, scope: ReportScope, undeclared: Undeclared): KpiResult {
  const rule = DECLARED_ONLY.find((r) => r.kpiId === result.kpiId && (r.measure === undefined || r.measure === result.dimension?.measure))
  if (!rule) return result
  const narrowed = rule.narrow(scope, undeclared)
  if (narrowed.leftOut === 0) return result
  // The same KPI function built both, so its dimensions serialise alike.
  const again = rule.calculate(narrowed.scope, result).find((r) => JSON.stringify(r.dimension) === JSON.stringify(result.dimension))!
  return withNote(again, `${narrowed.leftOut} ${narrowed.noun}${narrowed.leftOut === 1 ? '' : 's'} left out: ${rule.reason}`)
}

function withoutUnitLines(scope: ReportScope, undeclared: ReadonlySet<ContractedUnits>): Narrowed {
  let leftOut = 0
  const contracts = scope.contracts.map((contract) => {
    const units = contract.award.units.filter((line) => !undeclared.has(line))
    leftOut += contract.award.units.length - units.length
    return { ...contract, award: { ...contract.award, units } }
  })
  return { scope: { ...scope, contracts }, leftOut, noun: 'unit line' }
}

function withNote(result: KpiResult, note: string): KpiResult {
  return { ...result, note: result.note ? `${result.note}; ${note}` : note }
}
