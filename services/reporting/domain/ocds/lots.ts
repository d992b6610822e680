import { awardCriteriaOf } from './award-criteria.ts'
import type { OcdsProcurement } from './input.ts'
import { optionalField } from './optional-field.ts'
import type { Lot } from './release-types.ts'
import { sustainabilityOf } from './sustainability.ts'

// The criteria are chosen for the whole procurement, so every lot carries the same sustainability
// and award criteria; award criteria have to be repeated per lot because the extension only puts
// them on lots. Each lot gets its own objects, so a caller editing one lot cannot change another.
export function lotsOf(procurement: OcdsProcurement): Lot[] {
  return procurement.lots.map((lot) => {
    const sustainability = sustainabilityOf(procurement.criteria)
    const awardCriteria = awardCriteriaOf(procurement)
    return {
      id: lot.id,
      title: lot.title,
      hasSustainability: sustainability.length > 0,
      ...optionalField('sustainability', sustainability),
      ...optionalField('awardCriteria', awardCriteria.length > 0 ? { criteria: awardCriteria } : null),
    }
  })
}
