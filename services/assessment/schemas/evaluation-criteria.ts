import { Type, type Static } from 'typebox'
import { Measure, Nullable, Ref, StringEnum } from '../../kernel/schemas.ts'
import { CriterionKey, RequirementKey } from './common.ts'

const Direction = StringEnum(['higherIsBetter', 'lowerIsBetter'] as const)

export const OrderedScaleId = StringEnum(['ipCode', 'ashraeClass', 'euLabelClass', 'epeatTier', 'tcoGeneration'] as const, {
  description:
    'An ordered scale written as text; answers are compared by its order (docs/scoring.md, and `scoringRules.scales` of the procurement). ' +
    'ipCode: IEC 60529 IP code, digit by digit. ashraeClass: A1 < A2 < A3 < A4, W17 < … < W+. euLabelClass: G < … < A. epeatTier: Bronze < Silver < Gold. ' +
    'tcoGeneration: TCO Certified generation number.',
})

const EvidenceRequired = Type.Boolean({
  description:
    'The answers count only once their evidence is verified: rejected or expired evidence fails a specification or earns 0 on an award ' +
    'criterion; missing or unverified evidence makes the evaluation provisional. Derived from the accepted evidence types: true when ' +
    'any accepted type comes from someone other than the bidder (test report, certificate, registry entry…), unless the buyer decided ' +
    'otherwise. Selection criteria always need evidence. Absent on tenders created before the rule: false.',
})

export const Band = Type.Object(
  {
    min: Nullable(Measure({ description: 'Inclusive.' })),
    max: Nullable(Measure({ description: 'Exclusive.' })),
    share: Type.Number({ minimum: 0, maximum: 1, description: 'Share of the criterion’s points.' }),
  },
  { $id: 'Band', additionalProperties: false },
)

export const TenderRequirement = Type.Object(
  {
    id: RequirementKey,
    dataType: StringEnum(['boolean', 'number', 'integer', 'string', 'enum', 'date', 'itemList'] as const, {
      description: 'itemList: answered with the list of `listedItems` the offer passes, e.g. ["drop 1.2 m", "hinge 20 000 cycles"].',
    }),
    unit: Nullable(Type.String()),
    minValue: Nullable(Type.Number()),
    maxValue: Nullable(Type.Number()),
    allowedValues: Nullable(Type.Array(Type.String())),
    expectedValue: Nullable(Type.Boolean()),
    scale: Type.Optional(Nullable(OrderedScaleId)),
    minLevel: Type.Optional(Nullable(Type.String({ description: 'Minimum on `scale`, compared by the scale’s order; an answer that is not on the scale does not reach it.' }))),
    maxLevel: Type.Optional(Nullable(Type.String({ description: 'Maximum on `scale`, compared by the scale’s order.' }))),
    listedItems: Type.Optional(Nullable(Type.Array(Type.String(), { description: 'For itemList requirements: the items the buyer lists.' }))),
    buyerValue: Type.Optional(
      Nullable(Type.Union([Type.Number(), Type.String(), Type.Array(Type.String())], { description: 'The buyer-set parameter as given: a threshold, a list of items, or what the bidder must confirm.' })),
    ),
  },
  { $id: 'TenderRequirement', additionalProperties: false, description: 'A requirement as the tender applies it: the buyer’s thresholds filled in.' },
)

export const AwardScoringRule = Type.Object(
  {
    method: StringEnum(['boolean', 'proportional', 'banded', 'labelTier', 'relativeToLowest', 'linear'] as const, {
      description:
        'boolean: yes earns maxPoints, no 0. proportional: maxPoints × own ÷ best (higher is better; 0 or less earns 0) or maxPoints × best ÷ own ' +
        '(lower is better), best among the competing bids; with regulatoryBaseline b: maxPoints × (own − b) ÷ (best − b), at or below b 0; with ' +
        'listedItems: maxPoints × passed ÷ listed. banded: share × maxPoints of the first band [min, max) holding the value, 0 outside every band ' +
        'or not beyond the baseline. labelTier: share × maxPoints of the tier (on a scale, the best tier reached). relativeToLowest: maxPoints × ' +
        'lowest ÷ own. linear: maxPoints × (highest − own) ÷ (highest − lowest), all equal → maxPoints.',
    }),
    direction: Type.Optional(Direction),
    regulatoryBaseline: Type.Optional(
      Nullable(Type.Number({ description: 'A level not going beyond which earns 0: the legal minimum by default, or the buyer’s stricter one.' })),
    ),
    bands: Type.Optional(Type.Array(Ref(Band))),
    tiers: Type.Optional(Type.Array(Type.Object({ value: Type.String(), share: Type.Number({ minimum: 0, maximum: 1 }) }, { additionalProperties: false }))),
    listedItems: Type.Optional(
      Nullable(Type.Array(Type.String(), { description: 'proportional over a list: points × passed ÷ listed, independent of the other bids.' })),
    ),
    scale: Type.Optional(Nullable(OrderedScaleId)),
  },
  { $id: 'AwardScoringRule', additionalProperties: false },
)

export const EvaluationCriteria = Type.Object(
  {
    technicalSpecifications: Type.Array(
      Type.Object(
        { id: CriterionKey, mandatory: Type.Boolean(), requirements: Type.Array(Ref(TenderRequirement)), evidenceRequired: Type.Optional(EvidenceRequired) },
        { additionalProperties: false },
      ),
    ),
    selectionCriteria: Type.Array(Type.Object({ id: CriterionKey, requirements: Type.Array(Ref(TenderRequirement)) }, { additionalProperties: false })),
    awardCriteria: Type.Array(
      Type.Object(
        {
          id: CriterionKey,
          maxPoints: Type.Number(),
          requirements: Type.Array(Ref(TenderRequirement)),
          scoredRequirementId: RequirementKey,
          scoring: Ref(AwardScoringRule),
          evidenceRequired: Type.Optional(EvidenceRequired),
        },
        { additionalProperties: false },
      ),
    ),
    performanceClauses: Type.Array(
      Type.Object({ criterionId: CriterionKey, title: Type.String(), requirements: Type.Array(Ref(TenderRequirement)) }, { additionalProperties: false }),
    ),
    acceptedEvidence: Type.Unsafe<Record<string, string[]>>(
      Type.Object({}, { additionalProperties: Type.Array(Type.String()), description: 'Evidence types each criterion accepts, by criterion id.' }),
    ),
  },
  { $id: 'EvaluationCriteria', additionalProperties: false, description: 'What bids are evaluated against: derived once from the pinned criteria-set snapshot and the buyer’s choices.' },
)
export type EvaluationCriteria = Static<typeof EvaluationCriteria>

export const evaluationCriteriaSchemas = [Band, TenderRequirement, AwardScoringRule, EvaluationCriteria]
