import { Type, type Static } from 'typebox'
import { CalendarDate, Measure, Money, Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'
import { deviceTypes } from '../domain/factor-sets.ts'
import { CriterionKey, exemplified, LotId, RequirementKey, Uuid } from './common.ts'

export const OfferedProduct = Type.Object(
  {
    model: Type.String({ minLength: 1, maxLength: 300 }),
    gtin: Nullable(Type.String({ pattern: '^\\d{8}$|^\\d{12,14}$', description: 'GTIN-8, -12, -13 or -14.' })),
    deviceType: StringEnum(deviceTypes),
    quantity: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
    unitPrice: Ref(Money),
    condition: StringEnum(['new', 'refurbished'] as const),
    declaredLifetimeYears: Type.Number({ exclusiveMinimum: 0, maximum: 30 }),
    yearlyEnergyKWh: Type.Number({ minimum: 0, maximum: 1_000_000, description: 'Typical energy consumption per unit and year.' }),
    massKg: Type.Number({ exclusiveMinimum: 0, maximum: 100_000 }),
    serviceCostPerUnit: Type.Optional(Nullable(Ref(Money))),
    residualValuePerUnit: Type.Optional(Nullable(Ref(Money))),
    declaredEmbodiedKgCo2ePerUnit: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1_000_000 }))),
  },
  { $id: 'OfferedProduct', additionalProperties: false },
)

export const RequirementResponse = Type.Object(
  {
    requirementId: RequirementKey,
    value: Type.Union([
      Type.Boolean(),
      Measure(),
      Type.String({ maxLength: 2000 }),
      Type.Array(Type.String({ minLength: 1, maxLength: 300 }), {
        maxItems: 100,
        description: 'For an itemList requirement: the buyer’s listed items the offer passes, each named once as listed.',
      }),
    ]),
    unit: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { $id: 'RequirementResponse', additionalProperties: false },
)

export const BidContent = Type.Object(
  {
    offeredProducts: Type.Array(Ref(OfferedProduct), { minItems: 1, maxItems: 100 }),
    responses: Type.Array(Ref(RequirementResponse), { maxItems: 1000 }),
  },
  { $id: 'BidContent', additionalProperties: false },
)
export type BidContent = Static<typeof BidContent>

export const Bid = Type.Object(
  {
    id: Uuid,
    procurementId: Uuid,
    lotId: LotId,
    supplierId: Uuid,
    status: StringEnum(['draft', 'submitted', 'withdrawn'] as const),
    offeredProducts: Type.Array(Ref(OfferedProduct)),
    responses: Type.Array(Ref(RequirementResponse)),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    submittedAt: Nullable(Timestamp),
  },
  { $id: 'Bid', additionalProperties: false },
)
export type Bid = Static<typeof Bid>

export const evidenceTypes = [
  'type1EcolabelCertificate',
  'registryEntry',
  'testReport',
  'conformityCertificate',
  'managementSystemCertificate',
  'supplierDeclaration',
  'technicalDossier',
  'productCarbonFootprint',
  'serviceAgreement',
  'warrantyTerms',
  'dataErasureCertificate',
  'recyclerCertificate',
  'performanceReport',
  'auditReport',
] as const

/**
 * The ecolabel, standard or scheme a piece of evidence attests. Type I ecolabels (ISO 14024):
 * EU Ecolabel, EPEAT, TCO Certified, Blue Angel; ENERGY_STAR is an energy label, not type I.
 * Management systems: ISO 14001 and EMAS (environmental), ISO 9001 (quality), ISO 45001
 * (occupational health and safety). End-of-life treatment: R2, e-Stewards, EN 50625.
 */
export const evidenceSchemes = [
  'EU_ECOLABEL',
  'EPEAT',
  'TCO_CERTIFIED',
  'BLUE_ANGEL',
  'ENERGY_STAR',
  'ISO_14001',
  'EMAS',
  'ISO_9001',
  'ISO_45001',
  'R2',
  'E_STEWARDS',
  'EN_50625',
  'OTHER',
] as const

export const evidenceCoverages = ['products', 'organisation'] as const

const EvidenceScheme = StringEnum(evidenceSchemes, {
  description:
    'The ecolabel, standard or scheme the evidence attests: Type I ecolabels (ISO 14024) `EU_ECOLABEL`, `EPEAT`, `TCO_CERTIFIED`, `BLUE_ANGEL`; the energy label `ENERGY_STAR`; management systems `ISO_14001`, `EMAS` (environmental), `ISO_9001` (quality), `ISO_45001` (health and safety); end-of-life treatment `R2`, `E_STEWARDS`, `EN_50625`; `OTHER` for anything else. Evidence without a scheme is not counted in the ecolabel (K18) and certified-supplier (K19) KPIs.',
})
const EvidenceCoverage = StringEnum(evidenceCoverages, {
  description: '`products`: the offered product models listed in coveredModels (a product label); `organisation`: the supplier as a whole (a management system).',
})
const CoveredModels = Type.Array(Type.String({ minLength: 1, maxLength: 300 }), {
  maxItems: 100,
  uniqueItems: true,
  description: 'With coverage `products`: the models of the bid\'s offered products the evidence covers, each spelt as in offeredProducts[].model. Empty otherwise.',
})

export const CreateEvidence = Type.Object(
  {
    criterionId: CriterionKey,
    type: StringEnum(evidenceTypes, { description: 'Evidence type code of the catalogue.' }),
    issuer: Type.String({ minLength: 1, maxLength: 300 }),
    identifier: Nullable(Type.String({ minLength: 1, maxLength: 300, description: 'Certificate number or registry id.' })),
    validUntil: Nullable(CalendarDate),
    url: Nullable(Type.String({ format: 'uri', maxLength: 2000 })),
    documentHash: Nullable(Type.String({ pattern: '^sha256:[0-9a-f]{64}$', description: 'sha256 of the document, as sha256:<hex>.' })),
    scheme: Type.Optional(Nullable(EvidenceScheme)),
    coverage: Type.Optional(Nullable(EvidenceCoverage)),
    coveredModels: Type.Optional(CoveredModels),
  },
  { $id: 'CreateEvidence', additionalProperties: false },
)
export type CreateEvidence = Static<typeof CreateEvidence>

export const evidenceStatuses = ['submitted', 'under_review', 'verified', 'rejected', 'clarification_requested', 'expired'] as const

export const Evidence = Type.Object(
  {
    id: Uuid,
    bidId: Uuid,
    ...CreateEvidence.properties,
    scheme: Nullable(EvidenceScheme),
    coverage: Nullable(EvidenceCoverage),
    coveredModels: CoveredModels,
    status: StringEnum(evidenceStatuses, { description: '`expired` once validUntil has passed, whatever was decided before.' }),
    statusReason: Nullable(Type.String()),
    reviewedBy: Nullable(Type.String()),
    reviewedAt: Nullable(Timestamp),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Evidence', additionalProperties: false },
)
export type Evidence = Static<typeof Evidence>

export const ReviewEvidence = Type.Object(
  {
    status: StringEnum(['under_review', 'verified', 'rejected', 'clarification_requested'] as const),
    reason: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 4000, description: 'Required when rejecting or asking for clarification.' }))),
  },
  { $id: 'ReviewEvidence', additionalProperties: false },
)

