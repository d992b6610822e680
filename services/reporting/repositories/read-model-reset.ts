import { sql, type Kysely } from 'kysely'
import type { ReportingDatabase } from './database.ts'

/**
 * Empties everything built from the feeds and puts both cursors back to the start; run it in a
 * transaction, so the next poll replays both feeds from zero. A page being applied meanwhile fails
 * its cursor check and is rolled back. Targets, settings and self-assessments are the buyers'
 * own data and stay.
 */
export async function resetReadModel(trx: Kysely<ReportingDatabase>): Promise<void> {
  await sql`truncate performance_reports, certificates, contracts, awards, bids, procurements, criteria, suppliers, applied_events`.execute(trx)
  await trx.updateTable('feed_cursors').set({ cursor: null, events_applied: 0 }).execute()
}
