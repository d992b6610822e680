import type { Kysely } from 'kysely'
import { Type, type Static } from 'typebox'
import { requireRole } from './auth/plugin.ts'
import type { Role } from './auth/roles.ts'
import { listAuditEntries } from './repositories/audit-log.ts'
import type { KernelTables } from './repositories/kernel-tables.ts'
import { decodeCursor, Page, PageQuery, toPage } from './pagination.ts'
import { Nullable, Ref, Timestamp, withExamples } from './schemas.ts'
import type { ServiceApp } from './service-app.ts'
import { problemResponses } from './responses.ts'
import { kernelProblems } from './problems.ts'

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

const auditEventExample: AuditEvent = {
  id: 4182,
  occurredAt: '2027-03-14T09:21:07.512Z',
  actor: { subject: 'buyer-moe-17', roles: ['buyer'] },
  mediatorClient: 'EE/GOV/70000310/procurement-portal',
  mediatorClientVerified: true,
  correlationId: '8e0d3c0e-4b43-4a8e-9a39-6d1f7f0f2b11',
  action: 'procurement.created',
  entityType: 'procurement',
  entityId: '0d6f7a52-5b1e-4c53-9a0e-6f1d2c3b4a50',
  details: { criteriaSet: 'notebooks-comprehensive@1' },
}

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
  return async function (app: ServiceApp) {
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
          response: { 200: withExamples(Page(Ref(AuditEvent), 'AuditEventPage'), [{ items: [auditEventExample], nextCursor: null }]), ...problemResponses(kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => {
        const { limit, cursor, entityType, entityId } = request.query
        const after = decodeCursor(cursor, 1)
        const rows = await listAuditEntries(kdb, { entityType, entityId, afterId: after ? Number(after[0]) : null, limit })
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
