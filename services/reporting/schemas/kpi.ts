import { Type, type Static } from 'typebox'
import { Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'
import { Freshness } from './common.ts'

const Dimension = Nullable(
  Type.Object({}, { additionalProperties: Type.String(), description: 'Set when one KPI yields several figures (per strategy, per metal, count vs value).' }),
)
const FactorSetRef = Nullable(Type.Object({ id: Type.String(), version: Type.String() }, { additionalProperties: false }))

const exampleKpiDefinition = {
  id: 'K01',
  name: 'Share of ICT procedures with circular criteria',
  formula: 'n(processes with `hasSustainability` ∧ goal ∈ circular set) / n(ICT processes)',
  unit: '%',
  dataSource: '`tender.hasSustainability`, `sustainability[].goal`, CPV 30.2/32.25/48/72',
  basis: 'OCDS sustainability extension, its motivation',
  flags: ['V'],
  availability: 'computed',
  recordKind: 'procurement',
  implementationNote: 'The circular goal set is a configurable choice of ours.',
  eventFields: ['procurement.created: cpvCodes', 'procurement.created: productCategory', 'procurement.statusChanged: to', 'procurement.created: criteria[].goals'],
  reason: null,
}

export const KpiDefinition = Type.Object(
  {
    id: Type.String({ examples: ['K01'] }),
    name: Type.String(),
    formula: Type.String(),
    unit: Type.String(),
    dataSource: Type.String(),
    basis: Type.String(),
    flags: Type.Array(StringEnum(['V', 'S', 'R'] as const), { description: 'V verified in a primary source, S secondary, R still to be checked.' }),
    availability: StringEnum(['computed', 'partial', 'notAvailable'] as const, {
      description: 'Whether this deployment computes the KPI from its feeds: fully, some of its figures, or not at all.',
    }),
    recordKind: Nullable(StringEnum(['procurement', 'contract', 'unitLine', 'performanceReport', 'supplier'] as const, { description: 'What one record behind recordCount is.' })),
    implementationNote: Nullable(Type.String()),
    eventFields: Type.Array(Type.String(), {
      description: 'The assessment event fields the KPI is computed from, as `event type: field path in its data` (K12 counts figures.sanitisationCertificates over figures.unitsCollected, never unitsSanitised).',
    }),
    reason: Nullable(Type.String({ description: 'Why the KPI, or part of it, is not computed.' })),
  },
  {
    $id: 'KpiDefinition',
    additionalProperties: false,
    examples: [exampleKpiDefinition],
  },
)
export type KpiDefinition = Static<typeof KpiDefinition>

export const KpiCatalogue = Type.Object({ items: Type.Array(Ref(KpiDefinition)) }, { $id: 'KpiCatalogue', additionalProperties: false, examples: [{ items: [exampleKpiDefinition] }] })

const exampleKpiValue = { kpiId: 'K05', name: 'Share of refurbished/remanufactured units', dimension: null, value: 37.5, unit: '%', numerator: 300, denominator: 800, recordCount: 4, factorSet: null, formula: 'refurbished units / all units delivered', note: null }

export const KpiValue = Type.Object(
  {
    kpiId: Type.String(),
    name: Type.String(),
    dimension: Dimension,
    value: Nullable(Type.Number({ description: 'null when there is nothing to compute it from; `note` says why.' })),
    unit: Type.String(),
    numerator: Nullable(Type.Number()),
    denominator: Nullable(Type.Number()),
    recordCount: Type.Integer({ minimum: 0, description: 'How many records the value rests on.' }),
    factorSet: FactorSetRef,
    formula: Type.String(),
    note: Nullable(Type.String()),
  },
  {
    $id: 'KpiValue',
    additionalProperties: false,
    examples: [exampleKpiValue],
  },
)
export type KpiValue = Static<typeof KpiValue>

export const AppliedFilter = Type.Object(
  {
    buyer: Nullable(Type.String()),
    from: Nullable(Timestamp),
    to: Nullable(Timestamp),
    productCategory: Nullable(Type.String()),
    lotId: Nullable(Type.String()),
    factorSet: Type.Object({ id: Type.String(), version: Type.String() }, { additionalProperties: false }),
    grid: Type.String(),
  },
  { $id: 'AppliedFilter', additionalProperties: false },
)

const exampleFilter = { buyer: 'MINFIN', from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', productCategory: 'notebooks', lotId: null, factorSet: { id: 'ademe-boavizta', version: '1.0.0' }, grid: 'EEE' }
const exampleFreshness = [
  { source: 'assessment-events', lastSuccessAt: '2026-11-26T10:00:05.000Z', lastError: null, lagSeconds: 3 },
  { source: 'catalogue-changes', lastSuccessAt: '2026-11-26T10:00:00.000Z', lastError: null, lagSeconds: 8 },
]

export const KpiValues = Type.Object(
  {
    filter: Ref(AppliedFilter),
    asOf: Timestamp,
    values: Type.Array(Ref(KpiValue)),
    freshness: Type.Array(Ref(Freshness)),
  },
  {
    $id: 'KpiValues',
    additionalProperties: false,
    examples: [{ filter: exampleFilter, asOf: '2026-11-26T10:00:08.000Z', values: [exampleKpiValue], freshness: exampleFreshness }],
  },
)
export type KpiValues = Static<typeof KpiValues>

export const SeriesPoint = Type.Object(
  {
    from: Timestamp,
    to: Timestamp,
    values: Type.Array(Ref(KpiValue), { description: 'The KPI’s figures for this period (one, or one per dimension).' }),
  },
  { $id: 'KpiSeriesPoint', additionalProperties: false },
)

export const KpiSeries = Type.Object(
  {
    kpiId: Type.String(),
    name: Type.String(),
    unit: Type.String(),
    interval: StringEnum(['quarter', 'year'] as const),
    filter: Ref(AppliedFilter),
    points: Type.Array(Ref(SeriesPoint)),
    freshness: Type.Array(Ref(Freshness)),
  },
  {
    $id: 'KpiSeries',
    additionalProperties: false,
    examples: [
      {
        kpiId: 'K05',
        name: exampleKpiValue.name,
        unit: '%',
        interval: 'quarter',
        filter: exampleFilter,
        points: [
          { from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z', values: [{ ...exampleKpiValue, value: 25, numerator: 50, denominator: 200, recordCount: 1 }] },
          { from: '2026-04-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z', values: [{ ...exampleKpiValue, value: null, numerator: null, denominator: null, recordCount: 0, note: 'no data' }] },
          { from: '2026-07-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z', values: [{ ...exampleKpiValue, value: 40, numerator: 240, denominator: 600, recordCount: 3 }] },
        ],
        freshness: exampleFreshness,
      },
    ],
  },
)
export type KpiSeries = Static<typeof KpiSeries>

export const kpiSchemas = [Freshness, KpiDefinition, KpiCatalogue, KpiValue, AppliedFilter, KpiValues, SeriesPoint, KpiSeries]
