import t from 'tap'
import { evaluateProcurement } from '../../../services/assessment/domain/evaluate-procurement.ts'
import type {
  Bid,
  BidEvaluation,
  CriteriaSnapshot,
  EvaluationInput,
  EvidenceStatus,
  ProcurementEvaluation,
} from '../../../services/assessment/domain/types.ts'
import { answer, bid, buildSyntheticProcurement, laptops, procurementSettings, requirement } from './fixtures.ts'

// A notebook tender built from the public sources: 40 price : 60 quality (docs/sources.md#scoring-methods),
// price scored relative to the lowest life-cycle cost (docs/sources.md#life-cycle-cost), minimum quality
// score 20 (OCDS criterionThreshold).
const criteria: CriteriaSnapshot = {
  technicalSpecifications: [
    // docs/sources.md#national-presets, MT mandatory GPP: warranty >= 2 years.
    { id: 'TS3', mandatory: true, requirements: [requirement('warranty-years', { dataType: 'integer', unit: 'years', minValue: 2 })] },
    // docs/sources.md#national-presets, NO notebooks: >= 300 cycles.
    { id: 'TS6', mandatory: true, requirements: [requirement('battery-cycles', { dataType: 'integer', unit: 'cycles', minValue: 300 })] },
  ],
  selectionCriteria: [
    // docs/sources.md#eu-gpp-2021-computers SC1: restricted substance controls, proven by documented procedures.
    { id: 'SC1', requirements: [requirement('rsl-system', { dataType: 'boolean', expectedValue: true })] },
  ],
  awardCriteria: [
    {
      // docs/sources.md#national-presets, SE 11193 bands.
      id: 'AC1',
      maxPoints: 20,
      requirements: [requirement('battery-cycles', { dataType: 'integer', unit: 'cycles', minValue: 300 })],
      scoredRequirementId: 'battery-cycles',
      scoring: {
        method: 'banded',
        bands: [
          { min: 1000, max: null, share: 1 },
          { min: 800, max: 1000, share: 0.6 },
          { min: 501, max: 800, share: 0.3 },
        ],
      },
    },
    {
      // docs/sources.md#national-presets, SE computers: extra years of warranty and service agreement.
      id: 'TS1-award',
      maxPoints: 20,
      requirements: [requirement('extra-warranty-years', { dataType: 'integer', unit: 'years', minValue: 0 })],
      scoredRequirementId: 'extra-warranty-years',
      scoring: {
        method: 'banded',
        bands: [
          { min: 4, max: null, share: 1 },
          { min: 3, max: 4, share: 0.75 },
          { min: 2, max: 3, share: 0.5 },
          { min: 1, max: 2, share: 0.25 },
        ],
      },
    },
    {
      // docs/sources.md#scoring-methods: EPEAT bronze/silver/gold → 0/50/100 %.
      id: 'EPEAT',
      maxPoints: 20,
      requirements: [requirement('epeat-tier', { dataType: 'enum', allowedValues: ['none', 'bronze', 'silver', 'gold'] })],
      scoredRequirementId: 'epeat-tier',
      scoring: {
        method: 'labelTier',
        tiers: [
          { value: 'bronze', share: 0 },
          { value: 'silver', share: 0.5 },
          { value: 'gold', share: 1 },
        ],
      },
    },
  ],
}

interface Offer {
  price: string
  warranty?: number
  cycles: number
  extraWarranty: number
  epeat: string
  evidence?: EvidenceStatus
  submittedAt?: string
  exclusions?: Bid['exclusions']
}

function tender(id: string, offer: Offer): Bid {
  return bid(id, {
    submittedAt: offer.submittedAt ?? '2025-05-01T10:00:00Z',
    exclusions: offer.exclusions ?? [],
    offeredProducts: [laptops({ unitPrice: { amount: offer.price, currency: 'EUR' } })],
    responses: [
      answer('warranty-years', offer.warranty ?? 3, 'years'),
      answer('battery-cycles', offer.cycles, 'cycles'),
      answer('rsl-system', true),
      answer('extra-warranty-years', offer.extraWarranty, 'years'),
      answer('epeat-tier', offer.epeat),
    ],
    evidence: [{ id: `${id}-iso`, criterionId: 'SC1', status: offer.evidence ?? 'verified', validUntil: '2026-12-31' }],
  })
}

