import { SEVERITY, verdictFor } from './evidence-verdicts.ts'
import { checkRequirement, type ResponsesById } from './requirement-response-check.ts'
import type { EvidenceVerdict, SelectionCriterion, SelectionCriterionResult, SelectionOutcome, SelectionResult } from './types.ts'

/**
 * A selection criterion passes only on met requirements plus verified, unexpired evidence; evidence still
 * being checked leaves it pending, so the result can say the bid awaits verification rather than fail it.
 */
export function checkSelection(
  criteria: readonly SelectionCriterion[],
  responsesById: ResponsesById,
  verdicts: ReadonlyMap<string, EvidenceVerdict>,
): SelectionResult {
  const results = criteria.map((criterion): SelectionCriterionResult => {
    const problems = criterion.requirements.flatMap((requirement) => checkRequirement(requirement, responsesById))
    const verdict = verdictFor(verdicts, criterion.id, 'fail')
    const outcome = problems.length > 0 ? 'fail' : verdict.outcome
    return { criterionId: criterion.id, outcome, problems, evidence: verdict }
  })
  const outcome = results.reduce<SelectionOutcome>(
    (worst, result) => (SEVERITY[result.outcome] > SEVERITY[worst] ? result.outcome : worst),
    'pass',
  )
  return { outcome, criteria: results }
}
