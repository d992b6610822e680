import { sql, type Kysely } from 'kysely'

/** The migrations Kysely's migrator has recorded as applied in a schema (fails if it never ran there). */
export async function listAppliedMigrations(db: Kysely<unknown>, schema: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from ${sql.table(`${schema}.kysely_migration`)}`.execute(db)
  return rows.map((row) => row.name)
}
