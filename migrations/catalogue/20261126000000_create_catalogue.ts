import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null default now(),
      actor_subject text,
      actor_roles text[] not null default '{}',
      mediator_client text,
      correlation_id text not null,
      action text not null,
      entity_type text not null,
      entity_id text not null,
      details jsonb not null default '{}'
    );
    create index audit_log_entity on audit_log (entity_type, entity_id, id);

    create table idempotency_keys (
      key text not null,
      scope text not null,
      request_hash text not null,
      state text not null check (state in ('pending', 'completed')),
      status_code integer,
      response_headers jsonb,
      response_body text,
      created_at timestamptz not null default now(),
      primary key (key, scope)
    );

    create table product_categories (
      code text primary key,
      name jsonb not null,
      description jsonb not null,
      cpv_codes text[] not null default '{}',
      position integer not null
    );

    create table evidence_types (
      code text primary key,
      name jsonb not null,
      description jsonb not null,
      examples text[] not null default '{}',
      position integer not null
    );

    create table criteria (
      id text primary key,
      source_code text not null,
      code text not null,
      source jsonb not null,
      created_at timestamptz not null default now(),
      unique (source_code, code)
    );

    create table criterion_versions (
      criterion_id text not null references criteria (id),
      version integer not null check (version >= 1),
      status text not null check (status in ('draft', 'published', 'deprecated')),
      revision integer not null default 1,
      content jsonb not null,
      type text not null,
      aspects text[] not null,
      life_cycle_stage text not null,
      ambition_levels text[] not null,
      product_categories text[] not null,
      search_vector tsvector not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      published_at timestamptz,
      deprecated_at timestamptz,
      primary key (criterion_id, version),
      check ((status = 'draft') = (published_at is null))
    );
    create unique index criterion_versions_one_draft on criterion_versions (criterion_id) where status = 'draft';
    create index criterion_versions_search on criterion_versions using gin (search_vector);
    create index criterion_versions_categories on criterion_versions using gin (product_categories);

    create table criteria_sets (
      id text primary key,
      created_at timestamptz not null default now()
    );

    create table criteria_set_versions (
      set_id text not null references criteria_sets (id),
      version integer not null check (version >= 1),
      status text not null check (status in ('draft', 'published', 'deprecated')),
      revision integer not null default 1,
      content jsonb not null,
      product_category text not null references product_categories (code),
      ambition_level text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      published_at timestamptz,
      deprecated_at timestamptz,
      primary key (set_id, version),
      check ((status = 'draft') = (published_at is null))
    );
    create unique index criteria_set_versions_one_draft on criteria_set_versions (set_id) where status = 'draft';
    create index criteria_set_versions_category on criteria_set_versions (product_category, ambition_level);

    create table changes (
      sequence bigint generated always as identity primary key,
      occurred_at timestamptz not null default now(),
      entity_type text not null check (entity_type in ('criterion', 'criteriaSet')),
      entity_id text not null,
      version integer not null,
      action text not null check (action in ('published', 'deprecated'))
    );
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table changes;
    drop table criteria_set_versions;
    drop table criteria_sets;
    drop table criterion_versions;
    drop table criteria;
    drop table evidence_types;
    drop table product_categories;
    drop table idempotency_keys;
    drop table audit_log;
  `.execute(db)
}
