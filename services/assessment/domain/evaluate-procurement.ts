import { scoreAwardCriteria } from './award-scoring.ts'
import { bidStatus, passesGates, pendingEvidence, qualityShortfall, type GateResults } from './bid-status.ts'
import { bidCo2e, co2eParameters, type Co2eParameters } from './co2e.ts'
import { assertIsoDate, parseTimestamp } from './dates.ts'
import { AssessmentInputError } from './errors.ts'
import { judgeEvidence } from './evidence-verdicts.ts'
import { checkExclusions } from './exclusion.ts'
import { bidCost, costParameters, type CostParameters } from './life-cycle-cost.ts'
import { createPriceScorer } from './price-scoring.ts'
import { assertValidProcurement } from './procurement-settings.ts'
import { rankBids } from './ranking.ts'
import { indexResponses, type ResponsesById } from './requirement-response-check.ts'
import { checkSelection } from './selection.ts'
import { checkTechnicalSpecifications } from './technical-specification.ts'
import type {
  Bid,
  BidCo2e,
  BidCost,
  BidEvaluation,
  CriteriaSnapshot,
  EvidenceVerdict,
  EvaluationInput,
  ProcurementEvaluation,
  ScoreLine,
} from './types.ts'

interface AssessedBid {
  bid: Bid
  responsesById: ResponsesById
  verdicts: ReadonlyMap<string, EvidenceVerdict>
  gates: GateResults
  cost: BidCost
  co2e: BidCo2e
  submittedAt: number
}

/**
 * Gates first (exclusion, selection, technical specifications), then quality points among the bids that
 * passed them, then the minimum quality score, then price points among the bids still in, then the ranking.
 * Relative methods compare a bid only with the bids at the same stage: a bid already eliminated never sets
 * the lowest price or the best value for the others.
 */
export function evaluateProcurement(input: EvaluationInput): ProcurementEvaluation {
  const { procurement, criteria, bids } = input
  const evaluationDate = assertIsoDate(input.evaluationDate, '/evaluationDate')
  assertValidProcurement(procurement, criteria.awardCriteria)
  assertUniqueBidIds(bids)
  const costs = costParameters(procurement, '/procurement')
  const footprint = co2eParameters(procurement, '/procurement')

  const assessed = bids.map((bid, index) => assessBid(bid, `/bids/${index}`, criteria, evaluationDate, costs, footprint))
  const competing = assessed.filter((entry) => passesGates(entry.gates))
  const qualityLines = scoreAwardCriteria(
    criteria.awardCriteria,
    competing.map(({ bid, responsesById, verdicts }) => ({ bidId: bid.id, responsesById, verdicts })),
  )
  const scored = competing.map((entry) => {
    const lines = qualityLines.get(entry.bid.id) ?? []
    const qualityPoints = sumPoints(lines)
    return { ...entry, qualityLines: lines, qualityPoints, shortfall: qualityShortfall(qualityPoints, procurement.minimumQualityScore) }
  })

  const finalists = scored.filter((entry) => entry.shortfall === null)
  const priceLineFor = createPriceScorer(
    procurement.priceScoring,
    procurement.priceWeight,
    finalists.map(({ cost }) => cost),
  )
  const priced = finalists.map((entry) => {
    const priceLine = priceLineFor(entry.cost)
    const breakdown = [priceLine, ...entry.qualityLines]
    return { ...entry, priceLine, breakdown, totalPoints: sumPoints(breakdown) }
  })
  const ranking = rankBids(
    priced.map(({ bid, totalPoints, cost, submittedAt }) => ({
      bidId: bid.id,
      totalPoints,
      lifeCycleCost: cost.lifeCycleCost,
      submittedAt,
    })),
  )

  const rankOf = new Map(ranking.map((bidId, index) => [bidId, index + 1]))
  const scoredById = new Map(scored.map((entry) => [entry.bid.id, entry]))
  const pricedById = new Map(priced.map((entry) => [entry.bid.id, entry]))
  const evaluations = assessed.map(({ bid, gates, cost, co2e }): BidEvaluation => {
    const quality = scoredById.get(bid.id)
    const final = pricedById.get(bid.id)
    const { status, reasons } = bidStatus(gates, quality?.shortfall ?? null, quality?.qualityLines)
    return {
      bidId: bid.id,
      supplierId: bid.supplierId,
      status,
      reasons,
      ...gates,
      cost,
      co2e,
      pricePoints: final?.priceLine.points ?? null,
      qualityPoints: quality?.qualityPoints ?? null,
      totalPoints: final?.totalPoints ?? null,
      rank: rankOf.get(bid.id) ?? null,
      breakdown: final?.breakdown ?? quality?.qualityLines ?? [],
      pendingEvidence: quality === undefined ? [] : pendingEvidence(gates, quality.qualityLines),
    }
  })
  const pending = evaluations
    .filter((evaluation) => evaluation.rank !== null)
    .flatMap((evaluation) => evaluation.pendingEvidence.map((entry) => ({ bidId: evaluation.bidId, ...entry })))
  return { evaluationDate, provisional: pending.length > 0, ranking, pendingEvidence: pending, bids: evaluations }
}

function assessBid(
  bid: Bid,
  path: string,
  criteria: CriteriaSnapshot,
  evaluationDate: string,
  costs: CostParameters,
  footprint: Co2eParameters,
): AssessedBid {
  const responsesById = indexResponses(bid.responses)
  const verdicts = judgeEvidence(bid.evidence, evaluationDate, `${path}/evidence`)
  return {
    bid,
    responsesById,
    verdicts,
    gates: {
      exclusion: checkExclusions(bid.exclusions, evaluationDate, `${path}/exclusions`),
      selection: checkSelection(criteria.selectionCriteria, responsesById, verdicts),
      technicalSpecifications: checkTechnicalSpecifications(criteria.technicalSpecifications, responsesById, verdicts),
    },
    cost: bidCost(bid.offeredProducts, costs, `${path}/offeredProducts`),
    co2e: bidCo2e(bid.offeredProducts, footprint, `${path}/offeredProducts`),
    submittedAt: parseTimestamp(bid.submittedAt, `${path}/submittedAt`),
  }
}

function sumPoints(lines: readonly ScoreLine[]): number {
  return lines.reduce((total, line) => total + line.points, 0)
}

/** The bid id is the last tie-breaker, so it has to tell bids apart. */
function assertUniqueBidIds(bids: readonly Bid[]): void {
  const seen = new Set<string>()
  bids.forEach((bid, index) => {
    if (seen.has(bid.id)) {
      throw new AssessmentInputError('INVALID_CONFIGURATION', `/bids/${index}/id`, `bid id '${bid.id}' appears twice`)
    }
    seen.add(bid.id)
  })
}
