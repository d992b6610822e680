import { describeVerdict } from './evidence-verdicts.ts'
import { explainProblems } from './requirement-response-check.ts'
import { formatNumber, formatPoints } from './rounding.ts'
import type { BidEvaluation, BidStatus, PendingEvidence, ScoreLine, SelectionCriterionResult } from './types.ts'

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

/** Evidence the bid's standing still waits for, at every stage that needs it. */
export function pendingEvidence(gates: GateResults, qualityLines: readonly ScoreLine[]): PendingEvidence[] {
  const pending = (criterionId: string, stage: PendingEvidence['stage'], verdict: ScoreLine['evidence']): PendingEvidence[] =>
    verdict?.outcome === 'pending' ? [{ criterionId, stage, evidenceId: verdict.evidenceId, status: verdict.status }] : []
  return [
    ...gates.selection.criteria.flatMap((criterion) =>
      criterion.problems.length === 0 ? pending(criterion.criterionId, 'selection', criterion.evidence) : [],
    ),
    ...gates.technicalSpecifications.evidence.flatMap((entry) =>
      entry.mandatory ? pending(entry.specificationId, 'technicalSpecification', entry.evidence) : [],
    ),
    ...qualityLines.flatMap((line) => pending(line.criterionId, 'award', line.evidence)),
  ]
}

/**
 * The first gate a bid fails names its status, in the order a procurement officer applies them; the reasons
 * list every failure, so fixing one does not just reveal the next.
 */
export function bidStatus(
  gates: GateResults,
  shortfall: string | null,
  qualityLines: readonly ScoreLine[] = [],
): { status: BidStatus, reasons: string[] } {
  const { exclusion, selection, technicalSpecifications } = gates
  const reasons = [
    ...exclusion.active.map(
      (entry) => `supplier excluded: ${entry.reason} (${entry.endsOn === null ? 'no end date' : `until ${entry.endsOn}`})`,
    ),
    ...selection.criteria.filter((criterion) => criterion.outcome !== 'pass').map(selectionReason),
    ...technicalSpecifications.requirements
      .filter((outcome) => outcome.mandatory && !outcome.met)
      .map((outcome) => `technical specification ${outcome.specificationId} not met, ${explainProblems(outcome.problems)}`),
    ...technicalSpecifications.evidence
      .filter((entry) => entry.mandatory && entry.evidence.outcome !== 'pass')
      .map((entry) => `technical specification ${entry.specificationId}: ${describeVerdict(entry.evidence)}`),
    ...qualityLines
      .filter((line) => line.evidence?.outcome === 'pending')
      .map((line) => `award criterion ${line.criterionId}: ${describeVerdict(line.evidence!)}`),
    ...(shortfall === null ? [] : [shortfall]),
  ]
  const waiting = pendingEvidence(gates, qualityLines).length > 0
  return { status: statusOf(gates, shortfall !== null, waiting), reasons }
}

function statusOf({ exclusion, selection, technicalSpecifications }: GateResults, belowThreshold: boolean, waiting: boolean): BidStatus {
  if (exclusion.excluded) return 'excluded'
  if (selection.outcome === 'fail') return 'not_selected'
  if (!technicalSpecifications.compliant) return 'non_compliant'
  if (belowThreshold) return 'below_quality_threshold'
  return waiting ? 'pending_verification' : 'ranked'
}

function selectionReason(criterion: SelectionCriterionResult): string {
  if (criterion.problems.length > 0) {
    return `selection criterion ${criterion.criterionId} not met, ${explainProblems(criterion.problems)}`
  }
  return `selection criterion ${criterion.criterionId}: ${describeVerdict(criterion.evidence)}`
}
