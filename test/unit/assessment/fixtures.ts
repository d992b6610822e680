import type {
  AwardCriterion,
  Bid,
  EvaluationInput,
  FactorSet,
  OfferedProduct,
  ProcurementSettings,
  Requirement,
  RequirementResponse,
  ScoringRule,
  SelectionCriterion,
  TechnicalSpecification,
} from '../../../services/assessment/domain/types.ts'

/** A requirement with every optional constraint off; tests switch on only what they exercise. */
export function requirement(id: string, overrides: Partial<Omit<Requirement, 'id'>> = {}): Requirement {
  return {
    id,
    dataType: 'number',
    unit: null,
    minValue: null,
    maxValue: null,
    allowedValues: null,
    expectedValue: null,
    ...overrides,
  }
}

export function answer(requirementId: string, value: RequirementResponse['value'], unit?: string): RequirementResponse {
  return unit === undefined ? { requirementId, value } : { requirementId, value, unit }
}

// docs/sources.md#default-factors: ADEME embodied factors as used by Boavizta, Europe grid 0.38 kg/kWh.
export const ADEME_FACTOR_SET: FactorSet = {
  id: 'ademe-boavizta',
  version: '2024-1',
  placeOfUse: 'EEE',
  embodiedKgCo2ePerUnit: { laptop: 181, desktop: 277, monitor: 64.7, tablet: 75.9, smartphone: 84 },
  refurbishmentKgCo2ePerUnit: {},
  gridKgCo2ePerKWh: 0.38,
  sources: ['Boavizta/boaviztapi 15878f04 boaviztapi/data/factors.yml (ADEME Base Empreinte)', 'Boavizta electrical_mix.csv EEE 2019'],
}

export function laptops(overrides: Partial<OfferedProduct> = {}): OfferedProduct {
  return {
    model: 'Notebook 14',
    gtin: '04012345678901',
    quantity: 100,
    unitPrice: { amount: '800.00', currency: 'EUR' },
    condition: 'new',
    declaredLifetimeYears: 4,
    // docs/sources.md#default-factors: median yearly TEC of 452 laptop PCFs.
    yearlyEnergyKWh: 18.8,
    massKg: 1.65,
    deviceType: 'laptop',
    ...overrides,
  }
}

export function procurementSettings(overrides: Partial<ProcurementSettings> = {}): ProcurementSettings {
  return {
    priceWeight: 40,
    qualityWeight: 60,
    minimumQualityScore: null,
    priceScoring: { basis: 'lifeCycleCost', rule: { method: 'relativeToLowest' } },
    currency: 'EUR',
    energyTariff: { amount: '0.25', currency: 'EUR' },
    years: 4,
    factorSet: ADEME_FACTOR_SET,
    ...overrides,
  }
}

export function bid(id: string, overrides: Partial<Omit<Bid, 'id'>> = {}): Bid {
  return {
    id,
    supplierId: `supplier-${id}`,
    submittedAt: '2025-05-01T10:00:00Z',
    exclusions: [],
    offeredProducts: [laptops()],
    responses: [],
    evidence: [],
    ...overrides,
  }
}

// Deterministic pseudo-random numbers (Park–Miller), so the synthetic procurement is the same on every run.
function sequence(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 48271) % 2147483647
    return state / 2147483647
  }
}

interface SyntheticRule {
  rule: ScoringRule
  dataType: Requirement['dataType']
}

const SYNTHETIC_RULES: readonly [SyntheticRule, ...SyntheticRule[]] = [
  {
    // docs/sources.md#national-presets, SE 11193 battery endurance bands.
    rule: {
      method: 'banded',
      bands: [
        { min: 1000, max: null, share: 1 },
        { min: 800, max: 1000, share: 0.6 },
        { min: 501, max: 800, share: 0.3 },
      ],
    },
    dataType: 'integer',
  },
  { rule: { method: 'proportional', direction: 'higherIsBetter' }, dataType: 'number' },
  { rule: { method: 'proportional', direction: 'lowerIsBetter' }, dataType: 'number' },
  { rule: { method: 'linear' }, dataType: 'number' },
  {
    rule: {
      method: 'labelTier',
      tiers: [
        { value: 'bronze', share: 0 },
        { value: 'silver', share: 0.5 },
        { value: 'gold', share: 1 },
      ],
    },
    dataType: 'enum',
  },
  { rule: { method: 'boolean' }, dataType: 'boolean' },
]

