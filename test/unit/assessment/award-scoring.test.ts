import t from 'tap'
import { assertValidAwardCriteria, scoreAwardCriteria } from '../../../services/assessment/domain/award-scoring.ts'
import { indexResponses } from '../../../services/assessment/domain/requirement-response-check.ts'
import type { AwardCriterion, RequirementResponse } from '../../../services/assessment/domain/types.ts'
import { answer, requirement } from './fixtures.ts'

// docs/sources.md#national-presets, SE 11193: points for endurance above 500 cycles "at 80 %" capacity, so the
// capacity is a condition of the criterion and the cycles are what the bands score.
const batteryEndurance: AwardCriterion = {
  id: 'AC1',
  maxPoints: 20,
  requirements: [
    requirement('cycles', { dataType: 'integer', unit: 'cycles' }),
    requirement('capacity-at-cycles', { unit: '%', minValue: 80 }),
  ],
  scoredRequirementId: 'cycles',
  scoring: {
    method: 'banded',
    bands: [
      { min: 1000, max: null, share: 1 },
      { min: 800, max: 1000, share: 0.6 },
      { min: 501, max: 800, share: 0.3 },
    ],
  },
}
// docs/sources.md#scoring-methods: proportional, lower is better (kWh).
const energy: AwardCriterion = {
  id: 'AC5',
  maxPoints: 10,
  requirements: [requirement('tec', { unit: 'kWh/yr', minValue: 0 })],
  scoredRequirementId: 'tec',
  scoring: { method: 'proportional', direction: 'lowerIsBetter' },
}

const competitor = (bidId: string, responses: RequirementResponse[]) => ({ bidId, responsesById: indexResponses(responses), verdicts: new Map() })

t.test('one explained line per criterion and bid', async (t) => {
  const lines = scoreAwardCriteria(
    [batteryEndurance, energy],
    [
      competitor('a', [answer('cycles', 1000), answer('capacity-at-cycles', 80), answer('tec', 15)]),
      competitor('b', [answer('cycles', 850), answer('capacity-at-cycles', 82), answer('tec', 20)]),
    ],
  )
  t.same(lines.get('a'), [
    { criterionId: 'AC1', input: 1000, rule: batteryEndurance.scoring, formula: '1000 in band [1000, ∞) → 1 × 20 = 20.00', points: 20, evidence: null },
    { criterionId: 'AC5', input: 15, rule: energy.scoring, formula: '10 × 15 / 15 = 10.00', points: 10, evidence: null },
  ])
  t.same(
    lines.get('b')?.map((line) => [line.criterionId, line.points]),
    [
      ['AC1', 12],
      ['AC5', 7.5],
    ],
  )
})

t.test('a bid not meeting a condition earns nothing and does not set the best value', async (t) => {
  const lines = scoreAwardCriteria(
    [batteryEndurance, energy],
    [
      competitor('a', [answer('cycles', 1200), answer('capacity-at-cycles', 70), answer('tec', 10)]),
      competitor('b', [answer('cycles', 900), answer('capacity-at-cycles', 80), answer('tec', -1)]),
      competitor('c', [answer('cycles', 900), answer('capacity-at-cycles', 80), answer('tec', 20)]),
    ],
  )
  t.same(lines.get('a')?.[0], {
    criterionId: 'AC1',
    input: 1200,
    rule: batteryEndurance.scoring,
    formula: 'not scored, capacity-at-cycles: 70 % is below the minimum of 80 % → 0',
    points: 0,
    evidence: null,
  })
  t.match(lines.get('b')?.[1], { input: -1, points: 0, formula: /tec: -1 kWh\/yr is below the minimum of 0 kWh\/yr/ })
  t.equal(lines.get('a')?.[1]?.points, 10, 'a is the lowest valid energy use')
  t.equal(lines.get('c')?.[1]?.points, 5, 'b’s invalid -1 kWh never became the best value')
  t.match(scoreAwardCriteria([energy], [competitor('d', [])]).get('d'), [{ input: null, points: 0, formula: /no answer to requirement tec/ }])
})

t.test('assertValidAwardCriteria', async (t) => {
  t.doesNotThrow(() => assertValidAwardCriteria([batteryEndurance, energy], 30, '/criteria/awardCriteria'))
  t.doesNotThrow(() => assertValidAwardCriteria([], 0, '/criteria/awardCriteria'), 'price-only award')
  t.throws(() => assertValidAwardCriteria([batteryEndurance, energy], 60, '/criteria/awardCriteria'), {
    code: 'INVALID_CONFIGURATION',
    path: '/criteria/awardCriteria',
    message: 'award criteria share out 30 points but the quality weight is 60',
  })
  t.throws(() => assertValidAwardCriteria([{ ...energy, scoredRequirementId: 'kwh' }], 10, '/c'), { code: 'INVALID_CONFIGURATION', path: '/c/0/scoredRequirementId' })
  t.throws(() => assertValidAwardCriteria([energy, { ...energy, maxPoints: -10 }], 0, '/c'), { code: 'INVALID_CONFIGURATION', path: '/c/1/maxPoints' })
  t.throws(
    () => assertValidAwardCriteria([{ ...energy, scoring: { method: 'boolean' } }], 10, '/c'),
    { code: 'INVALID_CONFIGURATION', path: '/c/0/scoring/method', message: 'a boolean rule scores boolean values but requirement tec holds number values' },
  )
  t.throws(
    () => assertValidAwardCriteria([{ ...energy, scoring: { method: 'banded', bands: [] } }], 10, '/c'),
    { code: 'INVALID_CONFIGURATION', path: '/c/0/scoring/bands' },
  )
})
