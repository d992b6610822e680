import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { CatalogueDatabase } from './database.ts'

export type VersionStatus = 'draft' | 'published' | 'deprecated'

export interface VersionRow<Content> {
  entityId: string
  version: number
  status: VersionStatus
  revision: number
  content: Content
  createdAt: Date
  updatedAt: Date
  publishedAt: Date | null
  deprecatedAt: Date | null
}

/**
 * What differs between the two versioned resources (criteria and criteria sets): their table,
 * their id column, and the columns derived from content for filtering. Everything else about
 * versioning is shared below.
 */
export interface VersionedKind<Content> {
  entityType: 'criterion' | 'criteriaSet'
  table: 'criterion_versions' | 'criteria_set_versions'
  idColumn: 'criterion_id' | 'set_id'
  derivedColumns: (content: Content) => Record<string, string | string[] | RawBuilder<unknown>>
}

type Db = Kysely<CatalogueDatabase>

export function fromRow<Content>(kind: VersionedKind<Content>, row: object): VersionRow<Content> {
  const r = row as Record<string, unknown>
  return {
    entityId: r[kind.idColumn] as string,
    version: r.version as number,
    status: r.status as VersionStatus,
    revision: r.revision as number,
    content: r.content as Content,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
    publishedAt: r.published_at as Date | null,
    deprecatedAt: r.deprecated_at as Date | null,
  }
}

const lifecycleColumns = ['version', 'status', 'revision', 'content', 'created_at', 'updated_at', 'published_at', 'deprecated_at'] as const

export async function findVersion<C>(db: Db, kind: VersionedKind<C>, id: string, version: number, forUpdate = false) {
  const dyn = db as unknown as Kysely<any>
  const row = await dyn
    .selectFrom(kind.table)
    .select([kind.idColumn, ...lifecycleColumns])
    .where(kind.idColumn, '=', id)
    .where('version', '=', version)
    .$if(forUpdate, (q) => q.forUpdate())
    .executeTakeFirst()
  return row ? fromRow(kind, row) : undefined
}

export async function listVersions<C>(db: Db, kind: VersionedKind<C>, id: string) {
  const rows = await (db as unknown as Kysely<any>)
    .selectFrom(kind.table)
    .select([kind.idColumn, ...lifecycleColumns])
    .where(kind.idColumn, '=', id)
    .orderBy('version')
    .execute()
  return rows.map((row) => fromRow(kind, row))
}

/** The version a reader means by "the current one": the latest published, else the latest. */
export async function findCurrentVersion<C>(db: Db, kind: VersionedKind<C>, id: string) {
  const row = await (db as unknown as Kysely<any>)
    .selectFrom(kind.table)
    .select([kind.idColumn, ...lifecycleColumns])
    .where(kind.idColumn, '=', id)
    .orderBy(sql`status = 'published'`, 'desc')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ? fromRow(kind, row) : undefined
}

export async function latestVersionNumber<C>(db: Db, kind: VersionedKind<C>, id: string): Promise<number> {
  const row = await (db as unknown as Kysely<any>)
    .selectFrom(kind.table)
    .select((eb) => eb.fn.max('version').as('latest'))
    .where(kind.idColumn, '=', id)
    .executeTakeFirst()
  return Number(row?.latest ?? 0)
}

export async function insertVersion<C>(db: Db, kind: VersionedKind<C>, id: string, version: number, content: C) {
  const row = await (db as unknown as Kysely<any>)
    .insertInto(kind.table)
    .values({ [kind.idColumn]: id, version, status: 'draft', content: JSON.stringify(content), ...kind.derivedColumns(content) })
    .returning([kind.idColumn, ...lifecycleColumns])
    .executeTakeFirstOrThrow()
  return fromRow(kind, row)
}

export async function replaceDraftContent<C>(db: Db, kind: VersionedKind<C>, id: string, version: number, content: C) {
  const row = await (db as unknown as Kysely<any>)
    .updateTable(kind.table)
    .set({ content: JSON.stringify(content), ...kind.derivedColumns(content), revision: sql`revision + 1`, updated_at: sql`now()` })
    .where(kind.idColumn, '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .returning([kind.idColumn, ...lifecycleColumns])
    .executeTakeFirstOrThrow()
  return fromRow(kind, row)
}

/** Moves a version along draft → published → deprecated and records it in the change feed. */
export async function transitionVersion<C>(
  db: Db,
  kind: VersionedKind<C>,
  id: string,
  version: number,
  to: 'published' | 'deprecated',
  content?: C,
) {
  const stamp = to === 'published' ? 'published_at' : 'deprecated_at'
  // Sequence numbers must follow commit order, or a reader paging by sequence could step past a
  // change that commits late: the transaction-scoped lock serialises writers of the feed.
  await sql`select pg_advisory_xact_lock(hashtext('catalogue-changes'))`.execute(db)
  await db.insertInto('changes').values({ entity_type: kind.entityType, entity_id: id, version, action: to }).execute()
  const row = await (db as unknown as Kysely<any>)
    .updateTable(kind.table)
    .set({
      status: to,
      [stamp]: sql`now()`,
      revision: sql`revision + 1`,
      updated_at: sql`now()`,
      ...(content === undefined ? {} : { content: JSON.stringify(content), ...kind.derivedColumns(content) }),
    })
    .where(kind.idColumn, '=', id)
    .where('version', '=', version)
    .returning([kind.idColumn, ...lifecycleColumns])
    .executeTakeFirstOrThrow()
  return fromRow(kind, row)
}