/**
 * A procurement with `requirementCount` requirements (half technical specifications, a tenth selection
 * criteria, the rest award criteria) and `bidCount` bids that land in every status, for load tests and
 * benchmarks.
 */
export function buildSyntheticProcurement(bidCount: number, requirementCount: number): EvaluationInput {
  const random = sequence(42)
  const technicalCount = Math.floor(requirementCount / 2)
  const selectionCount = Math.max(1, Math.floor(requirementCount / 10))
  const awardCount = Math.max(1, requirementCount - technicalCount - selectionCount)

  const technicalSpecifications: TechnicalSpecification[] = Array.from({ length: technicalCount }, (_, index) => ({
    id: `TS${index + 1}`,
    mandatory: index % 5 !== 4,
    requirements: [requirement(`ts-${index + 1}`, { minValue: 10 })],
  }))
  const selectionCriteria: SelectionCriterion[] = Array.from({ length: selectionCount }, (_, index) => ({
    id: `SC${index + 1}`,
    requirements: [requirement(`sc-${index + 1}`, { dataType: 'boolean', expectedValue: true })],
  }))
  const awardCriteria: AwardCriterion[] = Array.from({ length: awardCount }, (_, index) => {
    const { rule, dataType } = SYNTHETIC_RULES[index % SYNTHETIC_RULES.length] ?? SYNTHETIC_RULES[0]
    const id = `ac-${index + 1}`
    return {
      id: `AC${index + 1}`,
      maxPoints: 60 / awardCount,
      requirements: [requirement(id, { dataType, allowedValues: dataType === 'enum' ? ['bronze', 'silver', 'gold'] : null })],
      scoredRequirementId: id,
      scoring: rule,
    }
  })

  const awardValue = (dataType: Requirement['dataType']): RequirementResponse['value'] => {
    if (dataType === 'boolean') return random() > 0.4
    if (dataType === 'enum') return random() < 0.33 ? 'bronze' : random() < 0.5 ? 'silver' : 'gold'
    if (dataType === 'integer') return 400 + Math.floor(random() * 800)
    return Math.round(1 + random() * 999) / 10
  }

  const bids: Bid[] = Array.from({ length: bidCount }, (_, index) => {
    const id = `bid-${String(index + 1).padStart(4, '0')}`
    const failsSpecification = index % 17 === 3
    const responses: RequirementResponse[] = [
      ...technicalSpecifications.flatMap((spec, i) =>
        spec.requirements.map((r) => answer(r.id, failsSpecification && i === 0 ? 5 : 10 + Math.floor(random() * 20))),
      ),
      ...selectionCriteria.flatMap((criterion) => criterion.requirements.map((r) => answer(r.id, true))),
      ...awardCriteria.flatMap((criterion) => criterion.requirements.map((r) => answer(r.id, awardValue(r.dataType)))),
    ]
    const status = index % 13 === 5 ? 'under_review' : index % 19 === 7 ? 'rejected' : 'verified'
    return bid(id, {
      supplierId: `supplier-${index % 150}`,
      submittedAt: new Date(Date.UTC(2025, 4, 1, 8, 0, index)).toISOString(),
      exclusions: index % 23 === 11 ? [{ reason: 'insolvency', endsOn: null }] : [],
      offeredProducts: [
        laptops({ unitPrice: { amount: (700 + random() * 300).toFixed(2), currency: 'EUR' } }),
        laptops({
          model: 'Refurbished Notebook 13',
          quantity: 20,
          condition: 'refurbished',
          unitPrice: { amount: (350 + random() * 100).toFixed(2), currency: 'EUR' },
          residualValuePerUnit: { amount: '40.00', currency: 'EUR' },
        }),
      ],
      responses,
      evidence: selectionCriteria.map((criterion, i) => ({
        id: `${id}-ev-${i + 1}`,
        criterionId: criterion.id,
        status,
        validUntil: '2027-12-31',
      })),
    })
  })

  return {
    procurement: procurementSettings({ minimumQualityScore: 20 }),
    criteria: { technicalSpecifications, selectionCriteria, awardCriteria },
    bids,
    evaluationDate: '2025-06-30',
  }
}
