import { explainProblems } from './requirement-response-check.ts'
import { formatNumber, formatPoints } from './rounding.ts'
import type { BidEvaluation, BidStatus, SelectionCriterionResult } from './types.ts'

export type GateResults = Pick<BidEvaluation, 'exclusion' | 'selection' | 'technicalSpecifications'>

/** Whether the bid goes on to scoring: a bid awaiting evidence verification is scored provisionally. */
export function passesGates({ exclusion, selection, technicalSpecifications }: GateResults): boolean {
  return !exclusion.excluded && selection.outcome !== 'fail' && technicalSpecifications.compliant
}

/** Why a bid falls short of the minimum quality score (OCDS criterionThreshold.minimumScore), or null. */
export function qualityShortfall(qualityPoints: number, minimum: number | null): string | null {
  return minimum !== null && qualityPoints < minimum
    ? `quality points ${formatPoints(qualityPoints)} below the minimum quality score ${formatNumber(minimum)}`
    : null
}

/**
 * The first gate a bid fails names its status, in the order a procurement officer applies them; the reasons
 * list every failure, so fixing one does not just reveal the next.
 */
export function bidStatus(gates: GateResults, shortfall: string | null): { status: BidStatus, reasons: string[] } {
  const { exclusion, selection, technicalSpecifications } = gates
  const reasons = [
    ...exclusion.active.map(
      (entry) => `supplier excluded: ${entry.reason} (${entry.endsOn === null ? 'no end date' : `until ${entry.endsOn}`})`,
    ),
    ...selection.criteria.filter((criterion) => criterion.outcome !== 'pass').map(selectionReason),
    ...technicalSpecifications.requirements
      .filter((outcome) => outcome.mandatory && !outcome.met)
      .map((outcome) => `technical specification ${outcome.specificationId} not met, ${explainProblems(outcome.problems)}`),
    ...(shortfall === null ? [] : [shortfall]),
  ]
  return { status: statusOf(gates, shortfall !== null), reasons }
}

function statusOf({ exclusion, selection, technicalSpecifications }: GateResults, belowThreshold: boolean): BidStatus {
  if (exclusion.excluded) return 'excluded'
  if (selection.outcome === 'fail') return 'not_selected'
  if (!technicalSpecifications.compliant) return 'non_compliant'
  if (belowThreshold) return 'below_quality_threshold'
  return selection.outcome === 'pending' ? 'pending_verification' : 'ranked'
}

function selectionReason(criterion: SelectionCriterionResult): string {
  if (criterion.problems.length > 0) {
    return `selection criterion ${criterion.criterionId} not met, ${explainProblems(criterion.problems)}`
  }
  const { evidenceId, status, outcome } = criterion.evidence
  if (evidenceId === null) return `selection criterion ${criterion.criterionId}: no evidence submitted`
  return outcome === 'pending'
    ? `selection criterion ${criterion.criterionId}: evidence ${evidenceId} awaits verification (${status})`
    : `selection criterion ${criterion.criterionId}: evidence ${evidenceId} is ${status}`
}
