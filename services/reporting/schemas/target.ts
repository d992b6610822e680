import { Type, type Static } from 'typebox'
import { CalendarDate, Measure, Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'

export const TargetInput = Type.Object(
  {
    kpiId: Type.String({ minLength: 1, maxLength: 20, description: 'A KPI with one figure that this deployment computes (see GET /kpis).' }),
    targetValue: Measure({ description: 'In the KPI’s unit.' }),
    direction: StringEnum(['atLeast', 'atMost'] as const, { description: 'Whether the KPI must reach at least or at most the target value.' }),
    baselineValue: Measure({ description: 'Where the KPI stood at the baseline date, in its unit.' }),
    baselineDate: CalendarDate,
    deadline: CalendarDate,
  },
  { $id: 'TargetInput', additionalProperties: false },
)
export type TargetInput = Static<typeof TargetInput>

export const exampleTarget = { id: '0b8f5a56-4c1e-4d7a-9f3e-2a1b3c4d5e6f', buyerId: 'MINFIN', kpiId: 'K05', targetValue: 30, direction: 'atLeast', baselineValue: 5, baselineDate: '2026-01-01', deadline: '2028-12-31', createdAt: '2026-02-03T09:00:00.000Z', updatedAt: '2026-02-03T09:00:00.000Z' }

export const Target = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    buyerId: Type.String(),
    ...TargetInput.properties,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  {
    $id: 'Target',
    additionalProperties: false,
    examples: [exampleTarget],
  },
)
export type Target = Static<typeof Target>

const Observation = Type.Object({ at: Timestamp, value: Type.Number() }, { additionalProperties: false })

export const TargetProgress = Type.Object(
  {
    target: Ref(Target),
    status: StringEnum(['achieved', 'onTrack', 'offTrack', 'noData'] as const),
    basis: Nullable(StringEnum(['trend', 'trajectory'] as const, { description: 'What decided onTrack/offTrack: the fitted trend, or the straight line from baseline to target.' })),
    latest: Nullable(Observation),
    progress: Nullable(Type.Number({ description: 'Share of the way from baseline to target: 0 at baseline, 1 at target.' })),
    expectedAtLatest: Nullable(Type.Number({ description: 'Where the straight line from baseline to target stands at the latest observation.' })),
    projectedAtDeadline: Nullable(Type.Number({ description: 'The least-squares trend through baseline and observations, at the deadline.' })),
    slopePerYear: Nullable(Type.Number()),
    observationCount: Type.Integer({ minimum: 0 }),
    note: Nullable(Type.String()),
    interval: StringEnum(['quarter'] as const),
    series: Type.Array(Type.Object({ from: Timestamp, to: Timestamp, value: Nullable(Type.Number()), recordCount: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }), {
      description: 'The KPI per quarter from the baseline date to now: what the status rests on.',
    }),
  },
  {
    $id: 'TargetProgress',
    additionalProperties: false,
    examples: [
      {
        target: exampleTarget,
        status: 'onTrack',
        basis: 'trend',
        latest: { at: '2026-10-01T00:00:00.000Z', value: 16 },
        progress: 0.44,
        expectedAtLatest: 11.232876712328768,
        projectedAtDeadline: 49.89906656087888,
        slopePerYear: 15.053352774960148,
        observationCount: 3,
        note: null,
        interval: 'quarter',
        series: [
          { from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z', value: 8, recordCount: 2 },
          { from: '2026-04-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z', value: 12.5, recordCount: 3 },
          { from: '2026-07-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z', value: 16, recordCount: 4 },
          { from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', value: null, recordCount: 0 },
        ],
      },
    ],
  },
)
export type TargetProgress = Static<typeof TargetProgress>

export const targetSchemas = [Target, TargetProgress]
