import t from 'tap'
import { AssessmentInputError } from '../../../services/assessment/domain/errors.ts'
import { assertValidScoringRule, createScorer } from '../../../services/assessment/domain/scoring-rules.ts'
import type { BandedRule, ResponseValue, ScoringRule } from '../../../services/assessment/domain/types.ts'

const points = (rule: ScoringRule, maxPoints: number, field: ResponseValue[], value: ResponseValue) =>
  createScorer(rule, maxPoints, field)(value).points

t.test('relative to lowest', async (t) => {
  // docs/sources.md#scoring-methods, worked example: "40 × 100/105 = 38" (38.095… before rounding).
  const scorer = createScorer({ method: 'relativeToLowest' }, 40, [100, 105])
  t.same(scorer(105), { points: (40 * 100) / 105, formula: '40 × 100 / 105 = 38.10' })
  t.same(scorer(100), { points: 40, formula: '40 × 100 / 100 = 40.00' })
})

t.test('linear interpolation between lowest and highest', async (t) => {
  // docs/sources.md#scoring-methods: S = W × (Pmax − Pi) / (Pmax − Pmin); own numbers, the source gives none.
  const scorer = createScorer({ method: 'linear' }, 40, [100, 105, 120])
  t.same(scorer(105), { points: 30, formula: '40 × (120 − 105) / (120 − 100) = 30.00' })
  t.equal(scorer(100).points, 40)
  t.equal(scorer(120).points, 0, 'the highest price gets nothing')
  t.same(
    createScorer({ method: 'linear' }, 40, [250, 250])(250),
    { points: 40, formula: 'all values equal 250 → full points 40' },
    'all-equal prices share full points instead of dividing by zero',
  )
})

t.test('proportional', async (t) => {
  // docs/sources.md#scoring-methods: S = W × v / v_best (higher is better) or W × v_best / v (lower is better, e.g. kWh).
  t.same(createScorer({ method: 'proportional', direction: 'higherIsBetter' }, 10, [500, 1000])(500), {
    points: 5,
    formula: '10 × 500 / 1000 = 5.00',
  })
  t.same(createScorer({ method: 'proportional', direction: 'lowerIsBetter' }, 10, [15, 20])(20), {
    points: 7.5,
    formula: '10 × 15 / 20 = 7.50',
  })
})

t.test('proportional with zero and negative values', async (t) => {
  const higher: ScoringRule = { method: 'proportional', direction: 'higherIsBetter' }
  t.match(createScorer(higher, 10, [0, 5])(0), { points: 0, formula: /not positive/ })
  t.match(createScorer(higher, 10, [-3, 5])(-3), { points: 0 })
  t.equal(points(higher, 10, [0, 0], 0), 0, 'nobody with a positive value: nobody scores')

  const lower: ScoringRule = { method: 'proportional', direction: 'lowerIsBetter' }
  t.match(createScorer(lower, 10, [0, 12])(0), { points: 10, formula: /lowest possible value/ })
  t.same(createScorer(lower, 10, [0, 12])(12), { points: 0, formula: '10 × 0 / 12 = 0.00' }, 'a best of zero leaves 0 / v')
  t.match(createScorer(lower, 10, [-2, 12])(-2), { points: 0, formula: /undefined for the negative value -2/ })
  t.equal(points(lower, 10, [-2, 12], 12), 10, 'a negative value never becomes the best')
})

// docs/sources.md#national-presets, SE 11193 (computers, advanced award): points for > 500 cycles at 80 %:
// >= 1000 cycles = X; >= 800 = 0.6X; up to 799 = 0.3X.
const batteryBands: BandedRule = {
  method: 'banded',
  bands: [
    { min: 1000, max: null, share: 1 },
    { min: 800, max: 1000, share: 0.6 },
    { min: 501, max: 800, share: 0.3 },
  ],
}

