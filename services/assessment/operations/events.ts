import type { Kysely } from 'kysely'
import type { AssessmentDatabase } from '../repositories/database.ts'
import { listEvents } from '../repositories/events.ts'
import type { EventType } from '../events/outbox.ts'

/** The feed after a position, oldest first, plus one event more when a next page exists. */
export function readEvents(db: Kysely<AssessmentDatabase>, afterSequence: number, type: EventType | undefined, limit: number) {
  return listEvents(db, { afterSequence, type, limit })
}
