import { assertValidAwardCriteria } from './award-scoring.ts'
import { AssessmentInputError } from './errors.ts'
import { assertNonNegative } from './numeric-input.ts'
import type { AwardCriterion, PriceBasis, PriceScoringRule, ProcurementSettings } from './types.ts'

const PRICE_BASES: readonly PriceBasis[] = ['lifeCycleCost', 'acquisitionPrice']
const PRICE_METHODS: readonly PriceScoringRule['method'][] = ['relativeToLowest', 'linear']
const CURRENCY_CODE = /^[A-Z]{3}$/

/** Refuses a weighting that could not be applied the same way to every bid, before any bid is looked at. */
export function assertValidProcurement(procurement: ProcurementSettings, awardCriteria: readonly AwardCriterion[]): void {
  const fail = (path: string, message: string): never => {
    throw new AssessmentInputError('INVALID_CONFIGURATION', `/procurement${path}`, message)
  }
  if (!CURRENCY_CODE.test(procurement.currency)) fail('/currency', `'${procurement.currency}' is not an ISO 4217 code`)
  assertNonNegative(procurement.priceWeight, '/procurement/priceWeight')
  const qualityWeight = assertNonNegative(procurement.qualityWeight, '/procurement/qualityWeight')
  const minimum = procurement.minimumQualityScore
  if (minimum !== null && assertNonNegative(minimum, '/procurement/minimumQualityScore') > qualityWeight) {
    fail('/minimumQualityScore', `a minimum of ${minimum} quality points can never be reached out of ${qualityWeight}`)
  }
  if (!PRICE_BASES.includes(procurement.priceScoring.basis)) {
    fail('/priceScoring/basis', `price basis must be one of ${PRICE_BASES.join(', ')}`)
  }
  if (!PRICE_METHODS.includes(procurement.priceScoring.rule.method)) {
    fail('/priceScoring/rule/method', `price is scored by ${PRICE_METHODS.join(' or ')}`)
  }
  assertValidAwardCriteria(awardCriteria, qualityWeight, '/criteria/awardCriteria')
}
