import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// A webhook subscription belongs to its caller as a whole: the subject together with the
// organisation and the supplier it acts for. Subscriptions made before carry neither, and stay
// with the subject acting for no organisation and no supplier.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table webhook_subscriptions add column owner_organisation_id text, add column owner_supplier_id text`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table webhook_subscriptions drop column owner_organisation_id, drop column owner_supplier_id`.execute(db)
}
