import { Type, type Static } from 'typebox'
import { CalendarDate, Nullable, Ref, Timestamp } from '../../kernel/schemas.ts'
import { CriterionKey, Uuid } from './common.ts'
import { RequirementResponse } from './bid.ts'
import { TenderRequirement } from './evaluation-criteria.ts'
import { ResponseProblem } from './evaluation.ts'

const Count = Type.Integer({ minimum: 0, maximum: 100_000_000 })

export const PerformanceFigures = Type.Object(
  {
    unitsCollected: Count,
    unitsReused: Count,
    unitsRecycled: Count,
    unitsSanitised: Count,
    sanitisationCertificates: Count,
    repairs: Count,
    sparePartsDelivered: Count,
  },
  { $id: 'PerformanceFigures', additionalProperties: false, description: 'End-destination and service figures for the period (EU GPP CPC2; ITU-T L.1081 for sanitisation).' },
)

export const CreateContract = Type.Object(
  { signedOn: CalendarDate, endsOn: Nullable(CalendarDate) },
  { $id: 'CreateContract', additionalProperties: false },
)

export const CreatePerformanceReport = Type.Object(
  {
    periodStart: CalendarDate,
    periodEnd: CalendarDate,
    responses: Type.Array(Ref(RequirementResponse), { maxItems: 200, description: 'Answers to the clause’s requirements for the period.' }),
    figures: Ref(PerformanceFigures),
  },
  { $id: 'CreatePerformanceReport', additionalProperties: false },
)
export type CreatePerformanceReport = Static<typeof CreatePerformanceReport>

export const PerformanceReport = Type.Object(
  {
    id: Uuid,
    periodStart: CalendarDate,
    periodEnd: CalendarDate,
    figures: Ref(PerformanceFigures),
    met: Type.Boolean(),
    requirements: Type.Array(
      Type.Object({ requirementId: Type.String(), met: Type.Boolean(), problems: Type.Array(Ref(ResponseProblem)) }, { additionalProperties: false }),
    ),
    createdAt: Timestamp,
  },
  { $id: 'PerformanceReport', additionalProperties: false },
)

export const PerformanceClause = Type.Object(
  {
    id: Uuid,
    criterionId: CriterionKey,
    title: Type.String(),
    requirements: Type.Array(Ref(TenderRequirement)),
    met: Nullable(Type.Boolean({ description: 'Whether the latest report meets the clause; null before any report.' })),
    reports: Type.Array(Ref(PerformanceReport)),
  },
  { $id: 'PerformanceClause', additionalProperties: false },
)

export const Contract = Type.Object(
  {
    id: Uuid,
    awardId: Uuid,
    procurementId: Uuid,
    supplierId: Uuid,
    signedOn: CalendarDate,
    endsOn: Nullable(CalendarDate),
    clauses: Type.Array(Ref(PerformanceClause)),
    createdAt: Timestamp,
  },
  { $id: 'Contract', additionalProperties: false },
)

export const contractSchemas = [PerformanceFigures, CreatePerformanceReport, PerformanceReport, PerformanceClause, Contract]
