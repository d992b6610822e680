import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely'
import type { Principal } from '../../kernel/auth/roles.ts'
import type { AssessmentDatabase, ProcurementStatus } from './database.ts'

type Db = Kysely<AssessmentDatabase>

/**
 * Which procurements a caller may see: auditors all; buyers their organisation's; evaluators
 * those they are assigned to; anyone signed in, the published ones (suppliers must read a tender
 * to bid). Drafts stay inside the buyer organisation and its evaluators.
 */
export function visibleTo(principal: Principal) {
  return (eb: ExpressionBuilder<AssessmentDatabase, 'procurements'>): Expression<SqlBool> => {
    if (principal.roles.includes('auditor')) return sql<boolean>`true`
    const ors: Expression<SqlBool>[] = [eb('procurements.status', '<>', 'draft')]
    if (principal.roles.includes('buyer') && principal.organisationId) {
      ors.push(eb('procurements.buyer_organisation_id', '=', principal.organisationId))
    }
    if (principal.roles.includes('evaluator')) {
      ors.push(
        eb.exists(
          eb
            .selectFrom('evaluator_assignments')
            .select('evaluator_assignments.subject')
            .whereRef('evaluator_assignments.procurement_id', '=', 'procurements.id')
            .where('evaluator_assignments.subject', '=', principal.subject),
        ),
      )
    }
    return eb.or(ors)
  }
}

/**
 * Every column but the stored catalogue snapshot, which is kept for the record and is large: only
 * the set's title and ambition level are read from it.
 */
function procurementColumns(db: Db) {
  return db
    .selectFrom('procurements')
    .select([
      'id',
      'buyer_organisation_id',
      'title',
      'description',
      'product_category',
      'cpv_codes',
      'currency',
      'estimated_value',
      'status',
      'criteria_set_id',
      'criteria_set_version',
      'evaluation_criteria',
      'settings',
      'revision',
      'created_at',
      'updated_at',
      sql<string>`criteria_set_snapshot -> 'content' -> 'title' ->> 'en'`.as('criteria_set_title'),
      sql<string>`criteria_set_snapshot -> 'content' ->> 'ambitionLevel'`.as('criteria_set_ambition_level'),
    ])
}

export type ProcurementRow = Awaited<ReturnType<ReturnType<typeof procurementColumns>['executeTakeFirstOrThrow']>>

export async function findProcurement(db: Db, id: string, principal: Principal, forUpdate = false) {
  return procurementColumns(db)
    .where('id', '=', id)
    .where(visibleTo(principal))
    .$if(forUpdate, (q) => q.forUpdate())
    .executeTakeFirst()
}

export async function lotsOf(db: Db, procurementIds: string[]) {
  if (procurementIds.length === 0) return new Map<string, { id: string; title: string; estimated_value: string | null }[]>()
  const rows = await db.selectFrom('lots').selectAll().where('procurement_id', 'in', procurementIds).orderBy('id').execute()
  const byProcurement = new Map<string, typeof rows>()
  for (const row of rows) byProcurement.set(row.procurement_id, [...(byProcurement.get(row.procurement_id) ?? []), row])
  return byProcurement
}

export interface ProcurementListFilter {
  status?: ProcurementStatus
  /** Id of the last procurement of the previous page. */
  after?: string | null
  limit: number
}

export async function listProcurements(db: Db, principal: Principal, filter: ProcurementListFilter) {
  return procurementColumns(db)
    .where(visibleTo(principal))
    .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status!))
    // The position is read back from the row itself: created_at has microseconds a JS Date would lose.
    .$if(Boolean(filter.after), (q) =>
      q.where(sql<boolean>`(created_at, id) > (select p.created_at, p.id from procurements p where p.id = ${filter.after})`),
    )
    .orderBy('created_at')
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute()
}

export async function isAssignedEvaluator(db: Db, procurementId: string, subject: string): Promise<boolean> {
  const row = await db
    .selectFrom('evaluator_assignments')
    .select('subject')
    .where('procurement_id', '=', procurementId)
    .where('subject', '=', subject)
    .executeTakeFirst()
  return row !== undefined
}

/** Whether the subject evaluates at least one procurement of the buyer organisation. */
export async function evaluatesForOrganisation(db: Db, subject: string, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('evaluator_assignments')
    .innerJoin('procurements', 'procurements.id', 'evaluator_assignments.procurement_id')
    .select('evaluator_assignments.subject')
    .where('evaluator_assignments.subject', '=', subject)
    .where('procurements.buyer_organisation_id', '=', organisationId)
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}

export interface NewProcurement {
  buyerOrganisationId: string
  title: string
  description: string | null
  productCategory: string
  cpvCodes: string[]
  currency: string
  estimatedValue: string | null
  criteriaSet: { id: string; version: number; snapshot: unknown }
  evaluationCriteria: unknown
  settings: unknown
}

/** A new tender starts as a draft; its id comes from the database. */
export async function insertProcurement(db: Db, procurement: NewProcurement): Promise<string> {
  const row = await db
    .insertInto('procurements')
    .values({
      buyer_organisation_id: procurement.buyerOrganisationId,
      title: procurement.title,
      description: procurement.description,
      product_category: procurement.productCategory,
      cpv_codes: procurement.cpvCodes,
      currency: procurement.currency,
      estimated_value: procurement.estimatedValue,
      status: 'draft',
      criteria_set_id: procurement.criteriaSet.id,
      criteria_set_version: procurement.criteriaSet.version,
      criteria_set_snapshot: JSON.stringify(procurement.criteriaSet.snapshot),
      evaluation_criteria: JSON.stringify(procurement.evaluationCriteria),
      settings: JSON.stringify(procurement.settings),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function insertLots(db: Db, procurementId: string, lots: { id: string; title: string; estimatedValue: string | null }[]): Promise<void> {
  await db
    .insertInto('lots')
    .values(lots.map((lot) => ({ procurement_id: procurementId, id: lot.id, title: lot.title, estimated_value: lot.estimatedValue })))
    .execute()
}

export async function lotExists(db: Db, procurementId: string, lotId: string): Promise<boolean> {
  const row = await db.selectFrom('lots').select('id').where('procurement_id', '=', procurementId).where('id', '=', lotId).executeTakeFirst()
  return row !== undefined
}

export async function setProcurementStatus(db: Db, id: string, status: ProcurementStatus): Promise<void> {
  await db.updateTable('procurements').set({ status, revision: sql<number>`revision + 1`, updated_at: sql<Date>`now()` }).where('id', '=', id).execute()
}

/** Holds the tender's row until the transaction ends, so two changes of one tender run one after the other. */
export async function lockProcurement(db: Db, id: string): Promise<void> {
  await db.selectFrom('procurements').select('id').where('id', '=', id).forUpdate().execute()
}

/** False when the subject was already assigned. */
export async function insertEvaluatorAssignment(db: Db, procurementId: string, subject: string): Promise<boolean> {
  const inserted = await db.insertInto('evaluator_assignments').values({ procurement_id: procurementId, subject }).onConflict((oc) => oc.doNothing()).returning('subject').executeTakeFirst()
  return inserted !== undefined
}

export async function evaluatorsOf(db: Db, procurementId: string): Promise<string[]> {
  const rows = await db.selectFrom('evaluator_assignments').select('subject').where('procurement_id', '=', procurementId).orderBy('subject').execute()
  return rows.map((row) => row.subject)
}
