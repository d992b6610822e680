import t from 'tap'
import { renderHtml, renderMarkdown, tenderTextBlocks, type TenderTextInput } from '../../../services/catalogue/domain/tender-text.ts'
import { exampleCriterion } from '../../../services/catalogue/routes/examples.ts'

const criterion = {
  id: 'X.TS2',
  code: 'TS2',
  version: 3,
  content: {
    ...exampleCriterion.content,
    description: { en: 'Keep <parts> & "repair"', fr: 'Garder les pièces' },
    requirements: [
      ...exampleCriterion.content.requirements,
      { ...exampleCriterion.content.requirements[0]!, id: 'TS2.comp', ambitionLevels: ['comprehensive' as const], title: { en: 'Comprehensive only' } },
      { ...exampleCriterion.content.requirements[0]!, id: 'TS2.fixed', title: { en: 'Battery cycles' }, unit: 'chargeCycle' as const, minValue: 800, buyerParameter: null },
    ],
  },
}
const input: TenderTextInput = {
  setId: 'notebooks-core',
  setVersion: 1,
  content: { title: { en: 'Notebooks, core', fr: 'Ordinateurs portables, base' }, description: { en: 'Set.' }, productCategory: 'notebooks', ambitionLevel: 'core', procurementRoute: 'newEquipment', items: [] },
  criteria: [criterion],
  language: 'fr',
}

t.test('the document follows the set and its ambition level', async (t) => {
  const blocks = tenderTextBlocks(input)
  t.same(blocks[0], { kind: 'heading', level: 1, text: 'Ordinateurs portables, base' })
  t.ok(blocks.some((b) => b.kind === 'heading' && b.text === 'Spécifications techniques'))
  const list = blocks.find((b) => b.kind === 'list')
  t.ok(list && list.kind === 'list')
  if (list?.kind !== 'list') return
  t.equal(list.items.length, 2, 'the comprehensive-only requirement is left out of a core set')
  t.match(list.items[0], /valeur fixée par le pouvoir adjudicateur/, 'buyer-set thresholds are named as such')
  t.match(list.items[1], /au moins 800 cycle de charge complet/)
  t.ok(blocks.some((b) => b.kind === 'paragraph' && b.text === 'Source: X.TS2 v3'))
})

t.test('HTML escapes every text and declares the language', async (t) => {
  const html = renderHtml(input)
  t.match(html, /^<!doctype html>/)
  t.match(html, /<html lang="fr">/)
  t.notMatch(html, /<parts>/)
  const en = renderHtml({ ...input, language: 'en' })
  t.match(en, /Keep &lt;parts&gt; &amp; &quot;repair&quot;/)
})

t.test('Markdown escapes its own syntax', async (t) => {
  const md = renderMarkdown({ ...input, language: 'en' })
  t.match(md, /^# Notebooks, core\n/)
  t.match(md, /### TS2 /)
  t.match(md, /Keep \\<parts\\> & "repair"/)
  t.match(md, /\n- Battery cycles: at least 800 full charge cycle\n/)
})
