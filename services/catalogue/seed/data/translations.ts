/**
 * The translations of the library, read from one folder per language:
 * `translations/<language>/<file>.json`, each a map from key to `{ "en": source, "<language>": text }`.
 *
 * The English source travels with each entry so that a translator sees what to translate, and so that
 * a translation whose English has changed since is recognised as stale and not served. An empty
 * string means "not translated yet". Translators only edit these files; `npm run translations:write`
 * adds new keys and removes old ones (docs/translations.md).
 */
import { existsSync, readFileSync } from 'node:fs'
import { catalogueLanguages } from '../../domain/localization.ts'
import { translationFiles, type TextSlot, type TranslationFile } from './text-slots.ts'

export const translationsDirectory = new URL('./translations/', import.meta.url)

/** One entry of a translation file: the English it translates, the translation, and, when the English changed, the old translation. */
export type TranslationEntry = { en: string; stale?: string } & Record<string, string>
export type TranslationFileContent = Record<string, TranslationEntry>
export type LanguageTranslations = Record<TranslationFile, TranslationFileContent>

/** The languages translators work on, one folder each; English is the source and has none. */
export const translationLanguages = catalogueLanguages.filter((language) => language !== 'en')

export function fileUrl(language: string, file: TranslationFile): URL {
  return new URL(`./${language}/${file}.json`, translationsDirectory)
}

export function readLanguage(language: string): LanguageTranslations {
  return Object.fromEntries(
    translationFiles.map((file) => {
      const url = fileUrl(language, file)
      return [file, existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as TranslationFileContent) : {}]
    }),
  ) as LanguageTranslations
}

/** The translation of a slot, when there is one for its current English. */
export function translationOf(slot: TextSlot, language: string, translations: LanguageTranslations): string | undefined {
  const entry = translations[slot.file][slot.key]
  const text = entry?.[language]?.trim()
  return entry && entry.en === slot.text.en && text ? text : undefined
}

/** Fills every slot with the translations found; returns the number of slots left untranslated per language. */
export function applyTranslations(slots: TextSlot[], byLanguage: Map<string, LanguageTranslations>): Map<string, number> {
  const missing = new Map<string, number>()
  for (const [language, translations] of byLanguage) {
    let count = 0
    for (const slot of slots) {
      const text = translationOf(slot, language, translations)
      if (text === undefined) count++
      else (slot.text as Record<string, string>)[language] = text
    }
    missing.set(language, count)
  }
  return missing
}

export function readAllTranslations(): Map<string, LanguageTranslations> {
  return new Map(translationLanguages.map((language) => [language, readLanguage(language)]))
}
