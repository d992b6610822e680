import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// Webhook queueing and the feed's type filter look events up by type after a sequence number.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index events_type_sequence on events (type, sequence)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index events_type_sequence`.execute(db)
}
