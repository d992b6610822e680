import { Type, type Static } from 'typebox'
import { Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'

export const FeedStatus = Type.Object(
  {
    source: StringEnum(['assessment-events', 'catalogue-changes'] as const),
    cursor: Nullable(Type.String({ description: 'Opaque position in the source feed; null before the first event.' })),
    eventsApplied: Type.Integer({ minimum: 0, description: 'Events applied since the last rebuild.' }),
    lastPolledAt: Nullable(Timestamp),
    lastSuccessAt: Nullable(Timestamp),
    lastError: Nullable(Type.String({ description: 'Why the last poll failed; null when it succeeded.' })),
    lagSeconds: Nullable(Type.Integer({ minimum: 0, description: 'Seconds since the last successful sync.' })),
  },
  { $id: 'FeedStatus', additionalProperties: false },
)

export type FeedStatus = Static<typeof FeedStatus>

export const ReadModelStatus = Type.Object(
  {
    feeds: Type.Array(Ref(FeedStatus)),
    counts: Type.Object(
      { procurements: Type.Integer(), awards: Type.Integer(), contracts: Type.Integer(), performanceReports: Type.Integer(), criteria: Type.Integer() },
      { additionalProperties: false, description: 'Rows in the read model.' },
    ),
  },
  {
    $id: 'ReadModelStatus',
    additionalProperties: false,
    examples: [
      {
        feeds: [
          { source: 'assessment-events', cursor: 'WzQyXQ', eventsApplied: 42, lastPolledAt: '2026-11-26T10:00:05.000Z', lastSuccessAt: '2026-11-26T10:00:05.000Z', lastError: null, lagSeconds: 3 },
          { source: 'catalogue-changes', cursor: 'WzEzMF0', eventsApplied: 130, lastPolledAt: '2026-11-26T10:00:05.000Z', lastSuccessAt: '2026-11-26T09:58:00.000Z', lastError: '127.0.0.1:3001/api/v1/changes could not be reached', lagSeconds: 128 },
        ],
        counts: { procurements: 12, awards: 9, contracts: 8, performanceReports: 20, criteria: 95 },
      },
    ],
  },
)
export type ReadModelStatus = Static<typeof ReadModelStatus>

export const readModelSchemas = [FeedStatus, ReadModelStatus]
