/**
 * Every translatable text of the library, each with the file and key under which translators find it
 * (services/catalogue/seed/data/translations/<language>/<file>.json, docs/translations.md).
 *
 * A slot holds the text object itself, so that applying a translation fills the library in place.
 * Code lists and the tender-text frame live in the domain as English tables; their slots are copies,
 * read back through `localizedTable`.
 */
import type { LocalizedText } from '../../../kernel/schemas.ts'
import { units } from '../../domain/code-lists.ts'
import { tenderTextPhrases } from '../../domain/tender-text.ts'
import type { SeedCriteriaSet, SeedCriterion, SeedEvidenceType, SeedProductCategory } from './types.ts'

export const translationFiles = ['criteria', 'criteria-sets', 'product-categories', 'evidence-types', 'code-lists', 'tender-text'] as const
export type TranslationFile = (typeof translationFiles)[number]

export interface TextSlot {
  file: TranslationFile
  key: string
  text: LocalizedText
}

export interface TranslatableLibrary {
  criteria: SeedCriterion[]
  criteriaSets: SeedCriteriaSet[]
  productCategories: SeedProductCategory[]
  evidenceTypes: SeedEvidenceType[]
}

function criterionSlots(criterion: SeedCriterion): TextSlot[] {
  const id = `${criterion.source.code}.${criterion.code}`
  const c = criterion.content
  return [
    { file: 'criteria', key: `${id}.title`, text: c.title },
    { file: 'criteria', key: `${id}.description`, text: c.description },
    { file: 'criteria', key: `${id}.verification`, text: c.verification },
    ...c.requirements.flatMap((r): TextSlot[] => [
      { file: 'criteria', key: `${id}.${r.id}.title`, text: r.title },
      ...(r.buyerParameter ? [{ file: 'criteria' as const, key: `${id}.${r.id}.buyerParameter`, text: r.buyerParameter.description }] : []),
    ]),
  ]
}

export function librarySlots(library: TranslatableLibrary): TextSlot[] {
  return [
    ...library.criteria.flatMap(criterionSlots),
    ...library.criteriaSets.flatMap((s): TextSlot[] => [
      { file: 'criteria-sets', key: `${s.id}.title`, text: s.content.title },
      { file: 'criteria-sets', key: `${s.id}.description`, text: s.content.description },
    ]),
    ...library.productCategories.flatMap((p): TextSlot[] => [
      { file: 'product-categories', key: `${p.code}.name`, text: p.name },
      { file: 'product-categories', key: `${p.code}.description`, text: p.description },
    ]),
    ...library.evidenceTypes.flatMap((e): TextSlot[] => [
      { file: 'evidence-types', key: `${e.code}.name`, text: e.name },
      { file: 'evidence-types', key: `${e.code}.description`, text: e.description },
    ]),
  ]
}

/** Slots for an English table of the domain, copied so that the domain's table stays English. */
function tableSlots<K extends string>(file: TranslationFile, prefix: string, table: Record<K, LocalizedText>): TextSlot[] {
  return (Object.entries(table) as [K, LocalizedText][]).map(([key, text]) => ({ file, key: `${prefix}${key}`, text: { ...text } }))
}

export function frameSlots(): TextSlot[] {
  const unitNames = Object.fromEntries(Object.entries(units).map(([code, unit]) => [code, unit.name])) as Record<keyof typeof units, LocalizedText>
  return [...tableSlots('code-lists', 'unit.', unitNames), ...tableSlots('tender-text', '', tenderTextPhrases)]
}

/** Reads a table back out of its (translated) slots. */
export function localizedTable<K extends string>(slots: TextSlot[], file: TranslationFile, prefix: string, keys: readonly K[]): Record<K, LocalizedText> {
  const byKey = new Map(slots.filter((s) => s.file === file).map((s) => [s.key, s.text]))
  return Object.fromEntries(
    keys.map((key) => {
      const text = byKey.get(`${prefix}${key}`)
      if (!text) throw new Error(`No ${file} text for ${prefix}${key}`)
      return [key, text]
    }),
  ) as Record<K, LocalizedText>
}
