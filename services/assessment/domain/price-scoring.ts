import { Decimal } from 'decimal.js'
import { formatMoney } from './rounding.ts'
import { createScorer } from './scoring-rules.ts'
import type { BidCost, PriceBasis, PriceScoring, ScoreLine } from './types.ts'

export const PRICE_CRITERION_ID = 'price'

const BASIS_LABEL: Record<PriceBasis, string> = {
  lifeCycleCost: 'life-cycle cost',
  acquisitionPrice: 'acquisition price',
}

/** The amount price points are computed from: the published, cent-rounded figure a bidder can recompute. */
function scoredPrice(cost: BidCost, basis: PriceBasis): string {
  return basis === 'lifeCycleCost' ? cost.lifeCycleCost : cost.acquisition
}

/**
 * Prepares price scoring among the bids still competing (`field`, their costs); lowest price or cost is best.
 * Returns the explained price line for any one of them.
 */
export function createPriceScorer(
  priceScoring: PriceScoring,
  maxPoints: number,
  field: readonly BidCost[],
): (cost: BidCost) => ScoreLine {
  const amounts = field.map((cost) => Number(scoredPrice(cost, priceScoring.basis)))
  const scorer = createScorer(priceScoring.rule, maxPoints, amounts, (n) => formatMoney(new Decimal(n)))
  return (cost) => {
    const amount = scoredPrice(cost, priceScoring.basis)
    const { points, formula } = scorer(Number(amount))
    return {
      criterionId: PRICE_CRITERION_ID,
      input: amount,
      rule: priceScoring.rule,
      formula: `${BASIS_LABEL[priceScoring.basis]} in ${cost.currency}: ${formula}`,
      points,
    }
  }
}
