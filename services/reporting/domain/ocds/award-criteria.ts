import type { OcdsProcurement } from './input.ts'
import { optionalField } from './optional-field.ts'
import type { AwardCriterion, TenderAwardCriteria } from './release-types.ts'

// Price and the award criteria share one scale of points adding up to 100, so every number is
// pointsExact. A price weight of zero means price is not scored, so it is no criterion.
export function awardCriteriaOf(procurement: OcdsProcurement): AwardCriterion[] {
  const priceWeight = procurement.weighting?.priceWeight ?? 0
  const price: AwardCriterion[] = priceWeight > 0 ? [{ type: 'price', name: 'Price', numbers: [{ number: priceWeight, weight: 'pointsExact' }] }] : []
  const quality = procurement.criteria
    .filter((c) => c.type === 'awardCriterion')
    .map((c): AwardCriterion => ({
      type: 'quality',
      name: c.id,
      catalogueId: c.id,
      ...optionalField('numbers', c.maxPoints === null ? null : [{ number: c.maxPoints, weight: 'pointsExact' as const }]),
    }))
  return [...price, ...quality]
}

// The tender-level summary of the weighting; with no weighting the method is not known.
export function tenderAwardCriteria(weighting: OcdsProcurement['weighting']): TenderAwardCriteria | undefined {
  if (!weighting) return undefined
  if (weighting.priceWeight > 0 && weighting.qualityWeight > 0) return 'ratedCriteria'
  if (weighting.priceWeight > 0) return 'priceOnly'
  return weighting.qualityWeight > 0 ? 'qualityOnly' : undefined
}
