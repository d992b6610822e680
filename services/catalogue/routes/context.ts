import type { Kysely } from 'kysely'
import type { CatalogueDatabase } from '../repositories/database.ts'

export interface CatalogueRouteContext {
  db: Kysely<CatalogueDatabase>
}