const bids: Bid[] = [
  tender('A', { price: '800.00', cycles: 1000, extraWarranty: 4, epeat: 'gold' }),
  tender('B', { price: '760.00', cycles: 850, extraWarranty: 2, epeat: 'silver', submittedAt: '2025-05-01T09:00:00Z' }),
  tender('C', {
    price: '700.00',
    cycles: 1000,
    extraWarranty: 4,
    epeat: 'gold',
    exclusions: [{ reason: 'final conviction for fraud', endsOn: '2026-01-01' }],
  }),
  tender('D', { price: '650.00', warranty: 1, cycles: 1000, extraWarranty: 4, epeat: 'gold' }),
  tender('E', { price: '700.00', cycles: 1000, extraWarranty: 4, epeat: 'gold', evidence: 'rejected' }),
  tender('F', { price: '780.00', cycles: 1000, extraWarranty: 3, epeat: 'gold', evidence: 'under_review' }),
  tender('G', { price: '600.00', cycles: 600, extraWarranty: 0, epeat: 'bronze' }),
  tender('H', {
    price: '760.00',
    cycles: 850,
    extraWarranty: 2,
    epeat: 'silver',
    submittedAt: '2025-05-01T11:00:00+01:00',
    exclusions: [{ reason: 'late tax payment, settled', endsOn: '2025-01-31' }],
  }),
]

const input: EvaluationInput = {
  procurement: procurementSettings({ minimumQualityScore: 20 }),
  criteria,
  bids,
  evaluationDate: '2025-06-30',
}

const byId = (result: ProcurementEvaluation): Map<string, BidEvaluation> =>
  new Map(result.bids.map((evaluation) => [evaluation.bidId, evaluation]))
const result = evaluateProcurement(input)
const evaluated = byId(result)
const evaluation = (id: string): BidEvaluation => {
  const found = evaluated.get(id)
  if (found === undefined) throw new Error(`no evaluation for bid ${id}`)
  return found
}

t.test('every bid gets the status of the first gate it fails', async (t) => {
  t.same(
    result.bids.map(({ bidId, status }) => [bidId, status]),
    [
      ['A', 'ranked'],
      ['B', 'ranked'],
      ['C', 'excluded'],
      ['D', 'non_compliant'],
      ['E', 'not_selected'],
      ['F', 'pending_verification'],
      ['G', 'below_quality_threshold'],
      ['H', 'ranked'],
    ],
  )
  t.same(evaluation('C').reasons, ['supplier excluded: final conviction for fraud (until 2026-01-01)'])
  t.same(evaluation('D').reasons, ['technical specification TS3 not met, warranty-years: 1 years is below the minimum of 2 years'])
  t.same(evaluation('E').reasons, ['selection criterion SC1: evidence E-iso is rejected'])
  t.same(evaluation('F').reasons, ['selection criterion SC1: evidence F-iso awaits verification (under_review)'])
  t.same(evaluation('G').reasons, ['quality points 6.00 below the minimum quality score 20'])
  t.same(evaluation('H').reasons, [], 'an exclusion that ended before the evaluation date no longer applies')
})

t.test('ranking: points, then life-cycle cost, then submission time', async (t) => {
  // LCC = 100 × price + 100 × 18.8 kWh × 0.25 EUR × 4 yr (1880.00). Lowest among the finalists: B and H, 77880.00.
  t.same(result.ranking, ['A', 'F', 'B', 'H'])
  t.same(
    ['A', 'F', 'B', 'H'].map((id) => evaluation(id).rank),
    [1, 2, 3, 4],
  )
  t.equal(evaluation('B').totalPoints, evaluation('H').totalPoints, 'B and H tie on points and LCC')
  t.equal(result.provisional, true, 'F is ranked while its evidence is under review')
  for (const id of ['C', 'D', 'E', 'G']) t.equal(evaluation(id).rank, null, `${id} is not ranked`)
})