t.test('banded: SE 11193 battery endurance', async (t) => {
  const scorer = createScorer(batteryBands, 10, [])
  t.same(scorer(1200), { points: 10, formula: '1200 in band [1000, ∞) → 1 × 10 = 10.00' })
  t.equal(scorer(1000).points, 10)
  t.same(scorer(999), { points: 6, formula: '999 in band [800, 1000) → 0.6 × 10 = 6.00' })
  t.equal(scorer(800).points, 6)
  t.equal(scorer(799).points, 3)
  t.equal(scorer(501).points, 3)
  t.same(scorer(500), { points: 0, formula: '500 falls in no band → 0' }, 'only endurance above 500 cycles scores')
})

t.test('banded: SE 11169 energy improvement over Reg. 617/2013', async (t) => {
  // docs/sources.md#national-presets, SE 11169: >80 % = X; 60–79 % = 0.8X; 40–59 % = 0.6X; 20–39 % = 0.4X; 10–19 % = 0.2X.
  const rule: BandedRule = {
    method: 'banded',
    bands: [
      { min: 80, max: null, share: 1 },
      { min: 60, max: 80, share: 0.8 },
      { min: 40, max: 60, share: 0.6 },
      { min: 20, max: 40, share: 0.4 },
      { min: 10, max: 20, share: 0.2 },
    ],
  }
  const scorer = createScorer(rule, 20, [])
  const table: [number, number][] = [
    [85, 20],
    [79, 16],
    [79.5, 16],
    [60, 16],
    [59, 12],
    [40, 12],
    [39, 8],
    [20, 8],
    [19, 4],
    [10, 4],
    [9, 0],
  ]
  for (const [improvement, expected] of table) t.equal(scorer(improvement).points, expected, `${improvement} %`)
  t.equal(scorer(80).points, 20, 'the source leaves exactly 80 % in no band; half-open bands put it in the top one')
})

t.test('banded: SE extended warranty and service agreement', async (t) => {
  // docs/sources.md#national-presets, SE computers (core award): +4 y = X; +3 y = 0.75X; +2 y = 0.5X; +1 y = 0.25X.
  const rule: BandedRule = {
    method: 'banded',
    bands: [
      { min: 4, max: null, share: 1 },
      { min: 3, max: 4, share: 0.75 },
      { min: 2, max: 3, share: 0.5 },
      { min: 1, max: 2, share: 0.25 },
    ],
  }
  const scorer = createScorer(rule, 8, [])
  t.same([5, 4, 3, 2, 1, 0].map((years) => scorer(years).points), [8, 8, 6, 4, 2, 0])
})

t.test('regulatory baseline: banded', async (t) => {
  // docs/sources.md#legal-baselines: Reg. (EU) 2023/1670 already requires
  // >= 800 cycles at >= 80 % for smartphones and slate tablets; the SE 11193 bands are borrowed here.
  const smartphoneBands: BandedRule = { ...batteryBands, regulatoryBaseline: 800 }
  const scorer = createScorer(smartphoneBands, 10, [])
  t.same(scorer(800), {
    points: 0,
    formula: '800 does not go beyond the regulatory baseline 800; meeting what the law already requires earns no points → 0',
  })
  t.equal(scorer(799).points, 0, 'below the legal minimum earns nothing either')
  t.same(scorer(900), {
    points: 6,
    formula: 'beyond the regulatory baseline 800: 900 in band [800, 1000) → 0.6 × 10 = 6.00',
  })
  t.equal(scorer(1000).points, 10)

  const standbyWatts: BandedRule = {
    method: 'banded',
    direction: 'lowerIsBetter',
    regulatoryBaseline: 0.5,
    bands: [
      { min: null, max: 0.3, share: 1 },
      { min: 0.3, max: null, share: 0.5 },
    ],
  }
  t.equal(points(standbyWatts, 4, [], 0.5), 0, 'lower is better: the limit itself earns nothing')
  t.equal(points(standbyWatts, 4, [], 0.4), 2)
  t.equal(points(standbyWatts, 4, [], 0.2), 4)
})

