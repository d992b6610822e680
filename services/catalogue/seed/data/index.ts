/**
 * The catalogue's shipped library: sources, reference data, every criterion and the criteria sets.
 */
import { circularIctCriteria } from './circular-ict-own.ts'
import { criteriaSets } from './criteria-sets.ts'
import { dpgSoftwareCriteria } from './dpg-software.ts'
import { euGpp2020Criteria } from './eu-gpp-2020-data-centres.ts'
import { euGpp2021Criteria } from './eu-gpp-2021-computers.ts'
import { evidenceTypes } from './evidence-types.ts'
import { productCategories } from './product-categories.ts'
import { sources } from './sources.ts'
import { frameSlots, librarySlots, localizedTable, type TextSlot } from './text-slots.ts'
import { applyTranslations, readAllTranslations } from './translations.ts'
import type { SeedCriterion } from './types.ts'
import { unitCodes } from '../../domain/code-lists.ts'
import { tenderTextPhrases, type PhraseKey, type TenderTextFrame } from '../../domain/tender-text.ts'

export { criteriaSets, routePools, setMembers, setSpecs, criterionId, equalWeight } from './criteria-sets.ts'
export { circularIctCriteria } from './circular-ict-own.ts'
export { dpgSoftwareCriteria, confirmedSourceThresholds } from './dpg-software.ts'
export { euGpp2020Criteria } from './eu-gpp-2020-data-centres.ts'
export { euGpp2021Criteria, refurbishedOnlyCodes, generalCodesForRefurbished } from './eu-gpp-2021-computers.ts'
export { evidenceTypes } from './evidence-types.ts'
export { productCategories } from './product-categories.ts'
export { sources, EU_GPP_2021_CMTS, EU_GPP_2020_DC, DPG_GOVSTACK, CIRC_ICT } from './sources.ts'
export type * from './types.ts'

export const criteria: SeedCriterion[] = [...euGpp2021Criteria, ...euGpp2020Criteria, ...dpgSoftwareCriteria, ...circularIctCriteria]

const frame = frameSlots()

/**
 * Every translatable text with its key, translated from the per-language files at start. The seed
 * stores criteria, sets, categories and evidence types with all their languages; code-list labels
 * and the tender-text frame are served from `tenderTextFrame`.
 */
export const translationSlots: TextSlot[] = [...librarySlots({ criteria, criteriaSets, productCategories, evidenceTypes }), ...frame]

/** Untranslated texts per language (stale translations included), as found in the files. */
export const untranslatedCounts: Map<string, number> = applyTranslations(translationSlots, readAllTranslations())

/** Unit names (the labels of the unit code list), in every language translated so far. */
export const unitNames = localizedTable(frame, 'code-lists', 'unit.', unitCodes)

/** The tender-text phrases and unit names, in every language translated so far. */
export const tenderTextFrame: TenderTextFrame = {
  phrases: localizedTable(frame, 'tender-text', '', Object.keys(tenderTextPhrases) as PhraseKey[]),
  units: unitNames,
}

export const seedData = { sources, productCategories, evidenceTypes, criteria, criteriaSets }