/** Response examples: a submitted bid for notebooks, and its verified warranty terms. */
export const exampleBidRecord: Bid = {
  id: '5b0f6a6e-2f0c-4f43-8f1e-6b3a9d2c7e41',
  procurementId: '9c3e1d2b-4a5f-4e6d-8b7c-1a2b3c4d5e6f',
  lotId: 'LOT-1',
  supplierId: '7d2c4e1a-5b3f-4a8e-9c6d-2e1f0a9b8c7d',
  status: 'submitted',
  offeredProducts: [
    {
      model: 'EcoBook 14 G3',
      gtin: '04012345678901',
      deviceType: 'laptop',
      quantity: 1000,
      unitPrice: { amount: '820.00', currency: 'EUR' },
      condition: 'new',
      declaredLifetimeYears: 6,
      yearlyEnergyKWh: 18.8,
      massKg: 1.4,
      serviceCostPerUnit: { amount: '60.00', currency: 'EUR' },
      residualValuePerUnit: null,
      declaredEmbodiedKgCo2ePerUnit: null,
    },
  ],
  responses: [
    { requirementId: 'TS3.years.core', value: 4, unit: 'year' },
    { requirementId: 'AC5.improvement', value: 35, unit: 'percent' },
  ],
  createdAt: '2027-01-12T08:30:00.000Z',
  updatedAt: '2027-01-14T16:05:00.000Z',
  submittedAt: '2027-01-14T16:05:00.000Z',
}

export const exampleEvidenceRecord: Evidence = {
  id: 'e1d2c3b4-a5f6-4e7d-8c9b-0a1f2e3d4c5b',
  bidId: exampleBidRecord.id,
  criterionId: 'EU-GPP-2021-CMTS.TS3',
  type: 'warrantyTerms',
  issuer: 'EcoBook Ltd',
  identifier: 'WARRANTY-2027-14G3',
  validUntil: '2031-12-31',
  url: 'https://example.org/warranty.pdf',
  documentHash: null,
  scheme: null,
  coverage: null,
  coveredModels: [],
  status: 'verified',
  statusReason: null,
  reviewedBy: 'evaluator-17',
  reviewedAt: '2027-02-03T10:20:00.000Z',
  createdAt: '2027-01-13T11:00:00.000Z',
  updatedAt: '2027-02-03T10:20:00.000Z',
}

export const bidSchemas = [OfferedProduct, RequirementResponse, exemplified(Bid, [exampleBidRecord]), exemplified(Evidence, [exampleEvidenceRecord])]