t.test('the breakdown explains every point', async (t) => {
  const a = evaluation('A')
  t.same(
    a.breakdown.map(({ criterionId, input, formula }) => [criterionId, input, formula]),
    [
      ['price', '81880.00', 'life-cycle cost in EUR: 40 × 77880.00 / 81880.00 = 38.05'],
      ['AC1', 1000, '1000 in band [1000, ∞) → 1 × 20 = 20.00'],
      ['TS1-award', 4, '4 in band [4, ∞) → 1 × 20 = 20.00'],
      ['EPEAT', 'gold', "'gold' → 1 × 20 = 20.00"],
    ],
  )
  t.equal(a.pricePoints, (40 * 77880) / 81880)
  t.equal(a.qualityPoints, 60)
  t.equal(a.totalPoints, a.breakdown.reduce((sum, line) => sum + line.points, 0))
  t.same(a.cost.lifeCycleCost, '81880.00')
  t.equal(a.co2e.totalKg, 20957.6, 'docs/sources.md#default-factors: 100 × (181 + 18.8 × 0.38 × 4)')

  for (const ranked of result.bids.filter((entry) => entry.rank !== null)) {
    const sum = ranked.breakdown.reduce((total, line) => total + line.points, 0)
    t.equal(ranked.totalPoints, sum, `${ranked.bidId}: lines add up to the total`)
    t.equal(ranked.totalPoints, (ranked.pricePoints ?? 0) + (ranked.qualityPoints ?? 0), `${ranked.bidId}: price + quality`)
  }
})

t.test('eliminated bids never set the lowest price for the others', async (t) => {
  // C (700), D (650), E (700) and G (600) are all cheaper than B, yet B's 77880.00 is the reference.
  t.equal(evaluation('B').pricePoints, 40)
  t.equal(evaluation('G').pricePoints, null)
  t.equal(evaluation('G').qualityPoints, 6, 'G was scored for quality (600 cycles → 0.3 × 20) before it was eliminated')
  t.equal(evaluation('G').breakdown.length, 3)
  for (const id of ['C', 'D', 'E']) {
    t.same(evaluation(id).breakdown, [], `${id} stopped at a gate`)
    t.equal(evaluation(id).qualityPoints, null)
  }
  t.equal(evaluation('C').cost.lifeCycleCost, '71880.00', 'cost and CO2e are still reported')

  const withoutThreshold = byId(evaluateProcurement({ ...input, procurement: procurementSettings({ minimumQualityScore: null }) }))
  t.equal(withoutThreshold.get('G')?.status, 'ranked')
  t.equal(withoutThreshold.get('B')?.pricePoints, (40 * 61880) / 77880, 'without the threshold G is the lowest cost')
})

t.test('price basis: acquisition price instead of life-cycle cost', async (t) => {
  const acquisition = byId(
    evaluateProcurement({
      ...input,
      procurement: procurementSettings({
        minimumQualityScore: 20,
        priceScoring: { basis: 'acquisitionPrice', rule: { method: 'relativeToLowest' } },
      }),
    }),
  )
  t.equal(acquisition.get('A')?.pricePoints, 38, '40 × 76000 / 80000')
  t.equal(acquisition.get('A')?.breakdown[0]?.formula, 'acquisition price in EUR: 40 × 76000.00 / 80000.00 = 38.00')
})

t.test('the result does not depend on the order of the bids', async (t) => {
  const reversed = evaluateProcurement({ ...input, bids: [...bids].reverse() })
  t.same(reversed.ranking, result.ranking)
  t.same(byId(reversed), evaluated)
})

t.test('no pending bid in the ranking: the result is final', async (t) => {
  const final = evaluateProcurement({ ...input, bids: bids.filter((entry) => entry.id !== 'F') })
  t.equal(final.provisional, false)
  t.same(final.ranking, ['A', 'B', 'H'])
})

