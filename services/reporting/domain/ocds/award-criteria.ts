import type { OcdsProcurement } from './input.ts'
import { optionalField } from './optional-field.ts'
import type { AwardCriterion, TenderAwardCriteria } from './release-types.ts'

const PRICE_FORMULAS: Record<NonNullable<OcdsProcurement['priceScoring']>['rule'], string> = {
  relativeToLowest: 'points = weight × lowest amount offered / amount of the bid',
  linear: 'points = weight × (highest amount − amount of the bid) / (highest amount − lowest amount); all equal amounts get the full weight',
}

// Price and the award criteria share one scale of points adding up to 100, so every number is
// pointsExact. A price weight of zero means price is not scored, so it is no criterion. Scored on
// the life-cycle cost, the criterion is a cost (the code list's non-price monetary criterion).
export function awardCriteriaOf(procurement: OcdsProcurement): AwardCriterion[] {
  const { weighting, priceScoring } = procurement
  const priceWeight = weighting?.priceWeight ?? 0
  const lifeCycle = priceScoring?.basis === 'lifeCycleCost'
  const price: AwardCriterion[] =
    priceWeight > 0
      ? [{
          type: lifeCycle ? 'cost' : 'price',
          name: lifeCycle ? 'Life-cycle cost' : 'Price',
          ...optionalField('description', priceScoring ? `${lifeCycle ? 'Life-cycle cost after Directive 2014/24/EU Art. 68 (acquisition + yearly energy × tariff × years + service − residual value)' : 'Acquisition price'}: ${PRICE_FORMULAS[priceScoring.rule]}.` : null),
          numbers: [{ number: priceWeight, weight: 'pointsExact' }],
        }]
      : []
  const quality = procurement.criteria
    .filter((c) => c.type === 'awardCriterion')
    .map((c): AwardCriterion => ({
      type: 'quality',
      name: c.title ?? c.id,
      ...optionalField('description', c.description),
      catalogueId: c.id,
      ...optionalField('numbers', c.maxPoints === null ? null : [{ number: c.maxPoints, weight: 'pointsExact' as const }]),
    }))
  // The minimum applies to the quality points together, so it is a criterion of its own.
  const minimum = weighting?.minimumQualityScore
  const threshold: AwardCriterion[] =
    quality.length > 0 && minimum !== undefined && minimum !== null
      ? [{ type: 'quality', name: 'Minimum quality score', description: 'The sum of the quality criteria’s points a bid must reach to be ranked.', numbers: [{ number: minimum, threshold: 'minimumScore' }] }]
      : []
  return [...price, ...quality, ...threshold]
}

// The tender-level summary of the weighting; with no weighting the method is not known.
export function tenderAwardCriteria(weighting: OcdsProcurement['weighting']): TenderAwardCriteria | undefined {
  if (!weighting) return undefined
  if (weighting.priceWeight > 0 && weighting.qualityWeight > 0) return 'ratedCriteria'
  if (weighting.priceWeight > 0) return 'priceOnly'
  return weighting.qualityWeight > 0 ? 'qualityOnly' : undefined
}
