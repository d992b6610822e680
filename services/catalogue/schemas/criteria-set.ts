import { Type, type Static } from 'typebox'
import { PageQuery } from '../../kernel/pagination.ts'
import { LocalizedText, Nullable, Ref, Timestamp } from '../../kernel/schemas.ts'
import { CriterionVersion } from './criterion.ts'
import { AmbitionLevel, CriteriaSetId, CriterionId, ProductCategoryCode, VersionNumber, VersionStatus } from './atoms.ts'

const Text = Ref(LocalizedText)

export const CriteriaSetItem = Type.Object(
  {
    criterionId: CriterionId,
    criterionVersion: Nullable(VersionNumber),
    suggestedWeight: Nullable(
      Type.Number({ minimum: 0, maximum: 100, description: 'Suggested share of the quality points, for award criteria. The buyer fixes the final weighting.' }),
    ),
  },
  {
    $id: 'CriteriaSetItem',
    additionalProperties: false,
    description: 'A criterion in a set. A draft may leave criterionVersion null; publishing pins the latest published version.',
  },
)
export type CriteriaSetItem = Static<typeof CriteriaSetItem>

export const CriteriaSetContent = Type.Object(
  {
    title: Text,
    description: Text,
    productCategory: ProductCategoryCode,
    ambitionLevel: AmbitionLevel,
    procurementRoute: Type.Unsafe<'newEquipment' | 'refurbishedEquipment' | 'service' | 'software'>({
      type: 'string',
      enum: ['newEquipment', 'refurbishedEquipment', 'service', 'software'],
      description: 'EU GPP recommends buying refurbished devices through a route of their own.',
    }),
    items: Type.Array(Ref(CriteriaSetItem), { minItems: 1, maxItems: 200 }),
  },
  { $id: 'CriteriaSetContent', additionalProperties: false },
)
export type CriteriaSetContent = Static<typeof CriteriaSetContent>

export const CreateCriteriaSet = Type.Object(
  { id: CriteriaSetId, content: Ref(CriteriaSetContent) },
  { $id: 'CreateCriteriaSet', additionalProperties: false },
)
export type CreateCriteriaSet = Static<typeof CreateCriteriaSet>

export const CriteriaSetVersion = Type.Object(
  {
    id: CriteriaSetId,
    version: VersionNumber,
    status: VersionStatus,
    content: Ref(CriteriaSetContent),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    publishedAt: Nullable(Timestamp),
    deprecatedAt: Nullable(Timestamp),
  },
  { $id: 'CriteriaSetVersion', additionalProperties: false },
)
export type CriteriaSetVersion = Static<typeof CriteriaSetVersion>

export const ResolvedCriteriaSetVersion = Type.Object(
  {
    ...CriteriaSetVersion.properties,
    criteria: Type.Array(Ref(CriterionVersion), { description: 'The criteria of the set, in item order, each at the version the set pins.' }),
  },
  { $id: 'ResolvedCriteriaSetVersion', additionalProperties: false },
)
export type ResolvedCriteriaSetVersion = Static<typeof ResolvedCriteriaSetVersion>

export const CriteriaSetQuery = Type.Object(
  {
    ...PageQuery,
    productCategory: Type.Optional(ProductCategoryCode),
    ambitionLevel: Type.Optional(AmbitionLevel),
    status: Type.Optional({ ...VersionStatus, default: 'published' }),
  },
  { additionalProperties: false },
)
export type CriteriaSetQuery = Static<typeof CriteriaSetQuery>

export const TenderTextQuery = Type.Object(
  {
    format: Type.Optional(
      Type.Unsafe<'html' | 'markdown'>({ type: 'string', enum: ['html', 'markdown'], default: 'html', description: 'Output format.' }),
    ),
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', description: 'Overrides Accept-Language.' })),
  },
  { additionalProperties: false },
)
export type TenderTextQuery = Static<typeof TenderTextQuery>
