import { Type, type Static } from 'typebox'
import { Measure, Money, Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'
import { FACTOR_SETS, PLACES_OF_USE } from '../../kernel/factor-library.ts'
import { DEFAULT_PLACE_OF_USE } from '../domain/factor-sets.ts'
import { lifeCycleCostRule, ROUNDING, STAGES, TIE_BREAK } from '../domain/tender-scoring-rules.ts'
import { CriterionKey, CurrencyCode, exemplified, LotId, Uuid } from './common.ts'
import { Band, EvaluationCriteria } from './evaluation-criteria.ts'
import { ScoringRules } from './scoring-rules.ts'

export const procurementStatuses = ['draft', 'open', 'evaluation', 'awarded', 'closed'] as const
export const ProcurementStatus = StringEnum(procurementStatuses)

export const Lot = Type.Object(
  { id: LotId, title: Type.String({ minLength: 1, maxLength: 500 }), estimatedValue: Nullable(Ref(Money)) },
  { $id: 'Lot', additionalProperties: false },
)

export const CriterionChoice = Type.Object(
  {
    criterionId: CriterionKey,
    maxPoints: Type.Optional(Nullable(Type.Number({ exclusiveMinimum: 0, maximum: 100, description: 'Award criteria only: points, adding up to the quality weight.' }))),
    parameters: Type.Optional(
      Type.Unsafe<Record<string, number | string | string[]>>(
        Type.Object(
          {},
          {
            additionalProperties: Type.Union([
              Measure(),
              Type.String({ minLength: 1, maxLength: 200 }),
              Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { minItems: 1, maxItems: 50, uniqueItems: true }),
            ]),
            maxProperties: 50,
            description:
              'Buyer-set thresholds by requirement id. A number sets a numeric bound. A minimum or maximum on a text requirement must be a value ' +
              'of an ordered scale (IP65, A2, C, Gold, TCO Certified generation 9) and answers are compared by that scale’s order; free text that is ' +
              'not on the scale never meets it. For a count of listed items (EU GPP AC2: durability tests) give the list itself: bidders answer with ' +
              'the items they pass and earn points × passed ÷ listed.',
          },
        ),
      ),
    ),
    bands: Type.Optional(Nullable(Type.Array(Ref(Band), { minItems: 1, maxItems: 20 }))),
    regulatoryBaseline: Type.Optional(
      Nullable(
        Measure({
          description:
            'A level at or below which the scored value earns no points. Absent or null: the catalogue’s legal minimum for the tender’s product ' +
            'category (e.g. 800 cycles for smartphones under EU 2023/1670). A value weaker than that minimum is refused (422 naming this field).',
        }),
      ),
    ),
    evidenceRequired: Type.Optional(
      Nullable(
        Type.Boolean({
          description:
            'Technical specifications and award criteria only: whether answers count only once their evidence is verified. Absent or null: ' +
            'true when the catalogue accepts any document not written by the bidder itself (docs/scoring.md).',
        }),
      ),
    ),
  },
  { $id: 'CriterionChoice', additionalProperties: false },
)

export const Weighting = Type.Object(
  {
    priceWeight: Type.Number({ minimum: 0, maximum: 100 }),
    qualityWeight: Type.Number({ minimum: 0, maximum: 100 }),
    minimumQualityScore: Nullable(Type.Number({ minimum: 0, maximum: 100, description: 'Bids below it are eliminated (OCDS criterionThreshold.minimumScore).' })),
  },
  { $id: 'Weighting', additionalProperties: false, description: 'Price and quality points; they add up to 100.' },
)

export const PriceScoring = Type.Object(
  {
    basis: StringEnum(['lifeCycleCost', 'acquisitionPrice'] as const, {
      description: 'lifeCycleCost: the life-cycle cost over the horizon (see the evaluation’s cost). acquisitionPrice: quantity × unit price of the first purchase.',
    }),
    rule: StringEnum(['relativeToLowest', 'linear'] as const, {
      description:
        'Among the bids still competing after the gates and the minimum quality score. relativeToLowest: priceWeight × lowest ÷ own. ' +
        'linear: priceWeight × (highest − own) ÷ (highest − lowest); all equal → priceWeight.',
    }),
  },
  { $id: 'PriceScoring', additionalProperties: false },
)

