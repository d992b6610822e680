import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// Whether a trusted mediator vouched for the caller header recorded with each audit entry. Older
// entries were never checked, so they count as claimed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log add column mediator_client_verified boolean not null default false`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log drop column mediator_client_verified`.execute(db)
}
