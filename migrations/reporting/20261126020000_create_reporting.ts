import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table feed_cursors (
      source text primary key check (source in ('assessment-events', 'catalogue-changes')),
      cursor text,
      last_polled_at timestamptz,
      last_success_at timestamptz,
      last_error text,
      events_applied bigint not null default 0
    );

    create table applied_events (
      source text not null,
      event_id text not null,
      applied_at timestamptz not null default now(),
      primary key (source, event_id)
    );

    create table criteria (
      id text primary key,
      version integer not null,
      type text not null,
      source_code text not null,
      goals text[] not null,
      strategies text[] not null,
      updated_at timestamptz not null default now()
    );

    create table procurements (
      id uuid primary key,
      buyer_id text not null,
      title text not null,
      product_category text not null,
      cpv_codes text[] not null,
      currency text not null,
      status text not null,
      criteria_set_id text not null,
      criteria_set_version integer not null,
      ambition_level text not null,
      criteria jsonb not null,
      lots jsonb not null,
      created_at timestamptz not null,
      published_at timestamptz,
      awarded_at timestamptz
    );
    create index procurements_buyer on procurements (buyer_id, created_at);

    create table awards (
      id uuid primary key,
      procurement_id uuid not null references procurements (id),
      lot_id text not null,
      supplier_id uuid not null,
      value_amount numeric(18, 2) not null,
      currency text not null,
      life_cycle_cost numeric(18, 2),
      co2e jsonb not null,
      units jsonb not null,
      responses jsonb not null,
      awarded_at timestamptz not null
    );
    create index awards_procurement on awards (procurement_id);

    create table contracts (
      id uuid primary key,
      award_id uuid not null references awards (id),
      procurement_id uuid not null references procurements (id),
      supplier_id uuid not null,
      signed_on date not null,
      ends_on date
    );

    create table performance_reports (
      contract_id uuid not null references contracts (id),
      criterion_id text not null,
      period_start date not null,
      period_end date not null,
      figures jsonb not null,
      met boolean not null,
      reported_at timestamptz not null,
      primary key (contract_id, criterion_id, period_start, period_end)
    );

    create table targets (
      id uuid primary key default gen_random_uuid(),
      buyer_id text not null,
      kpi_id text not null,
      target_value numeric not null,
      direction text not null check (direction in ('atLeast', 'atMost')),
      baseline_value numeric,
      baseline_date date,
      deadline date not null,
      revision integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index targets_buyer on targets (buyer_id);

    create table maturity_assessments (
      id uuid primary key default gen_random_uuid(),
      buyer_id text not null,
      answers jsonb not null,
      result jsonb not null,
      created_at timestamptz not null default now()
    );
    create index maturity_assessments_buyer on maturity_assessments (buyer_id, created_at);

    create table buyer_settings (
      buyer_id text primary key,
      public_dashboard boolean not null default false,
      display_name text,
      revision integer not null default 1,
      updated_at timestamptz not null default now()
    );
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table buyer_settings;
    drop table maturity_assessments;
    drop table targets;
    drop table performance_reports;
    drop table contracts;
    drop table awards;
    drop table procurements;
    drop table criteria;
    drop table applied_events;
    drop table feed_cursors;
  `.execute(db)
}
