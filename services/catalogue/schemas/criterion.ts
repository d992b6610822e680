import { Type, type Static } from 'typebox'
import { PageQuery } from '../../kernel/pagination.ts'
import { CalendarDate, LocalizedText, Measure, Nullable, Ref, Timestamp } from '../../kernel/schemas.ts'
import { ambitionLevels } from '../domain/code-lists.ts'
import {
  AmbitionLevel,
  CircularityAspect,
  CriterionId,
  CriterionType,
  EvidenceTypeCode,
  L1061Aim,
  LifeCycleStage,
  OcdsGoal,
  OcdsStrategy,
  ProductCategoryCode,
  RequirementDataType,
  UnitCode,
  VersionNumber,
  VersionStatus,
} from './atoms.ts'

const Text = Ref(LocalizedText)

export const ThresholdPreset = Type.Object(
  {
    value: Type.Union([Measure(), Type.String({ maxLength: 200 })]),
    label: Type.String({ minLength: 1, maxLength: 300, description: 'Whose value this is, e.g. a national criterion.' }),
    kind: Type.Unsafe<'national' | 'regulatoryBaseline'>({
      type: 'string',
      enum: ['national', 'regulatoryBaseline'],
      description:
        'national: a published national criterion a buyer may adopt. regulatoryBaseline: a legal minimum; a bid earns no award points merely for meeting it.',
    }),
    sourceUrl: Nullable(Type.String({ format: 'uri', maxLength: 2000 })),
    productCategories: Type.Optional(
      Type.Array(ProductCategoryCode, {
        maxItems: 20,
        uniqueItems: true,
        description: 'The product categories the value applies to (a law may cover smartphones but not notebooks); absent when it applies to every category of the criterion.',
      }),
    ),
  },
  { $id: 'ThresholdPreset', additionalProperties: false },
)

export const Requirement = Type.Object(
  {
    id: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,60}$', description: 'Stable within the criterion.' }),
    title: Text,
    ambitionLevels: Type.Array(AmbitionLevel, { minItems: 1, maxItems: ambitionLevels.length, uniqueItems: true, description: 'Levels this requirement applies to.' }),
    dataType: RequirementDataType,
    unit: Nullable(UnitCode),
    expectedValue: Nullable(Type.Boolean({ description: 'For boolean requirements: the answer that meets it.' })),
    minValue: Nullable(Measure()),
    maxValue: Nullable(Measure()),
    allowedValues: Nullable(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 100, uniqueItems: true })),
    buyerParameter: Nullable(
      Type.Object(
        {
          bound: Type.Unsafe<'min' | 'max' | 'value'>({ type: 'string', enum: ['min', 'max', 'value'] }),
          description: Text,
        },
        {
          additionalProperties: false,
          description:
            'Set when the threshold is a buyer-set parameter: the reference texts do not confirm an official value, so the buyer fixes it in the tender.',
        },
      ),
    ),
    presets: Type.Array(Ref(ThresholdPreset), { maxItems: 20 }),
  },
  { $id: 'Requirement', additionalProperties: false },
)
export type Requirement = Static<typeof Requirement>

export const ScoringBand = Type.Object(
  { min: Nullable(Measure()), max: Nullable(Measure()), share: Type.Number({ minimum: 0, maximum: 1 }) },
  { additionalProperties: false },
)

export const ScoringRule = Type.Object(
  {
    method: Type.Unsafe<'boolean' | 'proportional' | 'banded' | 'labelTier'>({
      type: 'string',
      enum: ['boolean', 'proportional', 'banded', 'labelTier'],
    }),
    requirementId: Type.String({ minLength: 1, maxLength: 61 }),
    direction: Nullable(Type.Unsafe<'higherIsBetter' | 'lowerIsBetter'>({ type: 'string', enum: ['higherIsBetter', 'lowerIsBetter'] })),
    bands: Nullable(Type.Array(ScoringBand, { minItems: 1, maxItems: 20 })),
    tiers: Nullable(
      Type.Array(
        Type.Object({ value: Type.String({ minLength: 1, maxLength: 100 }), share: Type.Number({ minimum: 0, maximum: 1 }) }, { additionalProperties: false }),
        { minItems: 1, maxItems: 20 },
      ),
    ),
    bandsSource: Nullable(Type.String({ maxLength: 500, description: 'Where the bands come from, or that the buyer sets them.' })),
  },
  { $id: 'ScoringRule', additionalProperties: false, description: 'How an award criterion turns a response into points.' },
)
export type ScoringRule = Static<typeof ScoringRule>

