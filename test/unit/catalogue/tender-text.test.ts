import t from 'tap'
import { catalogueLanguages, pickWithLanguage } from '../../../services/catalogue/domain/localization.ts'
import { renderHtml, renderMarkdown, servedLanguages, tenderTextBlocks, tenderTextPhrases, type TenderTextFrame, type TenderTextInput } from '../../../services/catalogue/domain/tender-text.ts'
import { units } from '../../../services/catalogue/domain/code-lists.ts'
import { exampleCriterion } from '../../../services/catalogue/routes/examples.ts'
import { criterionId, seedData, tenderTextFrame } from '../../../services/catalogue/seed/data/index.ts'
import type { ScoringRule } from '../../../services/catalogue/schemas/criterion.ts'

const englishUnits = Object.fromEntries(Object.entries(units).map(([code, unit]) => [code, unit.name])) as TenderTextFrame['units']
const frame: TenderTextFrame = {
  phrases: { ...tenderTextPhrases, technicalSpecification: { en: 'Technical specifications', fr: 'Spécifications techniques', ar: 'المواصفات الفنية' }, minimum: { en: 'at least', fr: 'au moins' } },
  units: { ...englishUnits, chargeCycle: { en: 'full charge cycle', fr: 'cycle de charge complet' } },
}

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
  frame,
}
const textOf = (spans: { text: string }[]) => spans.map((s) => s.text).join('')