t.test('selection reasons name the unmet requirement or the missing evidence', async (t) => {
  const offer = { price: '800.00', cycles: 1000, extraWarranty: 4, epeat: 'gold' }
  const denies = tender('I', offer)
  denies.responses = denies.responses.map((response) => (response.requirementId === 'rsl-system' ? answer('rsl-system', false) : response))
  const unproven = { ...tender('J', offer), evidence: [] }
  const outcome = byId(evaluateProcurement({ ...input, bids: [tender('A', offer), denies, unproven] }))
  t.equal(outcome.get('I')?.status, 'not_selected')
  t.same(outcome.get('I')?.reasons, ['selection criterion SC1 not met, rsl-system: answer false, requirement expects true'])
  t.same(outcome.get('J')?.reasons, ['selection criterion SC1: no evidence submitted'])
})

t.test('input errors name the offending field', async (t) => {
  const fails = (changed: Partial<EvaluationInput>, code: string, path: string) =>
    t.throws(() => evaluateProcurement({ ...input, ...changed }), { name: 'AssessmentInputError', code, path }, path)

  fails({ evaluationDate: '2025-06-31' }, 'INVALID_DATE', '/evaluationDate')
  fails({ bids: [bid('A'), bid('A')] }, 'INVALID_CONFIGURATION', '/bids/1/id')
  fails(
    { bids: [bid('A'), bid('X', { offeredProducts: [laptops({ unitPrice: { amount: '5.00', currency: 'SEK' } })] })] },
    'CURRENCY_MISMATCH',
    '/bids/1/offeredProducts/0/unitPrice/currency',
  )
  fails({ bids: [bid('X', { submittedAt: '2025-05-01 10:00' })] }, 'INVALID_DATE', '/bids/0/submittedAt')
  fails({ bids: [bid('X', { exclusions: [{ reason: 'x', endsOn: 'soon' }] })] }, 'INVALID_DATE', '/bids/0/exclusions/0/endsOn')
  fails({ procurement: procurementSettings({ qualityWeight: 50 }) }, 'INVALID_CONFIGURATION', '/criteria/awardCriteria')
  fails({ procurement: procurementSettings({ minimumQualityScore: 61 }) }, 'INVALID_CONFIGURATION', '/procurement/minimumQualityScore')
  fails({ procurement: procurementSettings({ priceWeight: -40 }) }, 'INVALID_CONFIGURATION', '/procurement/priceWeight')
  fails({ procurement: procurementSettings({ currency: 'euro' }) }, 'INVALID_CONFIGURATION', '/procurement/currency')
  fails(
    { procurement: procurementSettings({ priceScoring: { basis: 'lifeCycleCost', rule: { method: 'boolean' } as never } }) },
    'INVALID_CONFIGURATION',
    '/procurement/priceScoring/rule/method',
  )
  fails(
    { procurement: procurementSettings({ energyTariff: { amount: '0.25', currency: 'USD' } }) },
    'CURRENCY_MISMATCH',
    '/procurement/energyTariff/currency',
  )
})

t.test('synthetic procurement of 200 bids × 60 requirements', async (t) => {
  const synthetic = buildSyntheticProcurement(200, 60)
  t.equal(synthetic.bids.length, 200)
  const requirementCount =
    synthetic.criteria.technicalSpecifications.length + synthetic.criteria.selectionCriteria.length + synthetic.criteria.awardCriteria.length
  t.equal(requirementCount, 60)

  const evaluation = evaluateProcurement(synthetic)
  const statuses = new Set(evaluation.bids.map((entry) => entry.status))
  t.same(
    [...statuses].sort(),
    ['below_quality_threshold', 'excluded', 'non_compliant', 'not_selected', 'pending_verification', 'ranked'],
    'every status occurs',
  )
  const ranked = evaluation.bids.filter((entry) => entry.rank !== null)
  t.equal(evaluation.ranking.length, ranked.length)
  t.same(evaluation, evaluateProcurement(synthetic), 'deterministic')
})
