import { Type } from 'typebox'
import { CalendarDate, Money, Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'
import { LotId, Uuid } from './common.ts'
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

export const ScoreLine = Type.Object(
  {
    criterionId: Type.String({ description: 'Award criterion id, or `price`.' }),
    input: ResponseValue,
    rule: Ref(AwardScoringRule),
    formula: Type.String({ description: 'The formula with the numbers filled in.' }),
    points: Type.Number(),
  },
  { $id: 'ScoreLine', additionalProperties: false },
)

const Term = Type.Object({ amount: Type.String(), formula: Type.String() }, { additionalProperties: false })
const Co2eTerm = Type.Object({ kg: Type.Number(), formula: Type.String() }, { additionalProperties: false })
const SelectionOutcome = StringEnum(['pass', 'pending', 'fail'] as const)

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
              evidence: Type.Object(
                { evidenceId: Nullable(Type.String()), status: Type.String(), outcome: SelectionOutcome },
                { additionalProperties: false },
              ),
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
        embodiedKg: Type.Number(),
        usePhaseKg: Type.Number(),
        totalKg: Type.Number(),
        annualisedKgPerYear: Type.Number(),
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
  },
  { $id: 'BidEvaluation', additionalProperties: false },
)

export const Evaluation = Type.Object(
  {
    id: Uuid,
    procurementId: Uuid,
    lotId: LotId,
    evaluationDate: CalendarDate,
    provisional: Type.Boolean({ description: 'True while a ranked bid still awaits evidence verification.' }),
    ranking: Type.Array(Uuid, { description: 'Bid ids, best first.' }),
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

export const evaluationSchemas = [ResponseProblem, ScoreLine, BidEvaluation, Evaluation, Award]
