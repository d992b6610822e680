import { sql, type Kysely } from 'kysely'
import type { CatalogueDatabase } from './database.ts'

/** Held until the caller's transaction ends, so concurrent replicas load the seed one at a time. */
export async function lockSeedLoading(trx: Kysely<CatalogueDatabase>): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('catalogue-seed'))`.execute(trx)
}
