import { assertIsoDate } from './dates.ts'
import type { Evidence, EvidenceStatus, EvidenceVerdict, SelectionOutcome } from './types.ts'

const OUTCOME_BY_STATUS: Record<EvidenceStatus, SelectionOutcome> = {
  verified: 'pass',
  submitted: 'pending',
  under_review: 'pending',
  clarification_requested: 'pending',
  rejected: 'fail',
  expired: 'fail',
}

export const SEVERITY: Record<SelectionOutcome, number> = { pass: 0, pending: 1, fail: 2 }

/** The best verdict on each criterion's evidence as of the evaluation date; criteria without evidence are absent. */
export function judgeEvidence(evidence: readonly Evidence[], evaluationDate: string, path = ''): Map<string, EvidenceVerdict> {
  const best = new Map<string, EvidenceVerdict>()
  evidence.forEach((item, index) => {
    const verdict = judgeOne(item, evaluationDate, `${path}/${index}/validUntil`)
    const current = best.get(item.criterionId)
    if (current === undefined || SEVERITY[verdict.outcome] < SEVERITY[current.outcome]) best.set(item.criterionId, verdict)
  })
  return best
}

/**
 * The verdict that decides a criterion. One verified document is enough, whatever else was rejected for the
 * same criterion. Without any evidence a selection criterion fails (the bidder had to prove it with the
 * bid); a specification or award answer is pending until the bidder sends its proof.
 */
export function verdictFor(verdicts: ReadonlyMap<string, EvidenceVerdict>, criterionId: string, whenMissing: SelectionOutcome): EvidenceVerdict {
  return verdicts.get(criterionId) ?? { evidenceId: null, status: 'missing', outcome: whenMissing }
}

function judgeOne(item: Evidence, evaluationDate: string, path: string): EvidenceVerdict {
  const lapsed = item.validUntil !== null && assertIsoDate(item.validUntil, path) < evaluationDate
  const status = lapsed ? 'expired' : item.status
  return { evidenceId: item.id, status, outcome: OUTCOME_BY_STATUS[status] }
}

/** How people read a verdict in reasons and breakdowns. */
export function describeVerdict(verdict: EvidenceVerdict): string {
  if (verdict.evidenceId === null) return 'no evidence submitted'
  return verdict.outcome === 'pending'
    ? `evidence ${verdict.evidenceId} awaits verification (${verdict.status})`
    : `evidence ${verdict.evidenceId} is ${verdict.status}`
}
