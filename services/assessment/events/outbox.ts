import type { Kysely } from 'kysely'
import type { AssessmentDatabase } from '../repositories/database.ts'
import { appendEvent } from '../repositories/events.ts'

/** Event types this service emits; `type` in the CloudEvents envelope is `org.govstack.circular-ict.<type>`. */
export const eventTypes = [
  'supplier.registered',
  'supplier.excluded',
  'supplier.exclusionEnded',
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
 * the change commits, in commit order.
 */
export async function recordEvent(db: Kysely<AssessmentDatabase>, type: EventType, subject: string, data: Record<string, unknown>) {
  await appendEvent(db, { type, subject, data })
}