export const LifeCycle = Type.Object(
  {
    energyTariff: Ref(Money),
    years: Type.Integer({ minimum: 1, maximum: 15, description: 'Horizon for energy cost and use-phase emissions.' }),
    factorSetId: StringEnum([...new Set(FACTOR_SETS.map((f) => f.id))], {
      description: 'Named CO2e factor set of the shared library; its values, units and sources are at GET /api/v1/factor-sets. The newest version when the tender is created is pinned in the tender (`factorSetVersion`).',
    }),
    placeOfUse: Type.Optional(
      StringEnum(PLACES_OF_USE, {
        description:
          `Where the devices will be used: the grid factor of this place prices use-phase CO2e (kWh × kg CO2e/kWh). ${DEFAULT_PLACE_OF_USE} Europe (the default), WOR world average, or an ISO 3166 alpha-3 country (KEN Kenya 0.08, ZAF South Africa 0.72 kg CO2e/kWh, ...); every value at GET /api/v1/factor-sets.`,
      }),
    ),
    factorSetVersion: Type.Optional(
      Type.String({ minLength: 1, maxLength: 40, description: 'The version of the factor set; pinned at creation (the newest, unless given), so a later version never changes this tender’s figures.', examples: ['1.0.0'] }),
    ),
  },
  { $id: 'LifeCycle', additionalProperties: false },
)

export const CreateProcurement = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 500 }),
    description: Type.Optional(Nullable(Type.String({ maxLength: 10000 }))),
    cpvCodes: Type.Array(Type.String({ pattern: '^\\d{8}(-\\d)?$' }), { minItems: 1, maxItems: 20, uniqueItems: true }),
    currency: CurrencyCode,
    estimatedValue: Nullable(Ref(Money)),
    lots: Type.Array(Ref(Lot), { minItems: 1, maxItems: 50 }),
    criteriaSet: Type.Object({ id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,80}$' }), version: Type.Integer({ minimum: 1, maximum: 100_000, description: 'A version number, bounded as the catalogue bounds it.' }) }, { additionalProperties: false }),
    criteria: Type.Array(Ref(CriterionChoice), { minItems: 1, maxItems: 200 }),
    weighting: Ref(Weighting),
    priceScoring: Ref(PriceScoring),
    lifeCycle: Ref(LifeCycle),
  },
  { $id: 'CreateProcurement', additionalProperties: false },
)
export type CreateProcurement = Static<typeof CreateProcurement>

