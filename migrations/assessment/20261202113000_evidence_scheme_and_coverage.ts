import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// Evidence names the ecolabel or standard it attests and what it covers: the models of the bid's
// offered products, or the supplier's organisation. Evidence submitted before names neither and
// keeps null, which readers count as "scheme unknown", never as any particular scheme.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table evidence
      add column scheme text,
      add column coverage text check (coverage in ('products', 'organisation')),
      add column covered_models text[] not null default '{}',
      add constraint evidence_covered_models_only_for_products check (coalesce(coverage = 'products', false) or cardinality(covered_models) = 0)
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table evidence
      drop constraint evidence_covered_models_only_for_products,
      drop column covered_models,
      drop column coverage,
      drop column scheme
  `.execute(db)
}
