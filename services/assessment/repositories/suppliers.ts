import { sql, type Kysely, type Selectable } from 'kysely'
import type { SupplierExclusion } from '../domain/types.ts'
import type { AssessmentDatabase, ExclusionScope, SupplierExclusionTable, SupplierTable } from './database.ts'

type Db = Kysely<AssessmentDatabase>

export type SupplierRow = Selectable<SupplierTable>
export type ExclusionRow = Selectable<SupplierExclusionTable>

export interface IdentifierKey {
  scheme: string
  value: string
}

export const identifierKey = (identifier: IdentifierKey) => `${identifier.scheme}:${identifier.value}`

export interface SupplierFields {
  name: string
  country: string
  contacts: unknown[]
}

export async function insertSupplier(db: Db, fields: SupplierFields, registeredByOrganisationId: string | null): Promise<SupplierRow> {
  return db
    .insertInto('suppliers')
    .values({ name: fields.name, country: fields.country, contacts: JSON.stringify(fields.contacts), registered_by_organisation_id: registeredByOrganisationId })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function updateSupplier(db: Db, id: string, fields: SupplierFields): Promise<SupplierRow> {
  return db
    .updateTable('suppliers')
    .set({ name: fields.name, country: fields.country, contacts: JSON.stringify(fields.contacts), revision: sql<number>`revision + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function findSupplier(db: Db, id: string, forUpdate = false): Promise<SupplierRow | undefined> {
  return db
    .selectFrom('suppliers')
    .selectAll()
    .where('id', '=', id)
    .$if(forUpdate, (q) => q.forUpdate())
    .executeTakeFirst()
}

export async function supplierExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('suppliers').select('id').where('id', '=', id).executeTakeFirst()
  return row !== undefined
}

/**
 * Gives the identifiers to the supplier and returns those another supplier already holds. The
 * primary key decides, so two concurrent registrations of one VAT number cannot both win; the
 * caller rolls back when anything comes back.
 */
export async function claimIdentifiers(db: Db, supplierId: string, identifiers: IdentifierKey[]): Promise<IdentifierKey[]> {
  const claimed = await db
    .insertInto('supplier_identifiers')
    .values(identifiers.map(({ scheme, value }) => ({ scheme, value, supplier_id: supplierId })))
    .onConflict((oc) => oc.doNothing())
    .returning(['scheme', 'value'])
    .execute()
  const won = new Set(claimed.map(identifierKey))
  return identifiers.filter((identifier) => !won.has(identifierKey(identifier)))
}

export async function releaseIdentifiers(db: Db, supplierId: string): Promise<void> {
  await db.deleteFrom('supplier_identifiers').where('supplier_id', '=', supplierId).execute()
}

export async function identifiersOf(db: Db, supplierIds: string[]): Promise<Map<string, IdentifierKey[]>> {
  const bySupplier = new Map<string, IdentifierKey[]>(supplierIds.map((id) => [id, []]))
  if (supplierIds.length === 0) return bySupplier
  const rows = await db.selectFrom('supplier_identifiers').selectAll().where('supplier_id', 'in', supplierIds).execute()
  for (const row of rows) bySupplier.get(row.supplier_id)?.push({ scheme: row.scheme, value: row.value })
  return bySupplier
}

export interface SupplierFilter {
  country?: string
  identifier?: string
  q?: string
  after: [sortName: string, id: string] | null
  limit: number
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, '\\$&')

/**
 * Ordered by name ignoring case, then id: a stable keyset that reads naturally in a registry. The
 * cursor carries PostgreSQL's own lower-cased name, since JavaScript may fold some letters differently.
 */
export async function listSuppliers(db: Db, filter: SupplierFilter) {
  const sortName = sql<string>`lower(name)`
  return db
    .selectFrom('suppliers')
    .selectAll()
    .select(sortName.as('sort_name'))
    .$if(filter.country !== undefined, (q) => q.where('country', '=', filter.country!))
    .$if(filter.identifier !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('supplier_identifiers')
            .select('supplier_identifiers.supplier_id')
            .whereRef('supplier_identifiers.supplier_id', '=', 'suppliers.id')
            .where('supplier_identifiers.value', '=', filter.identifier!),
        ),
      ),
    )
    .$if(filter.q !== undefined, (q) => q.where('name', 'ilike', `%${likeEscaped(filter.q!)}%`))
    .$if(filter.after !== null, (q) => q.where(sql<boolean>`(${sortName}, id) > (${filter.after![0]}, ${filter.after![1]}::uuid)`))
    .orderBy(sortName)
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute()
}

export interface ExclusionDecision extends SupplierExclusion {
  scope: ExclusionScope
  organisationId: string | null
}

export async function insertExclusion(db: Db, supplierId: string, decision: ExclusionDecision): Promise<ExclusionRow> {
  return db
    .insertInto('supplier_exclusions')
    .values({ supplier_id: supplierId, reason: decision.reason, ends_on: decision.endsOn, scope: decision.scope, organisation_id: decision.organisationId })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function findExclusion(db: Db, supplierId: string, exclusionId: string, forUpdate = false): Promise<ExclusionRow | undefined> {
  return db
    .selectFrom('supplier_exclusions')
    .selectAll()
    .where('id', '=', exclusionId)
    .where('supplier_id', '=', supplierId)
    .$if(forUpdate, (q) => q.forUpdate())
    .executeTakeFirst()
}

export async function endExclusion(db: Db, exclusionId: string, reason: string): Promise<ExclusionRow> {
  return db
    .updateTable('supplier_exclusions')
    .set({ ended_at: sql<Date>`now()`, end_reason: reason })
    .where('id', '=', exclusionId)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/**
 * Oldest first. The cursor is the last row's id and the keyset is read back from that row, so
 * created_at keeps its full microsecond precision (a JS Date would round it and repeat rows).
 */
export async function listExclusions(db: Db, supplierId: string, afterId: string | null, limit: number): Promise<ExclusionRow[]> {
  return db
    .selectFrom('supplier_exclusions')
    .selectAll()
    .where('supplier_id', '=', supplierId)
    .$if(afterId !== null, (q) => q.where(sql<boolean>`(created_at, id) > (select created_at, id from supplier_exclusions where id = ${afterId})`))
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute()
}

/**
 * The exclusions of the given suppliers that bind the buyer organisation: its own decisions and
 * debarments, not other buyers' decisions nor ended ones. Lapsed ones are included: the evaluation
 * decides what is in force on its date. Each requested id has an entry, empty when none applies.
 */
export async function exclusionsBySupplier(db: Db, supplierIds: string[], buyerOrganisationId: string): Promise<Map<string, SupplierExclusion[]>> {
  const bySupplier = new Map<string, SupplierExclusion[]>(supplierIds.map((id) => [id, []]))
  if (supplierIds.length === 0) return bySupplier
  const rows = await db
    .selectFrom('supplier_exclusions')
    .select(['supplier_id', 'reason', 'ends_on'])
    .where('supplier_id', 'in', supplierIds)
    .where('ended_at', 'is', null)
    .where((eb) => eb.or([eb('scope', '=', 'all-buyers'), eb('organisation_id', '=', buyerOrganisationId)]))
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  for (const row of rows) bySupplier.get(row.supplier_id)?.push({ reason: row.reason, endsOn: row.ends_on })
  return bySupplier
}
