import type { Kysely } from 'kysely'
import type { Actor } from '../actor.ts'
import type { KernelTables } from './kernel-tables.ts'

export interface AuditEntry {
  action: string
  entityType: string
  entityId: string
  details?: Record<string, unknown>
}

export function insertAuditEntry(db: Kysely<KernelTables>, actor: Actor, entry: AuditEntry) {
  return db
    .insertInto('audit_log')
    .values({
      actor_subject: actor.subject,
      actor_roles: [...actor.roles],
      mediator_client: actor.mediatorClient,
      mediator_client_verified: actor.mediatorClientVerified,
      correlation_id: actor.correlationId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute()
}

export interface AuditFilter {
  entityType?: string | undefined
  entityId?: string | undefined
  afterId: number | null
  limit: number
}

/** Oldest first, one more than the page so the caller knows whether another page follows. */
export function listAuditEntries(db: Kysely<KernelTables>, filter: AuditFilter) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .$if(filter.entityType !== undefined, (q) => q.where('entity_type', '=', filter.entityType!))
    .$if(filter.entityId !== undefined, (q) => q.where('entity_id', '=', filter.entityId!))
    .$if(filter.afterId !== null, (q) => q.where('id', '>', filter.afterId!))
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute()
}
