import type { Kysely } from 'kysely'
import type { Actor } from './actor.ts'
import { insertAuditEntry, type AuditEntry } from './repositories/audit-log.ts'
import type { KernelTables } from './repositories/kernel-tables.ts'

export type { AuditEntry }

/**
 * Appends to the audit trail inside the caller's transaction, so a change and its record commit
 * or roll back together: who, in which role, through which mediator caller (and whether a trusted
 * mediator vouched for it), under which correlation id.
 */
export async function recordAudit(db: Kysely<any>, actor: Actor, entry: AuditEntry): Promise<void> {
  await insertAuditEntry(db as Kysely<KernelTables>, actor, entry)
}