export const Procurement = Type.Object(
  {
    id: Uuid,
    buyerOrganisationId: Type.String(),
    title: Type.String(),
    description: Nullable(Type.String()),
    productCategory: Type.String(),
    cpvCodes: Type.Array(Type.String()),
    currency: CurrencyCode,
    estimatedValue: Nullable(Ref(Money)),
    status: ProcurementStatus,
    lots: Type.Array(Ref(Lot)),
    criteriaSet: Type.Object(
      { id: Type.String(), version: Type.Integer(), title: Type.String(), ambitionLevel: Type.String() },
      { additionalProperties: false, description: 'The pinned catalogue version; its snapshot never changes with the catalogue.' },
    ),
    criteria: Type.Array(Ref(CriterionChoice)),
    weighting: Ref(Weighting),
    priceScoring: Ref(PriceScoring),
    lifeCycle: Ref(LifeCycle),
    evaluationCriteria: Ref(EvaluationCriteria),
    scoringRules: Ref(ScoringRules),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Procurement', additionalProperties: false },
)
export type Procurement = Static<typeof Procurement>

/** A response example: an open notebook tender with one specification and one award criterion. */
export const exampleProcurementRecord: Procurement = {
  id: '9c3e1d2b-4a5f-4e6d-8b7c-1a2b3c4d5e6f',
  buyerOrganisationId: 'ministry-of-finance',
  title: 'Notebooks for the Ministry of Finance, 2027',
  description: 'Framework for 1 000 notebooks with take-back of the old fleet.',
  productCategory: 'notebooks',
  cpvCodes: ['30213100'],
  currency: 'EUR',
  estimatedValue: { amount: '900000.00', currency: 'EUR' },
  status: 'open',
  lots: [{ id: 'LOT-1', title: 'Standard notebooks', estimatedValue: null }],
  criteriaSet: { id: 'notebooks-core', version: 1, title: 'Notebooks, core ambition', ambitionLevel: 'core' },
  criteria: [
    { criterionId: 'EU-GPP-2021-CMTS.TS3', parameters: { 'TS3.years.core': 3 } },
    { criterionId: 'EU-GPP-2021-CMTS.AC5', maxPoints: 30 },
  ],
  weighting: { priceWeight: 70, qualityWeight: 30, minimumQualityScore: null },
  priceScoring: { basis: 'lifeCycleCost', rule: 'relativeToLowest' },
  lifeCycle: { energyTariff: { amount: '0.25', currency: 'EUR' }, years: 5, factorSetId: 'ademe-boavizta', placeOfUse: 'EEE', factorSetVersion: '1.0.0' },
  evaluationCriteria: {
    technicalSpecifications: [
      {
        id: 'EU-GPP-2021-CMTS.TS3',
        mandatory: true,
        requirements: [{ id: 'TS3.years.core', dataType: 'integer', unit: 'year', minValue: 3, maxValue: null, allowedValues: null, expectedValue: null, buyerValue: 3 }],
        evidenceRequired: true,
      },
    ],
    selectionCriteria: [],
    awardCriteria: [
      {
        id: 'EU-GPP-2021-CMTS.AC5',
        maxPoints: 30,
        requirements: [{ id: 'AC5.improvement', dataType: 'number', unit: 'percent', minValue: 0, maxValue: null, allowedValues: null, expectedValue: null }],
        scoredRequirementId: 'AC5.improvement',
        scoring: { method: 'proportional', direction: 'higherIsBetter', regulatoryBaseline: null },
        evidenceRequired: true,
      },
    ],
    performanceClauses: [],
    acceptedEvidence: { 'EU-GPP-2021-CMTS.TS3': ['warrantyTerms'], 'EU-GPP-2021-CMTS.AC5': ['testReport', 'type1EcolabelCertificate'] },
  },
  scoringRules: {
    stages: [...STAGES],
    evidence: 'Answers to TS3 and AC5 count only once their evidence is verified; rejected or expired evidence fails TS3 and earns 0 on AC5; missing or pending evidence makes the evaluation provisional.',
    price: { basis: 'lifeCycleCost', method: 'relativeToLowest', maxPoints: 70, formula: '70 × lowest life-cycle cost ÷ own life-cycle cost' },
    lifeCycleCost: lifeCycleCostRule(5),
    quality: {
      maxPoints: 30,
      minimumQualityScore: null,
      criteria: [{ criterionId: 'EU-GPP-2021-CMTS.AC5', maxPoints: 30, method: 'proportional', formula: '30 × own ÷ best improvement (percent)', evidenceRequired: true }],
    },
    tieBreak: [...TIE_BREAK],
    rounding: ROUNDING,
    co2e: 'Embodied CO2e per unit plus yearly kWh × the Europe (EEE) grid factor × 5 years; annualisedKgPerYear = embodied ÷ declared lifetime + yearly use.',
    scales: [],
  },
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-15T10:30:00.000Z',
}

export const procurementSchemas = [Lot, CriterionChoice, Weighting, PriceScoring, LifeCycle, ScoringRules, exemplified(Procurement, [exampleProcurementRecord])]
