import type { Kysely } from 'kysely'
import type { EvidenceType, ProductCategory } from '../schemas/reference-data.ts'
import type { LocalizedText } from '../domain/localization.ts'
import type { CatalogueDatabase } from './database.ts'

type Db = Kysely<CatalogueDatabase>

export async function listProductCategories(db: Db): Promise<ProductCategory[]> {
  const rows = await db.selectFrom('product_categories').selectAll().orderBy('position').execute()
  return rows.map((row) => ({
    code: row.code,
    name: row.name as LocalizedText,
    description: row.description as LocalizedText,
    cpvCodes: row.cpv_codes,
  }))
}

export async function listEvidenceTypes(db: Db): Promise<EvidenceType[]> {
  const rows = await db.selectFrom('evidence_types').selectAll().orderBy('position').execute()
  return rows.map((row) => ({
    code: row.code,
    name: row.name as LocalizedText,
    description: row.description as LocalizedText,
    examples: row.examples,
  }))
}

/** Reference data is upserted by code, so loading the seed twice changes nothing. */
export async function upsertProductCategories(db: Db, categories: ProductCategory[]): Promise<void> {
  if (categories.length === 0) return
  await db
    .insertInto('product_categories')
    .values(categories.map((c, position) => ({ code: c.code, name: JSON.stringify(c.name), description: JSON.stringify(c.description), cpv_codes: c.cpvCodes, position })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute()
}

export async function upsertEvidenceTypes(db: Db, types: EvidenceType[]): Promise<void> {
  if (types.length === 0) return
  await db
    .insertInto('evidence_types')
    .values(types.map((t, position) => ({ code: t.code, name: JSON.stringify(t.name), description: JSON.stringify(t.description), examples: t.examples, position })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute()
}

export async function knownCodes(db: Db) {
  const [categories, evidence] = await Promise.all([
    db.selectFrom('product_categories').select('code').execute(),
    db.selectFrom('evidence_types').select('code').execute(),
  ])
  return {
    productCategories: new Set(categories.map((r) => r.code)),
    evidenceTypes: new Set(evidence.map((r) => r.code)),
  }
}
