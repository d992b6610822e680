import { Type } from 'typebox'
import { FACTOR_SETS, GRID_EUROPE, ADEME_BOAVIZTA } from '../../kernel/factor-library.ts'
import { Nullable, StringEnum, Timestamp } from '../../kernel/schemas.ts'

export const BuyerId = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$',
  description: 'Buyer organisation id, as the organisation claim of its tokens and the assessment service name it.',
  examples: ['MINFIN'],
})

const INSTANT_TEXT = 'A date (2026-01-01, meaning 00:00 UTC) or an ISO 8601 date-time with offset.'

/** Ids as PostgreSQL issues them: lower-case UUIDs. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const BuyerParams = Type.Object({ buyerId: BuyerId }, { additionalProperties: false })

/** A calendar date or an ISO 8601 instant with its offset; checked for a real calendar day on top. */
export function Instant(description: string) {
  return Type.String({
    pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$',
    maxLength: 40,
    description: `${description} ${INSTANT_TEXT}`,
    examples: ['2026-01-01'],
  })
}

export const FactorSetId = StringEnum([...new Set(FACTOR_SETS.map((set) => set.id))], {
  description: `Named, versioned factor set for the footprint KPIs (default ${ADEME_BOAVIZTA.id}).`,
})

export const GridRegion = StringEnum(Object.keys(ADEME_BOAVIZTA.gridKgCo2ePerKWh.values), {
  description: `Electricity grid for use-phase emissions: EEE Europe, WOR world, or an ISO 3166 alpha-3 country (default ${GRID_EUROPE}).`,
})

export const KpiFilterQuery = {
  buyer: Type.Optional(BuyerId),
  from: Type.Optional(Instant('Start of the period, inclusive.')),
  to: Type.Optional(Instant('End of the period, exclusive.')),
  productCategory: Type.Optional(Type.String({ minLength: 1, maxLength: 100, examples: ['notebooks'] })),
  lotId: Type.Optional(Type.String({ minLength: 1, maxLength: 40, examples: ['LOT-1'] })),
  factorSet: Type.Optional(FactorSetId),
  grid: Type.Optional(GridRegion),
}

export const Freshness = Type.Object(
  {
    source: StringEnum(['assessment-events', 'catalogue-changes'] as const),
    lastSuccessAt: Nullable(Timestamp),
    lastError: Nullable(Type.String()),
    lagSeconds: Nullable(Type.Integer({ minimum: 0, description: 'Seconds since the last successful sync.' })),
  },
  { $id: 'Freshness', additionalProperties: false, description: 'How current the read model is for one feed.' },
)
