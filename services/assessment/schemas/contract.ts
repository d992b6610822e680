import { Type, type Static, type TSchema } from 'typebox'
import { CalendarDate, Measure, Nullable, Ref, Timestamp } from '../../kernel/schemas.ts'
import { CriterionKey, exemplified, Uuid } from './common.ts'
import { RequirementResponse } from './bid.ts'
import { TenderRequirement } from './evaluation-criteria.ts'
import { ResponseProblem } from './evaluation.ts'

const Count = Type.Integer({ minimum: 0, maximum: 100_000_000 })
const Amount = Measure({ minimum: 0 })
const Fraction = (description: string) => Nullable(Type.Number({ minimum: 0, maximum: 1, description }))
// Every figure is optional: a clause's report gives only what that clause measures, and absent or
// null means not reported, which reporting keeps apart from a reported zero.
const NotAlwaysReported = <T extends TSchema>(schema: T, description: string) => Type.Optional({ ...Nullable(schema), description })

export const RecoveredMetals = Type.Object(
  { gold: Amount, silver: Amount, palladium: Amount },
  { $id: 'RecoveredMetals', additionalProperties: false, description: 'Metals recovered by the recyclers from the collected units, in grams (EU GPP CPC2 reporting, as the Norwegian DFØ report asks).' },
)

export const DataCentreMetrics = Type.Object(
  {
    pue: Nullable(Type.Number({ minimum: 1, maximum: 10, description: 'Power usage effectiveness (EN 50600-4-2); 1 is the ideal, and no real facility comes near 10.' })),
    ref: Fraction('Renewable energy factor (EN 50600-4-3).'),
    erf: Fraction('Energy reuse factor (EN 50600-4-6).'),
    wue: Nullable(Type.Number({ minimum: 0, maximum: 100, description: 'Water usage effectiveness, litres per kWh of IT energy (EN 50600-4-9); real facilities use a few at most.' })),
    serverUtilisation: Fraction('Average utilisation of the servers (ISO/IEC 30134-5 ITEUsv).'),
  },
  { $id: 'DataCentreMetrics', additionalProperties: false, description: 'Data-centre metrics for the period (EU GPP data-centre performance clauses; Reg. (EU) 2024/1364); null for a metric not measured.' },
)

export const PerformanceFigures = Type.Object(
  {
    unitsCollected: NotAlwaysReported(Count, 'Units of the contract collected in the period.'),
    unitsReused: NotAlwaysReported(Count, 'Collected units prepared for reuse.'),
    unitsRecycled: NotAlwaysReported(Count, 'Collected units sent to recycling.'),
    unitsSanitised: NotAlwaysReported(Count, 'Collected units whose data was sanitised (ITU-T L.1081).'),
    sanitisationCertificates: NotAlwaysReported(Count, 'Collected units with a data-erasure certificate, one certificate per unit; cannot exceed unitsSanitised.'),
    repairs: NotAlwaysReported(Count, 'Repairs carried out in the period.'),
    sparePartsDelivered: NotAlwaysReported(Count, 'Spare parts delivered in the period.'),
    unitsReachedEndOfUse: NotAlwaysReported(Count, 'Units of the contract that reached end of use in the period. Units collected may exceed it when older stock is collected too.'),
    massCollectedKg: NotAlwaysReported(Amount, 'Mass of the units collected, in kg.'),
    massToCertifiedRecyclersKg: NotAlwaysReported(Amount, 'Mass sent to certified recyclers, in kg; needs massCollectedKg and cannot exceed it.'),
    recoveredMetalsG: NotAlwaysReported(Ref(RecoveredMetals), 'Metals recovered from the collected units.'),
    dataCentre: NotAlwaysReported(Ref(DataCentreMetrics), 'For data-centre and cloud contracts.'),
  },
  { $id: 'PerformanceFigures', additionalProperties: false, description: 'End-destination and service figures for the period (EU GPP CPC2; ITU-T L.1081 for sanitisation); a clause’s report gives the figures that clause measures and leaves the others out.' },
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
export type PerformanceReport = Static<typeof PerformanceReport>

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
export type Contract = Static<typeof Contract>

/** Response examples: the first half-year report on the end-destination reporting clause (EU GPP CPC2) of a notebook contract. */
const exampleReport: PerformanceReport = {
  id: 'b7e6d5c4-3a2f-4b1e-9d8c-7f6e5d4c3b2a',
  periodStart: '2027-02-01',
  periodEnd: '2027-07-31',
  figures: { unitsCollected: 180, unitsReused: 150, unitsRecycled: 30, unitsSanitised: 180, sanitisationCertificates: 180, massCollectedKg: 270 },
  met: true,
  requirements: [
    { requirementId: 'CPC2.report', met: true, problems: [] },
    { requirementId: 'CPC2.interval', met: true, problems: [] },
  ],
  createdAt: '2027-08-05T09:00:00.000Z',
}

const exampleContract: Contract = {
  id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  awardId: 'f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f',
  procurementId: '9c3e1d2b-4a5f-4e6d-8b7c-1a2b3c4d5e6f',
  supplierId: '7d2c4e1a-5b3f-4a8e-9c6d-2e1f0a9b8c7d',
  signedOn: '2027-02-01',
  endsOn: '2031-01-31',
  clauses: [
    {
      id: 'd4c3b2a1-6f5e-4d7c-9b8a-1c2d3e4f5a6b',
      criterionId: 'EU-GPP-2021-CMTS.CPC2',
      title: 'Reporting on the end destination of collected equipment',
      requirements: [
        { id: 'CPC2.report', dataType: 'boolean', unit: null, minValue: null, maxValue: null, allowedValues: null, expectedValue: true, buyerValue: 'Units reused, recycled and disposed of per batch, with erasure certificates' },
        { id: 'CPC2.interval', dataType: 'number', unit: 'month', minValue: null, maxValue: 6, allowedValues: null, expectedValue: null, buyerValue: 6 },
      ],
      met: true,
      reports: [exampleReport],
    },
  ],
  createdAt: '2027-02-01T12:00:00.000Z',
}


export const contractSchemas = [RecoveredMetals, DataCentreMetrics, PerformanceFigures, exemplified(PerformanceReport, [exampleReport]), PerformanceClause, exemplified(Contract, [exampleContract])]
