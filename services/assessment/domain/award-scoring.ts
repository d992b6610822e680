import { AssessmentInputError } from './errors.ts'
import { describeVerdict, verdictFor } from './evidence-verdicts.ts'
import { assertNonNegative } from './numeric-input.ts'
import { checkRequirement, explainProblems, type ResponsesById } from './requirement-response-check.ts'
import { assertValidScoringRule, createScorer, scoredValueKind, type ScoredValue } from './scoring-rules.ts'
import type { AwardCriterion, EvidenceVerdict, RequirementDataType, ResponseProblem, ScoreLine } from './types.ts'

export interface CompetingBid {
  bidId: string
  responsesById: ResponsesById
  /** The best verdict on each criterion's evidence. */
  verdicts: ReadonlyMap<string, EvidenceVerdict>
}

const DATA_TYPES_BY_KIND: Record<ReturnType<typeof scoredValueKind>, readonly RequirementDataType[]> = {
  number: ['number', 'integer'],
  string: ['enum', 'string'],
  boolean: ['boolean'],
  list: ['itemList'],
}

// Weights are points (OCDS `pointsExact`): the criteria must share out exactly the quality points, so every
// point in a breakdown is a point of the total and nothing is rescaled behind the evaluator's back.
const WEIGHT_TOLERANCE = 1e-9

export function assertValidAwardCriteria(criteria: readonly AwardCriterion[], qualityWeight: number, path: string): void {
  criteria.forEach((criterion, index) => {
    const at = `${path}/${index}`
    assertNonNegative(criterion.maxPoints, `${at}/maxPoints`)
    assertValidScoringRule(criterion.scoring, `${at}/scoring`)
    const scored = criterion.requirements.find((requirement) => requirement.id === criterion.scoredRequirementId)
    if (scored === undefined) {
      throw new AssessmentInputError(
        'INVALID_CONFIGURATION',
        `${at}/scoredRequirementId`,
        `'${criterion.scoredRequirementId}' is not one of criterion ${criterion.id}'s requirements`,
      )
    }
    const kind = scoredValueKind(criterion.scoring)
    if (!DATA_TYPES_BY_KIND[kind].includes(scored.dataType)) {
      throw new AssessmentInputError(
        'INVALID_CONFIGURATION',
        `${at}/scoring/method`,
        `a ${criterion.scoring.method} rule scores ${kind} values but requirement ${scored.id} holds ${scored.dataType} values`,
      )
    }
  })
  const total = criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0)
  if (Math.abs(total - qualityWeight) > WEIGHT_TOLERANCE) {
    throw new AssessmentInputError(
      'INVALID_CONFIGURATION',
      path,
      `award criteria share out ${total} points but the quality weight is ${qualityWeight}`,
    )
  }
}

/**
 * One line per criterion for each competing bid. A bid that does not meet every requirement of a criterion
 * earns nothing for it and is left out of the comparison, so an unusable answer never sets the best value.
 * Where the tender asks for evidence, rejected or expired evidence means the answer is not accepted: 0 points
 * and out of the comparison. Evidence still missing or under review leaves the answer scored as given, with
 * the line marked provisional.
 */
export function scoreAwardCriteria(
  criteria: readonly AwardCriterion[],
  bids: readonly CompetingBid[],
): Map<string, ScoreLine[]> {
  const lines = new Map(bids.map((bid): [string, ScoreLine[]] => [bid.bidId, []]))
  for (const criterion of criteria) {
    const answers = bids.map((bid) => {
      const problems = criterion.requirements.flatMap((requirement) => checkRequirement(requirement, bid.responsesById))
      const value = bid.responsesById.get(criterion.scoredRequirementId)?.value ?? null
      const evidence = criterion.evidenceRequired === true ? verdictFor(bid.verdicts, criterion.id, 'pending') : null
      const accepted = problems.length === 0 && evidence?.outcome !== 'fail'
      return { bidId: bid.bidId, value, problems, evidence, scorable: accepted ? value : null }
    })
    const field = answers.flatMap((answer) => (answer.scorable === null ? [] : [answer.scorable]))
    const scorer = createScorer(criterion.scoring, criterion.maxPoints, field)
    for (const { bidId, value, problems, evidence, scorable } of answers) {
      const { formula, points } = scorable === null ? notScored(problems, evidence) : provisionally(scorer(scorable), evidence)
      lines.get(bidId)?.push({ criterionId: criterion.id, input: value, rule: criterion.scoring, formula, points, evidence })
    }
  }
  return lines
}

function notScored(problems: readonly ResponseProblem[], evidence: EvidenceVerdict | null): ScoredValue {
  if (problems.length > 0) return { points: 0, formula: `not scored, ${explainProblems(problems)} → 0` }
  return { points: 0, formula: `answer not accepted, ${describeVerdict(evidence!)} → 0` }
}

function provisionally(scored: ScoredValue, evidence: EvidenceVerdict | null): ScoredValue {
  if (evidence?.outcome !== 'pending') return scored
  return { ...scored, formula: `provisional, ${describeVerdict(evidence)}: ${scored.formula}` }
}
