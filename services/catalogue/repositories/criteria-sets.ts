import type { Kysely } from 'kysely'
import type { CriteriaSetContent } from '../schemas/criteria-set.ts'
import type { CatalogueDatabase } from './database.ts'
import { fromRow, type VersionedKind, type VersionRow, type VersionStatus } from './versions.ts'

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

export async function criteriaSetExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('criteria_sets').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
}

export async function listCriteriaSetIds(db: Db): Promise<Set<string>> {
  return new Set((await db.selectFrom('criteria_sets').select('id').execute()).map((row) => row.id))
}

/**
 * The latest published set for a product category and ambition level; a new-equipment (or
 * service/software) set comes before a refurbished-equipment one.
 */
export async function findPublishedCriteriaSetFor(db: Db, productCategory: string, ambitionLevel: string): Promise<VersionRow<CriteriaSetContent> | undefined> {
  const row = await db
    .selectFrom('criteria_set_versions')
    .selectAll()
    .where('product_category', '=', productCategory)
    .where('ambition_level', '=', ambitionLevel)
    .where('status', '=', 'published')
    .orderBy((eb) => eb.case().when(eb.ref('content'), '@>', JSON.stringify({ procurementRoute: 'refurbishedEquipment' }) as never).then(1).else(0).end())
    .orderBy('published_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ? fromRow(criteriaSetKind, row) : undefined
}

export interface CriteriaSetFilter {
  status: VersionStatus
  productCategory?: string
  ambitionLevel?: string
  after?: string | null
  limit: number
}

export async function searchCriteriaSets(db: Db, filter: CriteriaSetFilter): Promise<VersionRow<CriteriaSetContent>[]> {
  const latestInStatus = db
    .selectFrom('criteria_set_versions')
    .distinctOn('set_id')
    .selectAll()
    .where('status', '=', filter.status)
    .orderBy('set_id')
    .orderBy('version', 'desc')
    .as('latest')
  const rows = await db
    .selectFrom(latestInStatus)
    .selectAll()
    .$if(filter.productCategory !== undefined, (q) => q.where('product_category', '=', filter.productCategory!))
    .$if(filter.ambitionLevel !== undefined, (q) => q.where('ambition_level', '=', filter.ambitionLevel!))
    .$if(Boolean(filter.after), (q) => q.where('set_id', '>', filter.after!))
    .orderBy('set_id')
    .limit(filter.limit + 1)
    .execute()
  return rows.map((row) => fromRow(criteriaSetKind, row))
}
