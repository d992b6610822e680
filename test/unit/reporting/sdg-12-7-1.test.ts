import t from 'tap'
import {
  SDG_12_7_1_COMPONENTS,
  UNOFFICIAL_EQUAL_WEIGHTS,
  sdg1271Index,
  sdgAnswersFromMaturity,
} from '../../../services/reporting/domain/policy-indicators/sdg-12-7-1.ts'
import type { SdgIndex } from '../../../services/reporting/domain/policy-indicators/sdg-12-7-1.ts'
import { EMPTY_SCOPE, award, procurement, scope } from './fixtures.ts'

const sustainable = procurement({ id: 'sus', goals: ['social.accessibility'] })
const plain = procurement({ id: 'plain' })
const contracts = scope({
  procurements: [sustainable, plain],
  awards: [
    award({ id: 'a', procurementId: 'sus', value: { amount: '75', currency: 'EUR' } }),
    award({ id: 'b', procurementId: 'plain', value: { amount: '25', currency: 'EUR' } }),
  ],
})

const answers = {
  'A.1': true,
  'B.1': true, 'B.2': true, 'B.3': false, 'B.4': false, 'B.5': true, 'B.6': false, 'B.7': true, 'B.8': false,
  'D.1': true, 'D.2': false,
  'E.1': true, 'E.2': true, 'E.3': true,
}

function indexOf(outcome: ReturnType<typeof sdg1271Index>): SdgIndex {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems))
  return outcome.index
}

// Components and sub-items as published by Bangladesh CPTU and INE Spain (docs/sources.md#sdg-1271).
t.test('components A–F with their published sub-items', async (t) => {
  t.same(
    SDG_12_7_1_COMPONENTS.map((c) => [c.id, c.subItems.length]),
    [['A', 1], ['B', 8], ['C', 5], ['D', 2], ['E', 3], ['F', 0]],
  )
})

t.test('component scores, outcome from contract records, index over what is known', async (t) => {
  const index = indexOf(sdg1271Index(contracts, answers))
  t.same(
    index.components.map((c) => [c.id, c.score]),
    [['A', 1], ['B', 0.5], ['C', null], ['D', 0.5], ['E', 1], ['F', 0.75]],
  )
  t.equal(index.outcome.value, 75, 'value share of purchases tagged with any sustainability goal')
  t.equal(index.index, 75, 'mean of 1, 0.5, 0.5, 1, 0.75')
  t.same(index.missingComponents, ['C'])
})

t.test('weights are unofficial, labelled so, and configurable', async (t) => {
  const index = indexOf(sdg1271Index(contracts, answers, { weights: { ...UNOFFICIAL_EQUAL_WEIGHTS, F: 0 }, outcomeBasis: 'count' }))
  t.equal(index.weightsOfficial, false)
  t.match(index.label, /unofficial/)
  t.equal(index.index, 75, 'F weighted out: mean of 1, 0.5, 0.5, 1')
  t.equal(index.outcome.value, 50, 'by count: 1 of 2 procedures')
})

t.test('without outcome data the index still reports (the methodology’s progressive approach)', async (t) => {
  const index = indexOf(sdg1271Index(EMPTY_SCOPE, { 'A.1': true }))
  t.equal(index.outcome.value, null)
  t.equal(index.index, 100)
  t.same(index.missingComponents, ['B', 'C', 'D', 'E', 'F'])
})

t.test('unknown sub-items come back as problems', async (t) => {
  const outcome = sdg1271Index(EMPTY_SCOPE, { 'A.1': true, 'G.1': true })
  t.same(outcome, { ok: false, problems: [{ path: '/answers/G.1', message: 'no SDG 12.7.1 sub-item G.1' }] })
})

t.test('maturity answers prefill the overlapping SDG sub-items (docs/sources.md#sdg-1271)', async (t) => {
  t.same(
    sdgAnswersFromMaturity([
      { itemId: 'P1.1', value: 2 },
      { itemId: 'C2.3', value: 1 },
      { itemId: 'P1.5', value: 4 },
      { itemId: 'P3.9', value: 'notApplicable' },
      { itemId: 'P1.2', value: 4 },
    ]),
    { 'A.1': true, 'C.3': false, 'E.1': true, 'E.3': true },
  )
})
