import type { Kysely } from 'kysely'
import type { CriteriaSetContent } from '../schemas/criteria-set.ts'
import type { CatalogueDatabase } from './database.ts'
import type { VersionedKind, VersionStatus } from './versions.ts'

type Db = Kysely<CatalogueDatabase>

export const criteriaSetKind: VersionedKind<CriteriaSetContent> = {
  entityType: 'criteriaSet',
  table: 'criteria_set_versions',
  idColumn: 'set_id',
  derivedColumns: (content) => ({ product_category: content.productCategory, ambition_level: content.ambitionLevel }),
}

export async function insertCriteriaSetIdentity(db: Db, id: string): Promise<void> {
  await db.insertInto('criteria_sets').values({ id }).execute()
}

export interface CriteriaSetFilter {
  status: VersionStatus
  productCategory?: string
  ambitionLevel?: string
  after?: string | null
  limit: number
}

export async function searchCriteriaSets(db: Db, filter: CriteriaSetFilter) {
  const latestInStatus = db
    .selectFrom('criteria_set_versions')
    .distinctOn('set_id')
    .selectAll()
    .where('status', '=', filter.status)
    .orderBy('set_id')
    .orderBy('version', 'desc')
    .as('latest')
  return db
    .selectFrom(latestInStatus)
    .selectAll()
    .$if(filter.productCategory !== undefined, (q) => q.where('product_category', '=', filter.productCategory!))
    .$if(filter.ambitionLevel !== undefined, (q) => q.where('ambition_level', '=', filter.ambitionLevel!))
    .$if(Boolean(filter.after), (q) => q.where('set_id', '>', filter.after!))
    .orderBy('set_id')
    .limit(filter.limit + 1)
    .execute()
}
