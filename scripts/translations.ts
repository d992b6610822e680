import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { translationSlots, untranslatedCounts } from '../services/catalogue/seed/data/index.ts'
import { translationFiles } from '../services/catalogue/seed/data/text-slots.ts'
import { fileUrl, readLanguage, translationLanguages, type TranslationFileContent } from '../services/catalogue/seed/data/translations.ts'

// `write` brings every translations/<language>/<file>.json in line with the library: each text of
// the library gets an entry with its English source; translations already made are kept; when the
// English changed, the old translation moves to `stale` and the entry counts as untranslated.
// `count` prints the untranslated texts per language.

const mode = process.argv[2]
if (mode !== 'write' && mode !== 'count') {
  process.stderr.write('usage: node scripts/translations.ts write|count\n')
  process.exit(2)
}

/** What the file for this language and file should hold now. */
function expectedFile(language: string, file: (typeof translationFiles)[number]): TranslationFileContent {
  const existing = readLanguage(language)[file]
  const content: TranslationFileContent = {}
  for (const slot of translationSlots.filter((s) => s.file === file)) {
    const previous = existing[slot.key]
    const translation = (slot.text as Record<string, string>)[language] ?? ''
    const entry: TranslationFileContent[string] = { en: slot.text.en, [language]: translation }
    const oldTranslation = previous && previous.en !== slot.text.en ? previous[language] || previous.stale : previous?.stale
    if (oldTranslation && !translation) entry.stale = oldTranslation
    content[slot.key] = entry
  }
  return content
}

if (mode === 'write') {
  for (const language of translationLanguages) {
    for (const file of translationFiles) {
      const url = fileUrl(language, file)
      mkdirSync(path.dirname(fileURLToPath(url)), { recursive: true })
      writeFileSync(url, JSON.stringify(expectedFile(language, file), null, 2) + '\n')
    }
  }
}
for (const [language, count] of untranslatedCounts) process.stdout.write(`${language}: ${count} of ${translationSlots.length} texts untranslated\n`)
