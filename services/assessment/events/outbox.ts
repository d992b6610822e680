import { sql, type Kysely } from 'kysely'
import type { AssessmentDatabase } from '../repositories/database.ts'

/** Event types this service emits; `type` in the CloudEvents envelope is `org.govstack.circular-ict.<type>`. */
export const eventTypes = [
  'supplier.registered',
  'supplier.excluded',
  'procurement.created',
  'procurement.statusChanged',
  'bid.submitted',
  'evidence.reviewed',
  'evaluation.completed',
  'award.made',
  'contract.signed',
  'performance.reported',
] as const
export type EventType = (typeof eventTypes)[number]

/**
 * Writes a domain event in the caller's transaction (the outbox): it is published exactly when
 * the change commits. The transaction-scoped lock makes sequence numbers follow commit order, so
 * a reader paging the feed by sequence can never skip an event that commits late.
 */
export async function recordEvent(db: Kysely<AssessmentDatabase>, type: EventType, subject: string, data: Record<string, unknown>) {
  await sql`select pg_advisory_xact_lock(hashtext('assessment-events'))`.execute(db)
  await db.insertInto('events').values({ type, subject, data: JSON.stringify(data) }).execute()
}
