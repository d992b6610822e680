import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// The latest verdict on each certificate a supplier submitted with a bid (Type I ecolabels per
// bid, management systems per supplier), from the assessment's evidence review events.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table certificates (
      evidence_id uuid primary key,
      supplier_id uuid not null,
      bid_id uuid not null,
      type text not null,
      issuer text not null,
      status text not null,
      valid_until date,
      reviewed_at timestamptz not null
    );
    create index certificates_supplier on certificates (supplier_id, type);
    create index certificates_bid on certificates (bid_id, type);
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table certificates`.execute(db)
}
