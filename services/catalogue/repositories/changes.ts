import type { Kysely } from 'kysely'
import type { CatalogueDatabase } from './database.ts'

export async function listChanges(db: Kysely<CatalogueDatabase>, after: number, limit: number) {
  return db.selectFrom('changes').selectAll().where('sequence', '>', after).orderBy('sequence').limit(limit + 1).execute()
}