export const Reference = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 500 }),
    url: Nullable(Type.String({ format: 'uri', maxLength: 2000 })),
  },
  { $id: 'Reference', additionalProperties: false },
)

/** The editable content of a criterion version: what an admin writes and what the seed holds. */
export const CriterionContent = Type.Object(
  {
    title: Text,
    description: Text,
    type: CriterionType,
    aspects: Type.Array(CircularityAspect, { minItems: 1, maxItems: 10, uniqueItems: true }),
    lifeCycleStage: LifeCycleStage,
    ambitionLevels: Type.Array(AmbitionLevel, { minItems: 1, maxItems: ambitionLevels.length, uniqueItems: true }),
    productCategories: Type.Array(ProductCategoryCode, { minItems: 1, maxItems: 20, uniqueItems: true }),
    l1061: Type.Object(
      {
        aims: Type.Array(L1061Aim, { maxItems: 4, uniqueItems: true }),
        clauses: Type.Array(Type.String({ pattern: '^\\d+(\\.\\d+)*$' }), { maxItems: 10, uniqueItems: true }),
      },
      { additionalProperties: false },
    ),
    ocds: Type.Object(
      {
        goals: Type.Array(OcdsGoal, { minItems: 1, maxItems: 10, uniqueItems: true }),
        strategies: Type.Array(OcdsStrategy, { minItems: 1, maxItems: 9, uniqueItems: true }),
      },
      { additionalProperties: false },
    ),
    requirements: Type.Array(Ref(Requirement), { minItems: 1, maxItems: 50 }),
    scoring: Nullable(Ref(ScoringRule)),
    acceptedEvidence: Type.Array(EvidenceTypeCode, { minItems: 1, maxItems: 20, uniqueItems: true }),
    acceptedLabels: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 20, uniqueItems: true }),
    verification: Text,
    references: Type.Array(Ref(Reference), { maxItems: 20 }),
    validFrom: Nullable(CalendarDate),
    validTo: Nullable(CalendarDate),
  },
  { $id: 'CriterionContent', additionalProperties: false },
)
export type CriterionContent = Static<typeof CriterionContent>

export const CriterionSource = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{1,40}$', examples: ['EU-GPP-2021-CMTS'] }),
    title: Type.String({ minLength: 1, maxLength: 500 }),
    publisher: Type.String({ minLength: 1, maxLength: 200 }),
    published: Nullable(CalendarDate),
    url: Nullable(Type.String({ format: 'uri', maxLength: 2000 })),
  },
  { $id: 'CriterionSource', additionalProperties: false },
)
export type CriterionSource = Static<typeof CriterionSource>

export const CreateCriterion = Type.Object(
  {
    source: Ref(CriterionSource),
    code: Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{0,20}$', examples: ['TS2'] }),
    content: Ref(CriterionContent),
  },
  { $id: 'CreateCriterion', additionalProperties: false },
)
export type CreateCriterion = Static<typeof CreateCriterion>

export const CriterionVersion = Type.Object(
  {
    id: CriterionId,
    code: Type.String(),
    source: Ref(CriterionSource),
    version: VersionNumber,
    status: VersionStatus,
    content: Ref(CriterionContent),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    publishedAt: Nullable(Timestamp),
    deprecatedAt: Nullable(Timestamp),
  },
  { $id: 'CriterionVersion', additionalProperties: false },
)
export type CriterionVersion = Static<typeof CriterionVersion>

export const CriteriaQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Free text, matched as word prefixes in every language present.' })),
    productCategory: Type.Optional(ProductCategoryCode),
    type: Type.Optional(CriterionType),
    aspect: Type.Optional(CircularityAspect),
    lifeCycleStage: Type.Optional(LifeCycleStage),
    ambitionLevel: Type.Optional(AmbitionLevel),
    source: Type.Optional(Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{1,40}$', description: 'Source code, e.g. EU-GPP-2021-CMTS.' })),
    status: Type.Optional({ ...VersionStatus, default: 'published' }),
  },
  { additionalProperties: false },
)
export type CriteriaQuery = Static<typeof CriteriaQuery>
