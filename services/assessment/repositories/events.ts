import { sql, type Kysely } from 'kysely'
import type { AssessmentDatabase } from './database.ts'

type Db = Kysely<AssessmentDatabase>

/**
 * Appends an event in the caller's transaction. The transaction-scoped lock makes sequence numbers
 * follow commit order, so a reader paging the feed by sequence can never skip an event that
 * commits late.
 */
export async function appendEvent(db: Db, event: { type: string; subject: string; data: Record<string, unknown> }): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('assessment-events'))`.execute(db)
  await db.insertInto('events').values({ type: event.type, subject: event.subject, data: JSON.stringify(event.data) }).execute()
}

/** Events after the given sequence number, oldest first; one more than the limit tells whether a next page exists. */
export async function listEvents(db: Db, filter: { afterSequence: number; type?: string; limit: number }) {
  return db
    .selectFrom('events')
    .selectAll()
    .where('sequence', '>', filter.afterSequence)
    .$if(filter.type !== undefined, (q) => q.where('type', '=', filter.type!))
    .orderBy('sequence')
    .limit(filter.limit + 1)
    .execute()
}
