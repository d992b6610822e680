import { sql, type Kysely, type Selectable } from 'kysely'
import type { FeedSource } from '../ingestion/feed-types.ts'
import type { FeedCursorTable, ReportingDatabase } from './database.ts'

type Db = Kysely<ReportingDatabase>

export interface FeedCursorRecord {
  source: FeedSource
  cursor: string | null
  eventsApplied: number
  lastPolledAt: Date | null
  lastSuccessAt: Date | null
  lastError: string | null
}

const toRecord = (row: Selectable<FeedCursorTable>): FeedCursorRecord => ({
  source: row.source,
  cursor: row.cursor,
  eventsApplied: row.events_applied,
  lastPolledAt: row.last_polled_at,
  lastSuccessAt: row.last_success_at,
  lastError: row.last_error,
})

export async function readCursor(db: Db, source: FeedSource): Promise<string | null> {
  const row = await db.selectFrom('feed_cursors').select('cursor').where('source', '=', source).executeTakeFirstOrThrow()
  return row.cursor
}

export async function listFeedCursors(db: Db): Promise<FeedCursorRecord[]> {
  return (await db.selectFrom('feed_cursors').selectAll().orderBy('source').execute()).map(toRecord)
}

/**
 * Compare-and-set: the cursor moves only from the position the page was read at. When a rebuild
 * (or another replica) moved it meanwhile, nothing is updated and the caller rolls the page back.
 */
export async function advanceCursor(db: Db, source: FeedSource, from: string | null, to: string, applied: number): Promise<boolean> {
  const result = await db
    .updateTable('feed_cursors')
    .set({ cursor: to, events_applied: sql<number>`events_applied + ${applied}` })
    .where('source', '=', source)
    .where(sql<boolean>`cursor is not distinct from ${from}`)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function recordPoll(db: Db, source: FeedSource, error: string | null): Promise<void> {
  await db
    .updateTable('feed_cursors')
    .set((eb) => ({
      last_polled_at: sql<Date>`now()`,
      last_success_at: error === null ? sql<Date>`now()` : eb.ref('last_success_at'),
      last_error: error,
    }))
    .where('source', '=', source)
    .execute()
}

/** Marks events as applied; returns the ids that were new, so a repeated event is a no-op. */
export async function claimEvents(db: Db, source: FeedSource, eventIds: string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set()
  const rows = await db
    .insertInto('applied_events')
    .values(eventIds.map((event_id) => ({ source, event_id })))
    .onConflict((oc) => oc.doNothing())
    .returning('event_id')
    .execute()
  return new Set(rows.map((r) => r.event_id))
}
