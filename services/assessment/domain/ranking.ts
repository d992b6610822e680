import { Decimal } from 'decimal.js'
import { rankingKey } from './rounding.ts'

export interface RankingCandidate {
  bidId: string
  totalPoints: number
  lifeCycleCost: string
  /** Epoch milliseconds of submission. */
  submittedAt: number
}

/**
 * Bid ids, best first: more points, then the lower life-cycle cost, then the earlier submission, then the bid
 * id, so two evaluations of the same bids always give the same order whatever order the bids came in.
 */
export function rankBids(candidates: readonly RankingCandidate[]): string[] {
  const keyed = candidates.map((candidate) => ({
    ...candidate,
    key: rankingKey(candidate.totalPoints),
    cost: new Decimal(candidate.lifeCycleCost),
  }))
  keyed.sort(
    (a, b) =>
      b.key - a.key ||
      a.cost.comparedTo(b.cost) ||
      a.submittedAt - b.submittedAt ||
      // Code-unit order, not localeCompare: the result must not depend on the server's locale.
      (a.bidId < b.bidId ? -1 : a.bidId > b.bidId ? 1 : 0),
  )
  return keyed.map((candidate) => candidate.bidId)
}
