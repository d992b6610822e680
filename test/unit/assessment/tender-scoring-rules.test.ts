import t from 'tap'
import { ruleFormula, tenderScoringRules } from '../../../services/assessment/domain/tender-scoring-rules.ts'
import type { CriteriaSnapshot } from '../../../services/assessment/domain/types.ts'
import { procurementSettings, requirement } from './fixtures.ts'

const criteria: CriteriaSnapshot = {
  technicalSpecifications: [],
  selectionCriteria: [],
  awardCriteria: [
    {
      id: 'AC1', maxPoints: 30, evidenceRequired: true, requirements: [requirement('cycles')], scoredRequirementId: 'cycles',
      scoring: { method: 'banded', regulatoryBaseline: 800, bands: [{ min: 1000, max: null, share: 1 }, { min: 800, max: 1000, share: 0.6 }] },
    },
    {
      id: 'AC2', maxPoints: 10, requirements: [requirement('tests', { dataType: 'itemList', listedItems: ['drop', 'hinge', 'screen', 'spill'] })], scoredRequirementId: 'tests',
      scoring: { method: 'proportional', direction: 'higherIsBetter', listedItems: ['drop', 'hinge', 'screen', 'spill'] },
    },
  ],
}

t.test('the tender publishes every rule with its numbers', async (t) => {
  const rules = tenderScoringRules(procurementSettings({ priceWeight: 60, qualityWeight: 40, years: 6 }), criteria)
  t.same(rules.price, {
    basis: 'lifeCycleCost', method: 'relativeToLowest', maxPoints: 60,
    formula: 'Computed on the life-cycle cost among the bids still competing: 60 × lowest ÷ own; the lowest amount earns 60.',
  })
  t.same(rules.quality.criteria, [
    {
      criterionId: 'AC1', maxPoints: 30, method: 'banded', evidenceRequired: true,
      formula: 'Scores cycles; every requirement of the criterion must be met. Not beyond the regulatory baseline 800 (at or below): 0. ' +
        'Bands, minimum included, maximum excluded, first match wins: [1000, ∞) → 1 × 30; [800, 1000) → 0.6 × 30; outside every band: 0. Counts only once its evidence is verified.',
    },
    {
      criterionId: 'AC2', maxPoints: 10, method: 'proportional', evidenceRequired: false,
      formula: 'Scores tests; every requirement of the criterion must be met. 10 × passed ÷ 4 listed (drop; hinge; screen; spill), whatever the other bids pass.',
    },
  ])
  t.match(rules.lifeCycleCost, /^Over the horizon H = 6 years/)
  t.equal(rules.tieBreak.length, 4)
  t.match(rules.tieBreak[2], /Earlier submission/)
  t.same(rules.scales.map((scale) => scale.id), ['ipCode', 'ashraeClass', 'euLabelClass', 'epeatTier', 'tcoGeneration'])
  t.match(rules.co2e, /annualisedKgPerYear = quantity × \(embodied kg ÷ declared lifetime L/)
})

t.test('linear price and relative proportional formulas', async (t) => {
  const linear = tenderScoringRules(procurementSettings({ priceScoring: { basis: 'acquisitionPrice', rule: { method: 'linear' } } }), criteria)
  t.equal(linear.price.formula, 'Computed on the acquisition price (first purchase) among the bids still competing: 40 × (highest − own) ÷ (highest − lowest); the lowest earns 40, the highest 0; when all are equal each earns 40.')
  t.equal(ruleFormula({ method: 'proportional', direction: 'lowerIsBetter' }, '8'), '8 × best ÷ own, best = the lowest competing value; 0 is the best possible value, a negative value earns 0.')
  t.equal(ruleFormula({ method: 'proportional', direction: 'higherIsBetter', regulatoryBaseline: 800 }, '8'), 'At or below the regulatory baseline 800: 0. Above it: 8 × (own − 800) ÷ (best − 800), best = the highest competing value.')
  t.equal(ruleFormula({ method: 'labelTier', scale: 'epeatTier', tiers: [{ value: 'Gold', share: 1 }] }, '5'), 'Tiers on the EPEAT tier scale, the best tier the answer reaches counts: Gold → 1 × 5; reaching none, or an answer not on the scale: 0.')
})
