import { Type, type Static } from 'typebox'
import { PageQuery } from '../../kernel/pagination.ts'
import { Timestamp } from '../../kernel/schemas.ts'

export const Change = Type.Object(
  {
    sequence: Type.Integer({ description: 'Position in the feed; strictly increasing.' }),
    occurredAt: Timestamp,
    entityType: Type.Unsafe<'criterion' | 'criteriaSet'>({ type: 'string', enum: ['criterion', 'criteriaSet'] }),
    entityId: Type.String(),
    version: Type.Integer({ minimum: 1 }),
    action: Type.Unsafe<'published' | 'deprecated'>({ type: 'string', enum: ['published', 'deprecated'] }),
    href: Type.String({ description: 'Path of the version that changed.' }),
  },
  { $id: 'Change', additionalProperties: false, examples: [{ sequence: 42, occurredAt: '2026-11-26T10:00:00.000Z', entityType: 'criterion', entityId: 'EU-GPP-2021-CMTS.TS2', version: 1, action: 'published', href: '/api/v1/criteria/EU-GPP-2021-CMTS.TS2/versions/1' }] },
)
export type Change = Static<typeof Change>

export const ChangesQuery = Type.Object({ ...PageQuery }, { additionalProperties: false })
export type ChangesQuery = Static<typeof ChangesQuery>
