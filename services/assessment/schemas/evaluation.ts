import { Type } from 'typebox'
import { CalendarDate, Money, Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'
import { exemplified, LotId, Uuid } from './common.ts'
import { AwardScoringRule } from './evaluation-criteria.ts'

const ResponseValue = Nullable(Type.Union([Type.Boolean(), Type.Number(), Type.String(), Type.Array(Type.String())]))

export const ResponseProblem = Type.Object(
  {
    requirementId: Type.String(),
    path: Type.String(),
    code: Type.String(),
    kind: StringEnum(['malformed', 'unmet'] as const),
    message: Type.String(),
  },
  { $id: 'ResponseProblem', additionalProperties: false },
)

const EvidenceStatus = StringEnum(['submitted', 'under_review', 'verified', 'rejected', 'clarification_requested', 'expired', 'missing'] as const)
const SelectionOutcome = StringEnum(['pass', 'pending', 'fail'] as const)

export const EvidenceVerdict = Type.Object(
  {
    evidenceId: Nullable(Type.String()),
    status: EvidenceStatus,
    outcome: StringEnum(['pass', 'pending', 'fail'] as const, {
      description: 'pass: verified and valid. pending: missing or not yet verified. fail: rejected, or expired before the evaluation date.',
    }),
  },
  { $id: 'EvidenceVerdict', additionalProperties: false, description: 'The best verdict on the evidence of one criterion: one verified document is enough.' },
)

export const PendingEvidence = Type.Object(
  {
    bidId: Type.Optional(Uuid),
    criterionId: Type.String(),
    stage: StringEnum(['selection', 'technicalSpecification', 'award'] as const),
    evidenceId: Nullable(Type.String()),
    status: EvidenceStatus,
  },
  { $id: 'PendingEvidence', additionalProperties: false, description: 'Evidence a ranking still waits for: missing, or submitted and not yet verified.' },
)

export const ScoreLine = Type.Object(
  {
    criterionId: Type.String({ description: 'Award criterion id, or `price`.' }),
    input: ResponseValue,
    rule: Ref(AwardScoringRule),
    formula: Type.String({
      description:
        'The formula with the numbers filled in. Prefixed "provisional, …" while the evidence the answer needs awaits verification; ' +
        '"answer not accepted, evidence … is rejected → 0" once it is rejected or expired.',
    }),
    points: Type.Number(),
    evidence: Type.Optional(Nullable(Ref(EvidenceVerdict))),
  },
  { $id: 'ScoreLine', additionalProperties: false },
)

const Term = Type.Object({ amount: Type.String(), formula: Type.String() }, { additionalProperties: false })
const Co2eTerm = Type.Object({ kg: Type.Number(), formula: Type.String() }, { additionalProperties: false })

export const BidEvaluation = Type.Object(
  {
    bidId: Uuid,
    supplierId: Uuid,
    status: StringEnum(['excluded', 'not_selected', 'non_compliant', 'below_quality_threshold', 'pending_verification', 'ranked'] as const),
    reasons: Type.Array(Type.String()),
    exclusion: Type.Object(
      { excluded: Type.Boolean(), active: Type.Array(Type.Object({ reason: Type.String(), endsOn: Nullable(CalendarDate) }, { additionalProperties: false })) },
      { additionalProperties: false },
    ),
    selection: Type.Object(
      {
        outcome: SelectionOutcome,
        criteria: Type.Array(
          Type.Object(
            {
              criterionId: Type.String(),
              outcome: SelectionOutcome,
              problems: Type.Array(Ref(ResponseProblem)),
              evidence: Ref(EvidenceVerdict),
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    technicalSpecifications: Type.Object(
      {
        compliant: Type.Boolean(),
        requirements: Type.Array(
          Type.Object(
            { specificationId: Type.String(), requirementId: Type.String(), mandatory: Type.Boolean(), met: Type.Boolean(), problems: Type.Array(Ref(ResponseProblem)) },
            { additionalProperties: false },
          ),
        ),
        evidence: Type.Optional(
          Type.Array(
            Type.Object({ specificationId: Type.String(), mandatory: Type.Boolean(), evidence: Ref(EvidenceVerdict) }, { additionalProperties: false }),
            { description: 'One verdict per specification whose answers need evidence; rejected evidence of a mandatory one makes the bid non-compliant.' },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    cost: Type.Object(
      {
        currency: Type.String(),
        acquisition: Type.String(),
        lifeCycleCost: Type.String(),
        formula: Type.String(),
        lines: Type.Array(
          Type.Object(
            {
              model: Type.String(),
              quantity: Type.Integer(),
              purchases: Type.Integer({ minimum: 1, description: '⌈horizon ÷ declared lifetime⌉: the first purchase and its replacements.' }),
              acquisition: Term,
              replacements: Term,
              energy: Term,
              service: Term,
              residual: Term,
              lifeCycleCost: Term,
            },
            { additionalProperties: false },
          ),
        ),
      },
      {
        additionalProperties: false,
        description:
          'Life-cycle cost over the horizon H (Directive 2014/24 Art. 68), per product line of declared lifetime L, undiscounted: ' +
          'acquisition + replacements + energy + service − residual. purchases n = ⌈H ÷ L⌉; replacements = (n − 1) × quantity × unit price; ' +
          'energy = yearly kWh × tariff × H × quantity; service as quoted for the horizon; residual = the declared buy-back value, or ' +
          'straight-line quantity × unit price × (n × L − H) ÷ L. `acquisition` (the first purchase) is what the acquisitionPrice basis scores.',
      },
    ),
    co2e: Type.Object(
      {
        factorSetId: Type.String(),
        factorSetVersion: Type.String(),
        placeOfUse: Type.Optional(Type.String({ description: 'Where the devices are used; its grid factor prices the use phase. Absent on evaluations made before tenders named it (those used EEE).', examples: ['KEN'] })),
        gridKgCo2ePerKWh: Type.Optional(Type.Number({ description: 'The grid factor applied (kg CO2e per kWh), from the pinned factor set.', examples: [0.08] })),
        embodiedKg: Type.Number(),
        usePhaseKg: Type.Number(),
        totalKg: Type.Number(),
        annualisedKgPerYear: Type.Number({
          description: 'Σ quantity × (embodied kg per unit ÷ declared lifetime + yearly kWh × grid kg CO2e/kWh): a longer life spreads the embodied emissions over more years.',
        }),
        lines: Type.Array(
          Type.Object(
            {
              model: Type.String(),
              deviceType: Type.String(),
              quantity: Type.Integer(),
              embodiedSource: StringEnum(['factorSet', 'factorSetRefurbishment', 'declaredPcf'] as const),
              embodiedKgPerUnit: Type.Number(),
              embodied: Co2eTerm,
              usePhase: Co2eTerm,
              total: Co2eTerm,
              annualised: Co2eTerm,
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    pricePoints: Nullable(Type.Number()),
    qualityPoints: Nullable(Type.Number()),
    totalPoints: Nullable(Type.Number()),
    rank: Nullable(Type.Integer({ minimum: 1 })),
    breakdown: Type.Array(Ref(ScoreLine), { description: 'Price line first, then one line per award criterion; the points add up to the total.' }),
    pendingEvidence: Type.Optional(
      Type.Array(Ref(PendingEvidence), { description: 'What this bid’s standing still waits for; its status is pending_verification while this is not empty.' }),
    ),
  },
  { $id: 'BidEvaluation', additionalProperties: false },
)

export const Evaluation = Type.Object(
  {
    id: Uuid,
    procurementId: Uuid,
    lotId: LotId,
    evaluationDate: CalendarDate,
    provisional: Type.Boolean({ description: 'True while a ranked bid still awaits evidence verification (listed in pendingEvidence); an award needs a final evaluation.' }),
    ranking: Type.Array(Uuid, {
      description: 'Bid ids, best first: more total points (to 1e-9), then lower life-cycle cost, then earlier submission, then lower bid id.',
    }),
    pendingEvidence: Type.Optional(Type.Array(Ref(PendingEvidence), { description: 'The pending evidence of every ranked bid: what makes the evaluation provisional.' })),
    bids: Type.Array(Ref(BidEvaluation)),
    createdAt: Timestamp,
  },
  { $id: 'Evaluation', additionalProperties: false },
)

export const Award = Type.Object(
  {
    id: Uuid,
    procurementId: Uuid,
    lotId: LotId,
    bidId: Uuid,
    supplierId: Uuid,
    evaluationId: Uuid,
    value: Ref(Money),
    createdAt: Timestamp,
  },
  { $id: 'Award', additionalProperties: false },
)

const exampleAward = {
  id: 'f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f',
  procurementId: '9c3e1d2b-4a5f-4e6d-8b7c-1a2b3c4d5e6f',
  lotId: 'LOT-1',
  bidId: '5b0f6a6e-2f0c-4f43-8f1e-6b3a9d2c7e41',
  supplierId: '7d2c4e1a-5b3f-4a8e-9c6d-2e1f0a9b8c7d',
  evaluationId: '7d0c5b1e-0b8f-4a53-9a61-3c1f2e4d5a6b',
  value: { amount: '820000.00', currency: 'EUR' },
  createdAt: '2027-01-28T15:00:00.000Z',
}

/**
 * A response example: one notebook bid (1 000 × 820.00 EUR, 6-year life, 18.8 kWh a year, 60.00 EUR
 * service) over a 5-year horizon at 0.25 EUR/kWh, with the ademe-boavizta factors (181 kg per laptop,
 * Europe 0.38 kg CO2e/kWh); the figures are worked out by hand in the formulas.
 */
const exampleEvaluation = {
  id: '7d0c5b1e-0b8f-4a53-9a61-3c1f2e4d5a6b',
  procurementId: '9c3e1d2b-4a5f-4e6d-8b7c-1a2b3c4d5e6f',
  lotId: 'LOT-1',
  evaluationDate: '2027-01-27',
  provisional: false,
  ranking: ['5b0f6a6e-2f0c-4f43-8f1e-6b3a9d2c7e41'],
  pendingEvidence: [],
  bids: [
    {
      bidId: '5b0f6a6e-2f0c-4f43-8f1e-6b3a9d2c7e41',
      supplierId: '7d2c4e1a-5b3f-4a8e-9c6d-2e1f0a9b8c7d',
      status: 'ranked' as const,
      reasons: [],
      exclusion: { excluded: false, active: [] },
      selection: { outcome: 'pass' as const, criteria: [] },
      technicalSpecifications: {
        compliant: true,
        requirements: [{ specificationId: 'EU-GPP-2021-CMTS.TS3', requirementId: 'TS3.years.core', mandatory: true, met: true, problems: [] }],
        evidence: [{ specificationId: 'EU-GPP-2021-CMTS.TS3', mandatory: true, evidence: { evidenceId: 'e1d2c3b4-a5f6-4e7d-8c9b-0a1f2e3d4c5b', status: 'verified' as const, outcome: 'pass' as const } }],
      },
      cost: {
        currency: 'EUR',
        acquisition: '820000.00',
        lifeCycleCost: '766833.33',
        formula: '820000.00 + 0.00 + 23500.00 + 60000.00 − 136666.67 = 766833.33',
        lines: [
          {
            model: 'EcoBook 14 G3',
            quantity: 1000,
            purchases: 1,
            acquisition: { amount: '820000.00', formula: '1000 × 820.00' },
            replacements: { amount: '0.00', formula: '(⌈5 ÷ 6⌉ − 1) × 1000 × 820.00' },
            energy: { amount: '23500.00', formula: '18.8 kWh × 0.25 × 5 × 1000' },
            service: { amount: '60000.00', formula: '1000 × 60.00' },
            residual: { amount: '136666.67', formula: '1000 × 820.00 × (1 × 6 − 5) ÷ 6' },
            lifeCycleCost: { amount: '766833.33', formula: '820000.00 + 0.00 + 23500.00 + 60000.00 − 136666.67' },
          },
        ],
      },
      co2e: {
        factorSetId: 'ademe-boavizta',
        factorSetVersion: '1.0.0',
        placeOfUse: 'EEE',
        gridKgCo2ePerKWh: 0.38,
        embodiedKg: 181000,
        usePhaseKg: 35720,
        totalKg: 216720,
        annualisedKgPerYear: 37310.67,
        lines: [
          {
            model: 'EcoBook 14 G3',
            deviceType: 'laptop',
            quantity: 1000,
            embodiedSource: 'factorSet' as const,
            embodiedKgPerUnit: 181,
            embodied: { kg: 181000, formula: '1000 × 181' },
            usePhase: { kg: 35720, formula: '1000 × 18.8 kWh × 0.38 × 5' },
            total: { kg: 216720, formula: '181000 + 35720' },
            annualised: { kg: 37310.67, formula: '1000 × (181 ÷ 6 + 18.8 × 0.38)' },
          },
        ],
      },
      pricePoints: 70,
      qualityPoints: 30,
      totalPoints: 100,
      rank: 1,
      breakdown: [
        { criterionId: 'price', input: '766833.33', rule: { method: 'relativeToLowest' as const }, formula: '70 × 766833.33 ÷ 766833.33 = 70', points: 70 },
        {
          criterionId: 'EU-GPP-2021-CMTS.AC5',
          input: 35,
          rule: { method: 'proportional' as const, direction: 'higherIsBetter' as const, regulatoryBaseline: null },
          formula: '30 × 35 ÷ 35 = 30',
          points: 30,
          evidence: { evidenceId: 'f2e3d4c5-b6a7-4f8e-9d0c-1b2a3c4d5e6f', status: 'verified' as const, outcome: 'pass' as const },
        },
      ],
      pendingEvidence: [],
    },
  ],
  createdAt: '2027-01-27T14:00:00.000Z',
}

export const evaluationSchemas = [ResponseProblem, EvidenceVerdict, PendingEvidence, ScoreLine, BidEvaluation, exemplified(Evaluation, [exampleEvaluation]), exemplified(Award, [exampleAward])]
