/**
 * The catalogue's shipped library: sources, reference data, every criterion and the criteria sets.
 */
import { criteriaSets } from './criteria-sets.ts'
import { dpgSoftwareCriteria } from './dpg-software.ts'
import { euGpp2020Criteria } from './eu-gpp-2020-data-centres.ts'
import { euGpp2021Criteria } from './eu-gpp-2021-computers.ts'
import { evidenceTypes } from './evidence-types.ts'
import { productCategories } from './product-categories.ts'
import { sources } from './sources.ts'
import type { SeedCriterion } from './types.ts'

export { criteriaSets, routePools, setMembers, setSpecs, criterionId, equalWeight } from './criteria-sets.ts'
export { dpgSoftwareCriteria, confirmedSourceThresholds } from './dpg-software.ts'
export { euGpp2020Criteria } from './eu-gpp-2020-data-centres.ts'
export { euGpp2021Criteria, refurbishedOnlyCodes, generalCodesForRefurbished } from './eu-gpp-2021-computers.ts'
export { evidenceTypes } from './evidence-types.ts'
export { productCategories } from './product-categories.ts'
export { sources, EU_GPP_2021_CMTS, EU_GPP_2020_DC, DPG_GOVSTACK } from './sources.ts'
export type * from './types.ts'

export const criteria: SeedCriterion[] = [...euGpp2021Criteria, ...euGpp2020Criteria, ...dpgSoftwareCriteria]

export const seedData = { sources, productCategories, evidenceTypes, criteria, criteriaSets }
