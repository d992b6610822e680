import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table suppliers (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      country text not null check (country ~ '^[A-Z]{2}$'),
      contacts jsonb not null default '[]',
      revision integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table supplier_identifiers (
      scheme text not null,
      value text not null,
      supplier_id uuid not null references suppliers (id) on delete cascade,
      primary key (scheme, value)
    );
    create index supplier_identifiers_supplier on supplier_identifiers (supplier_id);

    create table supplier_exclusions (
      id uuid primary key default gen_random_uuid(),
      supplier_id uuid not null references suppliers (id),
      reason text not null,
      ends_on date,
      created_at timestamptz not null default now()
    );
    create index supplier_exclusions_supplier on supplier_exclusions (supplier_id);

    create table procurements (
      id uuid primary key default gen_random_uuid(),
      buyer_organisation_id text not null,
      title text not null,
      description text,
      product_category text not null,
      cpv_codes text[] not null default '{}',
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      estimated_value numeric(18, 2),
      status text not null check (status in ('draft', 'open', 'evaluation', 'awarded', 'closed')),
      criteria_set_id text not null,
      criteria_set_version integer not null,
      criteria_set_snapshot jsonb not null,
      evaluation_criteria jsonb not null,
      settings jsonb not null,
      revision integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index procurements_buyer on procurements (buyer_organisation_id, created_at, id);

    create table lots (
      procurement_id uuid not null references procurements (id),
      id text not null,
      title text not null,
      estimated_value numeric(18, 2),
      primary key (procurement_id, id)
    );

    create table evaluator_assignments (
      procurement_id uuid not null references procurements (id),
      subject text not null,
      primary key (procurement_id, subject)
    );
    create index evaluator_assignments_subject on evaluator_assignments (subject);

    create table bids (
      id uuid primary key default gen_random_uuid(),
      procurement_id uuid not null,
      lot_id text not null,
      supplier_id uuid not null references suppliers (id),
      status text not null check (status in ('draft', 'submitted', 'withdrawn')),
      offered_products jsonb not null,
      responses jsonb not null,
      revision integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      submitted_at timestamptz,
      foreign key (procurement_id, lot_id) references lots (procurement_id, id),
      check ((status = 'submitted') = (submitted_at is not null) or status = 'withdrawn')
    );
    create unique index bids_one_per_supplier_and_lot on bids (procurement_id, lot_id, supplier_id) where status <> 'withdrawn';
    create index bids_supplier on bids (supplier_id);

    create table evidence (
      id uuid primary key default gen_random_uuid(),
      bid_id uuid not null references bids (id),
      criterion_id text not null,
      type text not null,
      issuer text not null,
      identifier text,
      valid_until date,
      url text,
      document_hash text,
      status text not null check (status in ('submitted', 'under_review', 'verified', 'rejected', 'clarification_requested')),
      status_reason text,
      reviewed_by text,
      reviewed_at timestamptz,
      revision integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index evidence_bid on evidence (bid_id);

    create table evaluations (
      id uuid primary key default gen_random_uuid(),
      procurement_id uuid not null references procurements (id),
      lot_id text not null,
      evaluation_date date not null,
      provisional boolean not null,
      result jsonb not null,
      created_at timestamptz not null default now(),
      foreign key (procurement_id, lot_id) references lots (procurement_id, id)
    );
    create index evaluations_lot on evaluations (procurement_id, lot_id, created_at desc);

    create table awards (
      id uuid primary key default gen_random_uuid(),
      procurement_id uuid not null,
      lot_id text not null,
      bid_id uuid not null references bids (id),
      supplier_id uuid not null references suppliers (id),
      evaluation_id uuid not null references evaluations (id),
      value_amount numeric(18, 2) not null,
      currency text not null,
      created_at timestamptz not null default now(),
      foreign key (procurement_id, lot_id) references lots (procurement_id, id),
      unique (procurement_id, lot_id)
    );

    create table contracts (
      id uuid primary key default gen_random_uuid(),
      award_id uuid not null unique references awards (id),
      procurement_id uuid not null references procurements (id),
      supplier_id uuid not null references suppliers (id),
      signed_on date not null,
      ends_on date,
      created_at timestamptz not null default now()
    );

    create table performance_clauses (
      id uuid primary key default gen_random_uuid(),
      contract_id uuid not null references contracts (id),
      criterion_id text not null,
      title text not null,
      targets jsonb not null,
      unique (contract_id, criterion_id)
    );

    create table performance_reports (
      id uuid primary key default gen_random_uuid(),
      clause_id uuid not null references performance_clauses (id),
      period_start date not null,
      period_end date not null check (period_end >= period_start),
      figures jsonb not null,
      met boolean not null,
      assessment jsonb not null,
      created_at timestamptz not null default now(),
      unique (clause_id, period_start, period_end)
    );

    create table events (
      sequence bigint generated always as identity primary key,
      id uuid not null unique default gen_random_uuid(),
      type text not null,
      subject text not null,
      time timestamptz not null default now(),
      data jsonb not null
    );

    create table webhook_subscriptions (
      id uuid primary key default gen_random_uuid(),
      url text not null,
      secret text not null,
      event_types text[] not null,
      owner_subject text not null,
      active boolean not null default true,
      created_at timestamptz not null default now()
    );

    create table webhook_deliveries (
      subscription_id uuid not null references webhook_subscriptions (id) on delete cascade,
      event_sequence bigint not null references events (sequence),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      delivered_at timestamptz,
      last_error text,
      primary key (subscription_id, event_sequence)
    );
    create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where delivered_at is null;
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table webhook_deliveries;
    drop table webhook_subscriptions;
    drop table events;
    drop table performance_reports;
    drop table performance_clauses;
    drop table contracts;
    drop table awards;
    drop table evaluations;
    drop table evidence;
    drop table bids;
    drop table evaluator_assignments;
    drop table lots;
    drop table procurements;
    drop table supplier_exclusions;
    drop table supplier_identifiers;
    drop table suppliers;
  `.execute(db)
}
