import t from 'tap'
import {
  LEVEL_NAMES,
  QUESTIONNAIRE_ITEMS,
  SELF_ASSESSMENT,
  STAGE_SCALE,
} from '../../../services/reporting/domain/maturity/self-assessment-questionnaire.ts'

// docs/sources.md#maturity-questionnaire: 8 policy items, 11 condition items, 12 process items.
t.test('the questionnaire holds its 31 items by level (docs/sources.md#maturity-questionnaire)', async (t) => {
  const count = (level: number) => QUESTIONNAIRE_ITEMS.filter((i) => i.level === level).length
  t.same([count(1), count(2), count(3)], [8, 11, 12])
  t.equal(new Set(QUESTIONNAIRE_ITEMS.map((i) => i.id)).size, 31, 'ids are unique')
  t.equal(QUESTIONNAIRE_ITEMS[0]?.id, 'P1.1')
  t.equal(QUESTIONNAIRE_ITEMS.at(-1)?.id, 'P3.12')
})

t.test('every item is anchored in a source', async (t) => {
  for (const item of QUESTIONNAIRE_ITEMS) t.ok(item.sources.length > 0, item.id)
  t.same(QUESTIONNAIRE_ITEMS.find((i) => i.id === 'P1.1')?.sources, [
    'ITU guide, level of guidance 1',
    'ITU Academy course, learning outcome 1',
    'ITU-T L.1061 clause 8.1 (policy)',
    'SDG indicator 12.7.1, item A.1',
  ])
})

t.test('what a respondent reads names public sources, never a research note', async (t) => {
  const notes = /\((V|S|R)\b|V title|V idea|\bLO\d|→ D item|not retrievable|formula \d/
  for (const item of QUESTIONNAIRE_ITEMS) {
    for (const text of [item.text, ...item.sources]) if (notes.test(text)) t.fail(`${item.id}: ${text}`)
  }
  t.pass('checked every item')
})

t.test('levels carry the guide’s three level names', async (t) => {
  t.same(Object.values(LEVEL_NAMES), [
    'Policy and strategy',
    'Creating the conditions',
    'Embedding circularity and sustainability into procurement processes',
  ])
})

t.test('it is presented as our own questionnaire, never as an ITU model', async (t) => {
  t.notMatch(SELF_ASSESSMENT.title, /ITU (maturity )?model/i)
  t.match(SELF_ASSESSMENT.title, /not an ITU publication/)
  t.notMatch(SELF_ASSESSMENT.id, /itu/i)
})

t.test('five stages 0–4; only the e-services items may be not applicable', async (t) => {
  t.same(STAGE_SCALE.map((s) => s.value), [0, 1, 2, 3, 4])
  t.same(
    QUESTIONNAIRE_ITEMS.filter((i) => i.notApplicableAllowed).map((i) => i.id),
    ['P3.9', 'P3.10', 'P3.11'],
  )
})
