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
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table idempotency_keys;
    drop table audit_log;
  `.execute(db)
}
