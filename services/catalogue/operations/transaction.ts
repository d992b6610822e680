import type { Kysely } from 'kysely'
import type { CatalogueDatabase } from '../repositories/database.ts'

/**
 * Runs a change in a transaction of its own, or inside the caller's when there already is one:
 * the seed loader creates every shipped criterion under a single lock and transaction.
 */
export function inTransaction<T>(db: Kysely<CatalogueDatabase>, change: (trx: Kysely<CatalogueDatabase>) => Promise<T>): Promise<T> {
  return db.isTransaction ? change(db) : db.transaction().execute(change)
}
