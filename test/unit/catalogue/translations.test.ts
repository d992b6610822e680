import t from 'tap'
import { catalogueLanguages } from '../../../services/catalogue/domain/localization.ts'
import { translationSlots, seedData, tenderTextFrame, untranslatedCounts } from '../../../services/catalogue/seed/data/index.ts'
import { translationFiles, type TextSlot } from '../../../services/catalogue/seed/data/text-slots.ts'
import { applyTranslations, readLanguage, translationLanguages, translationOf, type LanguageTranslations } from '../../../services/catalogue/seed/data/translations.ts'

/**
 * Languages whose translation is complete: the test fails when one of them has an untranslated text.
 * Add a language here once its translators have filled translations/<language>/.
 */
const completeLanguages = ['en', 'fr', 'es', 'pt', 'ar']

t.test('the translation files list every text of the library with its current English', async (t) => {
  for (const language of translationLanguages) {
    const translations = readLanguage(language)
    for (const file of translationFiles) {
      const expected = translationSlots.filter((slot) => slot.file === file)
      const content = translations[file]
      t.same(Object.keys(content), expected.map((slot) => slot.key), `${language}/${file}.json has one entry per text, in library order (npm run translations:write)`)
      const wrongEnglish = expected.filter((slot) => content[slot.key]?.en !== slot.text.en).map((slot) => slot.key)
      t.same(wrongEnglish, [], `${language}/${file}.json carries the current English of every text`)
      const strayFields = Object.entries(content).filter(([, entry]) => Object.keys(entry).some((k) => k !== 'en' && k !== language && k !== 'stale'))
      t.same(strayFields.map(([key]) => key), [], `${language}/${file}.json entries hold only en, ${language} and stale`)
    }
  }
})

t.test('untranslated texts per language', async (t) => {
  t.same([...untranslatedCounts.keys()].sort(), catalogueLanguages.filter((l) => l !== 'en').sort(), 'every catalogue language but English has translation files')
  const counts = new Map<string, number>([['en', translationSlots.filter((slot) => !slot.text.en.trim()).length], ...untranslatedCounts])
  for (const [language, count] of counts) t.comment(`${language}: ${count} of ${translationSlots.length} texts untranslated`)
  for (const language of completeLanguages) t.equal(counts.get(language), 0, `${language} is complete: no untranslated text`)
  t.ok(translationSlots.length > 600, `every text is counted (${translationSlots.length})`)
})

t.test('translations reach the library, the frame and the code lists', async (t) => {
  const title = seedData.criteria.find((c) => c.source.code === 'EU-GPP-2021-CMTS' && c.code === 'TS1')!.content.title
  t.equal(title.fr, 'Fourniture d’un contrat de service étendu', 'a criterion title from fr/criteria.json')
  t.equal(seedData.productCategories.find((c) => c.code === 'tablets')!.name.es, 'Tabletas', 'a category name from es/product-categories.json')
  t.equal(tenderTextFrame.units.workingDay.fr, 'jour ouvré', 'a unit name from fr/code-lists.json')
  t.equal(tenderTextFrame.phrases.verification.es, 'Verificación', 'a tender-text phrase from es/tender-text.json')
})

t.test('a translation of an English text that has since changed is not served', async (t) => {
  const slot = (en: string): TextSlot => ({ file: 'criteria', key: 'X.TS1.title', text: { en } })
  const files = (entry: Record<string, string>): LanguageTranslations =>
    ({ ...Object.fromEntries(translationFiles.map((f) => [f, {}])), criteria: { 'X.TS1.title': entry } }) as unknown as LanguageTranslations
  t.equal(translationOf(slot('Spare parts'), 'fr', files({ en: 'Spare parts', fr: 'Pièces détachées' })), 'Pièces détachées')
  t.equal(translationOf(slot('Spare parts for 5 years'), 'fr', files({ en: 'Spare parts', fr: 'Pièces détachées' })), undefined, 'stale')
  t.equal(translationOf(slot('Spare parts'), 'fr', files({ en: 'Spare parts', fr: '  ' })), undefined, 'blank means untranslated')
  const slots = [slot('Spare parts'), { ...slot('Other'), key: 'X.TS2.title' }]
  const missing = applyTranslations(slots, new Map([['fr', files({ en: 'Spare parts', fr: 'Pièces détachées' })]]))
  t.equal(missing.get('fr'), 1, 'one of two texts left untranslated')
  t.same(slots[0]!.text, { en: 'Spare parts', fr: 'Pièces détachées' })
})
