import { tenderAwardCriteria } from './award-criteria.ts'
import { procurementCategory } from './codes.ts'
import { requirementCriteriaOf, selectionCriteriaOf } from './criteria.ts'
import type { OcdsProcurement } from './input.ts'
import { lotsOf } from './lots.ts'
import { optionalField } from './optional-field.ts'
import type { Tender, TenderStatus } from './release-types.ts'
import { sustainabilityOf } from './sustainability.ts'

export function tenderOf(procurement: OcdsProcurement, status: TenderStatus): Tender {
  const sustainability = sustainabilityOf(procurement.criteria)
  const selection = selectionCriteriaOf(procurement.criteria)
  return {
    id: procurement.id,
    title: procurement.title,
    status,
    mainProcurementCategory: procurementCategory(procurement.productCategory),
    ...optionalField('items', procurement.cpvCodes.map((cpv, i) => ({ id: String(i + 1), classification: { scheme: 'CPV' as const, id: cpv } }))),
    ...optionalField('awardCriteria', tenderAwardCriteria(procurement.weighting)),
    hasSustainability: sustainability.length > 0,
    ...optionalField('sustainability', sustainability),
    ...optionalField('lots', lotsOf(procurement)),
    ...optionalField('criteria', requirementCriteriaOf(procurement.criteria)),
    ...optionalField('selectionCriteria', selection.length > 0 ? { criteria: selection } : null),
  }
}
