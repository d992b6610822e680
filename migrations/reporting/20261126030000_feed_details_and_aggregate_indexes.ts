import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// What the OCDS export needs beyond the KPI read model (supplier names, the tender's weighting,
// the winning bid), the two feed cursors as rows from the start, and indexes for KPI queries
// that cut a buyer's history by period.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table suppliers (
      id uuid primary key,
      name text not null,
      updated_at timestamptz not null default now()
    );

    alter table procurements add column weighting jsonb;
    alter table awards add column bid_id uuid;

    insert into feed_cursors (source) values ('assessment-events'), ('catalogue-changes');

    create index procurements_buyer_published on procurements (buyer_id, published_at) where published_at is not null;
    create index awards_awarded_at on awards (awarded_at, procurement_id);
    create index contracts_award on contracts (award_id);
    create index performance_reports_period_end on performance_reports (period_end, contract_id);
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index performance_reports_period_end;
    drop index contracts_award;
    drop index awards_awarded_at;
    drop index procurements_buyer_published;
    delete from feed_cursors;
    alter table awards drop column bid_id;
    alter table procurements drop column weighting;
    drop table suppliers;
  `.execute(db)
}
