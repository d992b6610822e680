import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { Type, type Static } from 'typebox'
import { requireRole } from './auth/plugin.ts'
import type { Role } from './auth/roles.ts'
import type { KernelTables } from './kernel-tables.ts'
import { decodeCursor, Page, PageQuery, toPage } from './pagination.ts'
import { Nullable, Ref, Timestamp } from './schemas.ts'
import { problemResponses } from './responses.ts'

export interface AuditEntry {
  action: string
  entityType: string
  entityId: string
  details?: Record<string, unknown>
}

/**
 * Appends to the audit trail inside the caller's transaction, so a change and its record commit
 * or roll back together. Who, in which role, through which mediator caller (and whether a trusted
 * mediator vouched for it), under which correlation id: all taken from the request.
 */
export async function recordAudit(db: Kysely<any>, request: FastifyRequest, entry: AuditEntry): Promise<void> {
  await (db as Kysely<KernelTables>)
    .insertInto('audit_log')
    .values({
      actor_subject: request.principal?.subject ?? null,
      actor_roles: request.principal?.roles ?? [],
      mediator_client: request.mediatorClient,
      mediator_client_verified: request.mediatorClientVerified,
      correlation_id: request.id,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute()
}

export const AuditEvent = Type.Object(
  {
    id: Type.Integer(),
    occurredAt: Timestamp,
    actor: Type.Object({ subject: Nullable(Type.String()), roles: Type.Array(Type.String()) }, { additionalProperties: false }),
    mediatorClient: Nullable(Type.String()),
    mediatorClientVerified: Type.Boolean({ description: 'True when a trusted mediator vouched for the caller; false when the caller only claimed it.' }),
    correlationId: Type.String(),
    action: Type.String({ examples: ['criterion.published'] }),
    entityType: Type.String(),
    entityId: Type.String(),
    details: Type.Object({}, { additionalProperties: true }),
  },
  { $id: 'AuditEvent', additionalProperties: false },
)
type AuditEvent = Static<typeof AuditEvent>

const AuditQuery = Type.Object(
  {
    ...PageQuery,
    entityType: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    entityId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
)

/** The append-only audit trail, read-only over HTTP, oldest first. */
export function auditRoutes(db: Kysely<any>, readers: Role[]) {
  const kdb = db as Kysely<KernelTables>
  return async function (app: FastifyInstance) {
    app.addSchema(AuditEvent)
    app.get(
      '/audit-events',
      {
        onRequest: requireRole(...readers),
        schema: {
          operationId: 'listAuditEvents',
          summary: 'Read the audit trail',
          description: `Every state change, who made it, in which role, through which mediator caller (verified or only claimed). Roles: ${readers.join(', ')}.`,
          tags: ['audit'],
          security: [{ bearerAuth: [] }],
          querystring: AuditQuery,
          response: { 200: Page(Ref(AuditEvent), 'AuditEventPage'), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const { limit, cursor, entityType, entityId } = request.query as Static<typeof AuditQuery>
        const after = decodeCursor(cursor, 1)
        const rows = await kdb
          .selectFrom('audit_log')
          .selectAll()
          .$if(entityType !== undefined, (q) => q.where('entity_type', '=', entityType!))
          .$if(entityId !== undefined, (q) => q.where('entity_id', '=', entityId!))
          .$if(after !== null, (q) => q.where('id', '>', Number(after![0])))
          .orderBy('id')
          .limit(limit + 1)
          .execute()
        return toPage(rows, limit, (row) => [row.id], (row): AuditEvent => ({
          id: row.id,
          occurredAt: row.occurred_at.toISOString(),
          actor: { subject: row.actor_subject, roles: row.actor_roles },
          mediatorClient: row.mediator_client,
          mediatorClientVerified: row.mediator_client_verified,
          correlationId: row.correlation_id,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          details: row.details as Record<string, unknown>,
        }))
      },
    )
  }
}
