import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// Certificates keep the scheme or standard their evidence names and what it covers (offered
// models or the organisation), so K18 counts only the labelled models and K19 only environmental
// management systems. Certificates from reviews published before keep null: counted by neither.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table certificates
      add column scheme text,
      add column coverage text,
      add column covered_models text[] not null default '{}'
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table certificates
      drop column covered_models,
      drop column coverage,
      drop column scheme
  `.execute(db)
}
