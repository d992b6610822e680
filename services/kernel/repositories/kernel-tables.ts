import type { ColumnType, Generated } from 'kysely'

/**
 * Tables every service keeps in its own schema for the kernel's plumbing. Each service's first
 * migration creates them (migrations are frozen, so each holds its own copy of the DDL).
 */
export interface AuditLogTable {
  id: Generated<number>
  occurred_at: ColumnType<Date, never, never>
  actor_subject: string | null
  actor_roles: string[]
  mediator_client: string | null
  /** Whether a trusted mediator vouched for mediator_client; false: the caller only claimed it. */
  mediator_client_verified: ColumnType<boolean, boolean | undefined, never>
  correlation_id: string
  action: string
  entity_type: string
  entity_id: string
  details: ColumnType<unknown, string, never>
}

export interface IdempotencyKeyTable {
  key: string
  scope: string
  request_hash: string
  state: 'pending' | 'completed'
  status_code: number | null
  response_headers: ColumnType<Record<string, string> | null, string | null, string | null>
  response_body: string | null
  /** Reset when a key past its retention is taken again. */
  created_at: ColumnType<Date, never, Date>
}

export interface KernelTables {
  audit_log: AuditLogTable
  idempotency_keys: IdempotencyKeyTable
}
