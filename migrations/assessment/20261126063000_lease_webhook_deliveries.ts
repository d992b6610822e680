import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// A dispatcher claims a delivery by giving it a lease id and pushing next_attempt_at to the lease's
// end, then calls the subscriber with no transaction open. Its outcome counts only while the
// lease id is still its own; a lease that runs out (the process died mid-call) makes the delivery
// due again.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table webhook_deliveries add column lease_id uuid`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table webhook_deliveries drop column lease_id`.execute(db)
}
