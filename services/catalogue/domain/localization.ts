/**
 * The languages of the catalogue: English, the source, and the languages of the public buyers the
 * ITU guide addresses. Translations live in services/catalogue/seed/data/translations/<language>/.
 */
export const catalogueLanguages = ['en', 'fr', 'es', 'pt', 'ar'] as const

/** Languages written right to left. */
const rightToLeft = new Set(['ar', 'fa', 'he', 'ur'])

export function textDirection(language: string): 'rtl' | 'ltr' {
  return rightToLeft.has(language.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr'
}

export type LocalizedText = { en: string } & Record<string, string>

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** BCP 47 keys only; returns the offending keys so the caller can name them. */
export function invalidLanguageKeys(text: Record<string, string>): string[] {
  return Object.keys(text).filter((key) => !LANGUAGE_TAG.test(key))
}

/**
 * Picks the language for a single-string rendering from an Accept-Language header, honouring
 * q-values and falling back from a region (fr-CA) to its language (fr), and finally to English.
 */
export function negotiateLanguage(header: string | undefined, available: Iterable<string>): string {
  const offered = new Set(available)
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index }
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    if (offered.has(tag)) return tag
    const primary = tag.split('-')[0]!.toLowerCase()
    if (offered.has(primary)) return primary
  }
  return 'en'
}

export function pick(text: LocalizedText, language: string): string {
  return text[language] ?? text.en
}

/** The text in the language asked for, or in English, saying which one it is. */
export function pickWithLanguage(text: LocalizedText, language: string): { text: string; language: string } {
  const translated = text[language]
  return translated === undefined ? { text: text.en, language: 'en' } : { text: translated, language }
}