t.test('the document follows the set and its ambition level', async (t) => {
  const blocks = tenderTextBlocks(input)
  t.same(blocks[0], { kind: 'heading', level: 1, spans: [{ text: 'Ordinateurs portables, base', language: 'fr' }] })
  t.ok(blocks.some((b) => b.kind === 'heading' && textOf(b.spans) === 'Spécifications techniques'))
  const list = blocks.find((b) => b.kind === 'list')
  if (list?.kind !== 'list') return t.fail('no requirement list')
  t.equal(list.items.length, 2, 'the comprehensive-only requirement is left out of a core set')
  const blank = textOf(list.items[0]!)
  t.match(blank, /: au moins ______ year; \[to be completed by the contracting authority before publication: /, 'a buyer-set threshold is a marked blank saying who decides')
  t.match(blank, new RegExp(exampleCriterion.content.requirements[0]!.buyerParameter!.description.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'and what the buyer decides')
  t.equal(textOf(list.items[1]!), 'Battery cycles: au moins 800 cycle de charge complet')
  t.ok(blocks.some((b) => b.kind === 'paragraph' && textOf(b.spans) === 'Catalogue reference: X.TS2, version 3'))
})

t.test('Content-Language names what was served; fallback pieces say so', async (t) => {
  t.same(servedLanguages(tenderTextBlocks(input), 'fr'), ['fr', 'en'], 'French first, English for what is not translated')
  t.same(servedLanguages(tenderTextBlocks({ ...input, language: 'en' }), 'en'), ['en'])
  t.same(servedLanguages(tenderTextBlocks({ ...input, language: 'pt' }), 'pt'), ['en'], 'nothing in Portuguese: the text is English and says so')
  const html = renderHtml(input)
  t.same(html.languages, ['fr', 'en'])
  t.match(html.body, /<html lang="fr" dir="ltr">/)
  t.match(html.body, /<li><span lang="en" dir="ltr">Battery cycles<\/span>: au moins 800 cycle de charge complet<\/li>/, 'an English requirement title in a French document is marked')
  t.match(html.body, /<p>Garder les pièces<\/p>/)
  const md = renderMarkdown(input)
  t.match(md.body, /\n- Battery cycles \(English text, not yet translated\): au moins 800 cycle de charge complet/, 'Markdown marks the English field')
})

t.test('Arabic HTML is right to left, English pieces inside it left to right', async (t) => {
  const html = renderHtml({ ...input, language: 'ar' })
  t.same(html.languages, ['ar', 'en'])
  t.match(html.body, /<html lang="ar" dir="rtl">/)
  t.match(html.body, /<h2>المواصفات الفنية<\/h2>/)
  t.match(html.body, /<h1><span lang="en" dir="ltr">Notebooks, core<\/span><\/h1>/)
})

t.test('HTML and Markdown escape every text', async (t) => {
  const html = renderHtml({ ...input, language: 'en' }).body
  t.match(html, /^<!doctype html>/)
  t.match(html, /Keep &lt;parts&gt; &amp; &quot;repair&quot;/)
  const md = renderMarkdown({ ...input, language: 'en' }).body
  t.match(md, /^# Notebooks, core\n/)
  t.match(md, /Keep \\<parts\\> & "repair"/)
  t.match(md, /\n- Battery cycles: at least 800 full charge cycle\n/)
})

t.test('award criteria state weighting, method in words and formula', async (t) => {
  const award = (scoring: ScoringRule, weight: number | null) => {
    const content = { ...criterion.content, type: 'awardCriterion' as const, scoring, requirements: [{ ...criterion.content.requirements[2]!, presets: [] }] }
    const blocks = tenderTextBlocks({
      ...input,
      language: 'en',
      criteria: [{ ...criterion, content }],
      content: { ...input.content, items: [{ criterionId: 'X.TS2', criterionVersion: 3, suggestedWeight: weight }] },
    })
    return blocks.map((b) => (b.kind === 'list' ? b.items.map((i) => `- ${textOf(i)}`).join('\n') : textOf(b.spans))).join('\n')
  }
  const proportional = award({ method: 'proportional', requirementId: 'TS2.fixed', direction: 'higherIsBetter', bands: null, tiers: null, bandsSource: 'internal: no bands in the references' }, 25)
  t.match(proportional, /Weighting: 25 of the 100 quality points/)
  t.match(proportional, /Scoring method: points in proportion to the value offered, relative to the highest value offered/)
  t.match(proportional, /Formula: points = W × value offered ÷ highest value offered \(W is the weighting of this criterion\)\./)
  t.match(proportional, /Scored requirement: Battery cycles\./)
  t.notMatch(proportional, /internal|references/, 'where bands come from is an admin field, not tender text')
  const withBaseline = tenderTextBlocks({
    ...input,
    language: 'en',
    criteria: [{ ...criterion, content: { ...criterion.content, type: 'awardCriterion' as const, scoring: { method: 'proportional', requirementId: 'TS2.fixed', direction: 'higherIsBetter', bands: null, tiers: null, bandsSource: null }, requirements: [{ ...criterion.content.requirements[2]!, minValue: null, presets: [{ value: 800, label: 'EU 2023/1670', kind: 'regulatoryBaseline', sourceUrl: null }] }] } }],
  })
  const baselineText = withBaseline.flatMap((b) => (b.kind === 'list' ? [] : [textOf(b.spans)])).join('\n')
  t.match(baselineText, /only what goes beyond the legal minimum of 800 full charge cycle earns points/, 'a legal minimum earns no points, in words')
  t.match(baselineText, /points = W × \(value offered − 800\) ÷ \(highest value offered − 800\); 0 at or below 800/, 'and in the formula')
  const lower = award({ method: 'proportional', requirementId: 'TS2.fixed', direction: 'lowerIsBetter', bands: null, tiers: null, bandsSource: null }, null)
  t.match(lower, /Weighting: ______ of the 100 quality points/, 'no weight: a blank for the buyer')
  t.match(lower, /points = W × lowest value offered ÷ value offered/)
  const banded = award(
    { method: 'banded', requirementId: 'TS2.fixed', direction: 'higherIsBetter', bands: [{ min: 1000, max: null, share: 1 }, { min: 800, max: 1000, share: 0.6 }, { min: null, max: 800, share: 0.3 }], tiers: null, bandsSource: null },
    12.5,
  )
  t.match(banded, /- 1000 or more: 100 % of W\n- from 800 to below 1000: 60 % of W\n- below 800: 30 % of W/)
  const open = award({ method: 'banded', requirementId: 'TS2.fixed', direction: 'higherIsBetter', bands: null, tiers: null, bandsSource: null }, 10)
  t.match(open, /- bands and their shares of W: ______ \[to be completed by the contracting authority before publication\]/)
  const tiers = award({ method: 'labelTier', requirementId: 'TS2.fixed', direction: null, bands: null, tiers: [{ value: 'Gold', share: 1 }, { value: 'Silver', share: 0.5 }], bandsSource: null }, 20)
  t.match(tiers, /points by the label tier \(or equivalent\) the product reaches/)
  t.match(tiers, /- Gold: 100 % of W\n- Silver: 50 % of W/)
  const yesNo = award({ method: 'boolean', requirementId: 'TS2.fixed', direction: null, bands: null, tiers: null, bandsSource: null }, 5)
  t.match(yesNo, /points = W if met; points = 0 if not met/)
})

/** Research notes and admin wording that must never reach a bidder. */
const INTERNAL_NOTES = [
  /not confirmed in the references/i,
  /\bin the references\b/i,
  /\bLO\d+\b/,
  /\(V( title)?\)/,
  /\bV idea\b/,
  /formula \d+\.\d+/i,
  /docs\/|sources\.md/,
  /No official EU bands/i,
  /\bbandsSource\b|\bregulatoryBaseline\b|\bbuyerParameter\b/,
  /\bTODO\b|\bFIXME\b/,
]

t.test('every seeded set, in every language, is tender text a buyer can paste', async (t) => {
  const byId = new Map(seedData.criteria.map((c) => [criterionId(c), c]))
  for (const set of seedData.criteriaSets) {
    const criteria = set.content.items.map((item) => {
      const c = byId.get(item.criterionId)!
      return { id: item.criterionId, code: c.code, version: 1, content: c.content }
    })
    for (const language of catalogueLanguages) {
      const rendered = { html: renderHtml({ setId: set.id, setVersion: 1, content: set.content, criteria, language, frame: tenderTextFrame }), md: renderMarkdown({ setId: set.id, setVersion: 1, content: set.content, criteria, language, frame: tenderTextFrame }) }
      for (const [format, { body }] of Object.entries(rendered)) {
        const leaks = INTERNAL_NOTES.filter((pattern) => pattern.test(body)).map(String)
        if (leaks.length > 0) t.fail(`${set.id} ${language} ${format} leaks internal notes: ${leaks.join(', ')}`)
      }
      const awards = criteria.filter((c) => c.content.type === 'awardCriterion').length
      const blocks = tenderTextBlocks({ setId: set.id, setVersion: 1, content: set.content, criteria, language, frame: tenderTextFrame })
      const opening = (key: 'formula' | 'scoringMethod') => pickWithLanguage(tenderTextFrame.phrases[key], language).text
      const count = (key: 'formula' | 'scoringMethod') => blocks.filter((b) => b.kind === 'paragraph' && b.spans[0]?.text === opening(key)).length
      if (count('formula') !== awards || count('scoringMethod') !== awards) t.fail(`${set.id} ${language}: every award criterion states its method and formula`)
      if (language === 'en' && (rendered.md.body.match(/\nWeighting: \d/g) ?? []).length !== awards) t.fail(`${set.id}: every award criterion states its weighting`)
      if (language === 'en' && rendered.html.languages.join() !== 'en') t.fail(`${set.id}: English is served in English only`)
    }
  }
  t.pass('checked every set in every language')
})