t.test('regulatory baseline: proportional scores only the improvement beyond it', async (t) => {
  // docs/sources.md#legal-baselines: 800 cycles is the legal minimum, so 900 against a best of 1200 is 100 of 400 extra cycles.
  const cycles: ScoringRule = { method: 'proportional', direction: 'higherIsBetter', regulatoryBaseline: 800 }
  const scorer = createScorer(cycles, 10, [900, 1200, 800])
  t.same(scorer(900), { points: 2.5, formula: 'beyond the regulatory baseline 800: 10 × (900 − 800) / (1200 − 800) = 2.50' })
  t.equal(scorer(1200).points, 10)
  t.match(scorer(800), { points: 0, formula: /does not go beyond the regulatory baseline 800/ })
  t.equal(points({ method: 'proportional', direction: 'higherIsBetter' }, 10, [900, 1200], 900), 7.5, 'without the baseline 900 would earn 7.5')

  const kWh: ScoringRule = { method: 'proportional', direction: 'lowerIsBetter', regulatoryBaseline: 30 }
  const lower = createScorer(kWh, 10, [20, 25, 30])
  t.same(lower(25), { points: 5, formula: 'beyond the regulatory baseline 30: 10 × (30 − 25) / (30 − 20) = 5.00' })
  t.equal(lower(30).points, 0)
  t.equal(lower(35).points, 0)
})

t.test('label tiers', async (t) => {
  // docs/sources.md#scoring-methods: EPEAT Bronze/Silver/Gold → 0/50/100 % of the criterion points (common practice, to be checked).
  const epeat: ScoringRule = {
    method: 'labelTier',
    tiers: [
      { value: 'bronze', share: 0 },
      { value: 'silver', share: 0.5 },
      { value: 'gold', share: 1 },
    ],
  }
  const scorer = createScorer(epeat, 10, [])
  t.same(scorer('silver'), { points: 5, formula: "'silver' → 0.5 × 10 = 5.00" })
  t.equal(scorer('gold').points, 10)
  t.equal(scorer('bronze').points, 0)
  t.same(scorer('none'), { points: 0, formula: "'none' is not a scored tier → 0" })
})

t.test('boolean', async (t) => {
  const scorer = createScorer({ method: 'boolean' }, 5, [])
  t.same(scorer(true), { points: 5, formula: 'yes → full points 5' })
  t.same(scorer(false), { points: 0, formula: 'no → 0' })
})

t.test('a numeric rule refuses a non-numeric value', async (t) => {
  t.throws(() => createScorer({ method: 'linear' }, 5, [1])('1'), TypeError)
})

t.test('assertValidScoringRule', async (t) => {
  const invalid = (rule: unknown, path: string) =>
    t.throws(() => assertValidScoringRule(rule as ScoringRule, '/scoring'), { code: 'INVALID_CONFIGURATION', path }, path)
  t.doesNotThrow(() => assertValidScoringRule(batteryBands, '/scoring'))
  invalid({ method: 'banded', bands: [] }, '/scoring/bands')
  invalid({ method: 'banded', bands: [{ min: null, max: null, share: 1.5 }] }, '/scoring/bands/0/share')
  invalid({ method: 'banded', bands: [{ min: 10, max: 10, share: 1 }] }, '/scoring/bands/0')
  invalid({ method: 'banded', bands: [{ min: 1, max: null, share: 1 }], regulatoryBaseline: Number.NaN }, '/scoring/regulatoryBaseline')
  invalid({ method: 'proportional', direction: 'higherIsBetter', regulatoryBaseline: Number.POSITIVE_INFINITY }, '/scoring/regulatoryBaseline')
  invalid({ method: 'proportional', direction: 'upwards' }, '/scoring/direction')
  invalid({ method: 'banded', direction: 'down', bands: [{ min: 1, max: null, share: 1 }] }, '/scoring/direction')
  invalid({ method: 'labelTier', tiers: [] }, '/scoring/tiers')
  invalid({ method: 'labelTier', tiers: [{ value: 'gold', share: 1 }, { value: 'gold', share: 0.5 }] }, '/scoring/tiers/1/value')
  invalid({ method: 'labelTier', tiers: [{ value: 'gold', share: -0.1 }] }, '/scoring/tiers/0/share')
  invalid({ method: 'lottery' }, '/scoring/method')
  t.throws(() => assertValidScoringRule({ method: 'banded', bands: [] }, ''), AssessmentInputError)
})
