import { assertIsoDate } from './dates.ts'
import { checkRequirement, type ResponsesById } from './requirement-response-check.ts'
import type {
  Evidence,
  EvidenceStatus,
  EvidenceVerdict,
  SelectionCriterion,
  SelectionCriterionResult,
  SelectionOutcome,
  SelectionResult,
} from './types.ts'

const OUTCOME_BY_STATUS: Record<EvidenceStatus, SelectionOutcome> = {
  verified: 'pass',
  submitted: 'pending',
  under_review: 'pending',
  clarification_requested: 'pending',
  rejected: 'fail',
  expired: 'fail',
}

const SEVERITY: Record<SelectionOutcome, number> = { pass: 0, pending: 1, fail: 2 }

/**
 * A selection criterion passes only on met requirements plus verified, unexpired evidence; evidence still
 * being checked leaves it pending, so the result can say the bid awaits verification rather than fail it.
 */
export function checkSelection(
  criteria: readonly SelectionCriterion[],
  responsesById: ResponsesById,
  evidence: readonly Evidence[],
  evaluationDate: string,
  evidencePath = '',
): SelectionResult {
  const verdictsByCriterion = new Map<string, EvidenceVerdict[]>()
  evidence.forEach((item, index) => {
    const verdicts = verdictsByCriterion.get(item.criterionId) ?? []
    verdicts.push(judgeEvidence(item, evaluationDate, `${evidencePath}/${index}/validUntil`))
    verdictsByCriterion.set(item.criterionId, verdicts)
  })

  const results = criteria.map((criterion): SelectionCriterionResult => {
    const problems = criterion.requirements.flatMap((requirement) => checkRequirement(requirement, responsesById))
    const verdict = bestVerdict(verdictsByCriterion.get(criterion.id) ?? [])
    const outcome = problems.length > 0 ? 'fail' : verdict.outcome
    return { criterionId: criterion.id, outcome, problems, evidence: verdict }
  })
  const outcome = results.reduce<SelectionOutcome>(
    (worst, result) => (SEVERITY[result.outcome] > SEVERITY[worst] ? result.outcome : worst),
    'pass',
  )
  return { outcome, criteria: results }
}

function judgeEvidence(item: Evidence, evaluationDate: string, path: string): EvidenceVerdict {
  const lapsed = item.validUntil !== null && assertIsoDate(item.validUntil, path) < evaluationDate
  const status = lapsed ? 'expired' : item.status
  return { evidenceId: item.id, status, outcome: OUTCOME_BY_STATUS[status] }
}

/** One verified certificate is enough, whatever else was rejected for the same criterion. */
function bestVerdict(verdicts: readonly EvidenceVerdict[]): EvidenceVerdict {
  const [first, ...rest] = verdicts
  if (first === undefined) return { evidenceId: null, status: 'missing', outcome: 'fail' }
  return rest.reduce((best, verdict) => (SEVERITY[verdict.outcome] < SEVERITY[best.outcome] ? verdict : best), first)
}
