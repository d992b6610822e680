import { sql, type Kysely } from 'kysely'
import { collectText } from '../domain/search.ts'
import type { CriterionContent, CriterionSource } from '../schemas/criterion.ts'
import type { CatalogueDatabase } from './database.ts'
import { fromRow, type VersionedKind, type VersionRow, type VersionStatus } from './versions.ts'

type Db = Kysely<CatalogueDatabase>

export const criterionKind: VersionedKind<CriterionContent> = {
  entityType: 'criterion',
  table: 'criterion_versions',
  idColumn: 'criterion_id',
  derivedColumns: (content) => ({
    type: content.type,
    aspects: content.aspects,
    life_cycle_stage: content.lifeCycleStage,
    ambition_levels: content.ambitionLevels,
    product_categories: content.productCategories,
    search_vector: sql`to_tsvector('simple', ${collectText([content.title, content.description, content.verification, content.requirements, content.acceptedLabels]).join(' ')})`,
  }),
}

export interface CriterionIdentity {
  id: string
  code: string
  source: CriterionSource
}

export async function insertCriterionIdentity(db: Db, identity: CriterionIdentity): Promise<void> {
  await db
    .insertInto('criteria')
    .values({ id: identity.id, source_code: identity.source.code, code: identity.code, source: JSON.stringify(identity.source) })
    .execute()
}

export async function findCriterionIdentities(db: Db, ids: string[]): Promise<Map<string, CriterionIdentity>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('criteria').select(['id', 'code', 'source']).where('id', 'in', ids).execute()
  return new Map(rows.map((row) => [row.id, { id: row.id, code: row.code, source: row.source }]))
}

export async function listCriterionIds(db: Db): Promise<Set<string>> {
  return new Set((await db.selectFrom('criteria').select('id').execute()).map((row) => row.id))
}

/** The latest published version number of each criterion that has one. */
export async function latestPublishedCriterionVersions(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('criterion_versions')
    .select(['criterion_id', (eb) => eb.fn.max('version').as('version')])
    .where('criterion_id', 'in', ids)
    .where('status', '=', 'published')
    .groupBy('criterion_id')
    .execute()
  return new Map(rows.map((r) => [r.criterion_id, Number(r.version)]))
}

/** Each criterion at the version pinned for it, or at its latest version where none is pinned. */
export async function findPinnedCriterionVersions(db: Db, pins: { criterionId: string; criterionVersion: number | null }[]): Promise<Map<string, VersionRow<CriterionContent>>> {
  if (pins.length === 0) return new Map()
  const rows = await db
    .selectFrom('criterion_versions')
    .selectAll()
    .where(sql<boolean>`(criterion_id, version) in (${sql.join(
      pins.map((pin) => sql`(${pin.criterionId}, ${pin.criterionVersion ?? sql`(select max(version) from criterion_versions v where v.criterion_id = ${pin.criterionId})`})`),
    )})`)
    .execute()
  return new Map(rows.map((row) => [row.criterion_id, fromRow(criterionKind, row)]))
}

/** A criterion version with the identity it belongs to. */
export interface CriterionVersionRecord {
  identity: CriterionIdentity
  row: VersionRow<CriterionContent>
}

export interface CriteriaFilter {
  status: VersionStatus
  productCategory?: string
  type?: string
  aspect?: string
  lifeCycleStage?: string
  ambitionLevel?: string
  source?: string
  textQuery?: string | null
  after?: string | null
  limit: number
}

/**
 * One entry per criterion: its latest version in the requested status, filtered. The "latest in
 * status" test is a correlated lookup on the primary key, so only matching rows are read in full;
 * keyset pagination on the criterion id keeps pages stable while the catalogue changes.
 */
export async function searchCriteria(db: Db, filter: CriteriaFilter): Promise<CriterionVersionRecord[]> {
  const rows = await db
    .selectFrom('criterion_versions as v')
    .innerJoin('criteria as c', 'c.id', 'v.criterion_id')
    .select([
      'v.criterion_id',
      'v.version',
      'v.status',
      'v.revision',
      'v.content',
      'v.created_at',
      'v.updated_at',
      'v.published_at',
      'v.deprecated_at',
      'c.code',
      'c.source',
    ])
    .where('v.status', '=', filter.status)
    .where('v.version', '=', (eb) =>
      eb
        .selectFrom('criterion_versions as later')
        .select((later) => later.fn.max('later.version').as('version'))
        .whereRef('later.criterion_id', '=', 'v.criterion_id')
        .where('later.status', '=', filter.status),
    )
    .$if(filter.productCategory !== undefined, (q) => q.where(sql<boolean>`${filter.productCategory} = any(v.product_categories)`))
    .$if(filter.type !== undefined, (q) => q.where('v.type', '=', filter.type!))
    .$if(filter.aspect !== undefined, (q) => q.where(sql<boolean>`${filter.aspect} = any(v.aspects)`))
    .$if(filter.lifeCycleStage !== undefined, (q) => q.where('v.life_cycle_stage', '=', filter.lifeCycleStage!))
    .$if(filter.ambitionLevel !== undefined, (q) => q.where(sql<boolean>`${filter.ambitionLevel} = any(v.ambition_levels)`))
    .$if(filter.source !== undefined, (q) => q.where('c.source_code', '=', filter.source!))
    .$if(Boolean(filter.textQuery), (q) => q.where(sql<boolean>`v.search_vector @@ to_tsquery('simple', ${filter.textQuery})`))
    .$if(Boolean(filter.after), (q) => q.where('v.criterion_id', '>', filter.after!))
    .orderBy('v.criterion_id')
    .limit(filter.limit + 1)
    .execute()
  return rows.map((row) => ({ identity: { id: row.criterion_id, code: row.code, source: row.source }, row: fromRow(criterionKind, row) }))
}
