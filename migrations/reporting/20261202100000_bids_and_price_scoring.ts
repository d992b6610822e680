import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// Every submitted bid with the status its lot's latest evaluation gave it, and how the tender
// scores price, so the OCDS export can publish every bid and type a life-cycle-cost criterion.
// The assessment feed is replayed from the start to fill them (every projector is an upsert).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table procurements add column price_scoring jsonb;
    create table bids (
      id uuid primary key,
      procurement_id uuid not null references procurements (id),
      lot_id text not null,
      supplier_id uuid not null,
      status text not null,
      reasons jsonb not null default '[]',
      rank integer,
      submitted_at timestamptz not null
    );
    create index bids_procurement on bids (procurement_id, lot_id);
    delete from applied_events where source = 'assessment-events';
    update feed_cursors set cursor = null, events_applied = 0 where source = 'assessment-events';
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table bids;
    alter table procurements drop column price_scoring;
  `.execute(db)
}
