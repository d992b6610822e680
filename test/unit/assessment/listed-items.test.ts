import t from 'tap'
import { createScorer, assertValidScoringRule } from '../../../services/assessment/domain/scoring-rules.ts'
import { checkResponse } from '../../../services/assessment/domain/requirement-response-check.ts'
import type { ScoringRule } from '../../../services/assessment/domain/types.ts'
import { answer, requirement } from './fixtures.ts'

const tests = ['drop 1.2 m', 'hinge 20 000 cycles', 'screen pressure', 'keyboard spill']
const rule: ScoringRule = { method: 'proportional', direction: 'higherIsBetter', listedItems: tests }

t.test('proportional over the buyer’s list: points × passed ÷ listed', async (t) => {
  // AC2 worth 10 points, four listed tests: two passed earn 10 × 2 ÷ 4 = 5, whatever the other bids pass.
  const scorer = createScorer(rule, 10, [['drop 1.2 m', 'screen pressure'], tests])
  t.same(scorer(['drop 1.2 m', 'screen pressure']), { points: 5, formula: '10 × 2 passed ÷ 4 listed = 5.00' })
  t.same(scorer(tests), { points: 10, formula: '10 × 4 passed ÷ 4 listed = 10.00' })
  t.same(scorer([]), { points: 0, formula: '10 × 0 passed ÷ 4 listed = 0.00' })
  t.equal(createScorer(rule, 10, [['hinge 20 000 cycles']])(['hinge 20 000 cycles']).points, 2.5, 'the best bid does not get full points for one of four')
})

t.test('an empty list cannot be scored against', async (t) => {
  t.throws(() => assertValidScoringRule({ ...rule, listedItems: [] }, '/scoring'), { code: 'INVALID_CONFIGURATION', path: '/scoring/listedItems' })
})

t.test('the answer names listed items, each once', async (t) => {
  const listed = requirement('AC2.testsPassed', { dataType: 'itemList', listedItems: tests })
  t.same(checkResponse(listed, answer(listed.id, ['keyboard spill'])), [])
  t.same(checkResponse(listed, answer(listed.id, [])), [], 'passing none is an answer')
  t.match(checkResponse(listed, answer(listed.id, 2)), [{ code: 'WRONG_TYPE', kind: 'malformed', message: 'expected the list of passed items, got number 2' }])
  t.match(checkResponse(listed, answer(listed.id, ['drop 1.2 m', 'salt fog'])), [{ code: 'NOT_LISTED', path: '/value/1', kind: 'malformed' }])
  t.match(checkResponse(listed, answer(listed.id, ['drop 1.2 m', 'drop 1.2 m'])), [{ code: 'DUPLICATE_ITEM', path: '/value/1' }])
})
