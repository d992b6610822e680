import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { Type, type Static } from 'typebox'
import { decodeCursor, encodeCursor, Page, PageQuery, toPage } from '../../kernel/pagination.ts'
import { problemResponses } from '../../kernel/responses.ts'
import { Ref, Timestamp } from '../../kernel/schemas.ts'
import { listChanges } from '../repositories/changes.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { kernelProblems } from '../../kernel/problems.ts'

const Change = Type.Object(
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

const ChangesQuery = Type.Object({ ...PageQuery }, { additionalProperties: false })

export function changeFeedRoutes(db: Kysely<CatalogueDatabase>) {
  return async function (app: FastifyInstance) {
    app.addSchema(Change)
    app.get(
      '/changes',
      {
        schema: {
          operationId: 'listChanges',
          summary: 'Change feed of everything published or deprecated',
          description: 'Oldest first. Keep the last `nextCursor` (or build one from nothing) and poll with it to sync; an empty page with a cursor means you are up to date.',
          tags: ['changes'],
          querystring: ChangesQuery,
          response: { 200: Page(Ref(Change), 'ChangePage'), ...problemResponses(kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => {
        const { limit, cursor } = request.query as Static<typeof ChangesQuery>
        const after = decodeCursor(cursor, 1)
        const rows = await listChanges(db, after ? Number(after[0]) : 0, limit)
        const page = toPage(rows, limit, (row) => [row.sequence], (row) => ({
          sequence: row.sequence,
          occurredAt: row.occurred_at.toISOString(),
          entityType: row.entity_type,
          entityId: row.entity_id,
          version: row.version,
          action: row.action,
          href: `/api/v1/${row.entity_type === 'criterion' ? 'criteria' : 'criteria-sets'}/${row.entity_id}/versions/${row.version}`,
        }))
        // A feed reader needs a cursor even at the end, to resume from exactly here next time.
        const last = page.items.at(-1)
        return { items: page.items, nextCursor: page.nextCursor ?? (last ? encodeCursor([last.sequence]) : cursor ?? null) }
      },
    )
  }
}
