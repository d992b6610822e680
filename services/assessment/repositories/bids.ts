import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely'
import type { Principal } from '../../kernel/auth/roles.ts'
import type { AssessmentDatabase } from './database.ts'

type Db = Kysely<AssessmentDatabase>
type BidScope = ExpressionBuilder<AssessmentDatabase, 'bids' | 'procurements'>

/**
 * Who may see a bid. Bids are sealed: the buyer and its evaluators see them only once submitted
 * and the tender is in evaluation or later. A supplier sees its own bids and nothing else, so a
 * foreign bid id answers 404, never 403.
 */
export function bidVisibleTo(principal: Principal) {
  return (eb: BidScope): Expression<SqlBool> => {
    if (principal.roles.includes('auditor')) return sql<boolean>`true`
    const ors: Expression<SqlBool>[] = []
    if (principal.roles.includes('supplier') && principal.supplierId) ors.push(eb('bids.supplier_id', '=', principal.supplierId))
    const opened = eb.and([eb('bids.status', '=', 'submitted'), eb('procurements.status', 'in', ['evaluation', 'awarded', 'closed'])])
    if (principal.roles.includes('buyer') && principal.organisationId) {
      ors.push(eb.and([opened, eb('procurements.buyer_organisation_id', '=', principal.organisationId)]))
    }
    if (principal.roles.includes('evaluator')) {
      ors.push(
        eb.and([
          opened,
          eb.exists(
            eb
              .selectFrom('evaluator_assignments')
              .select('evaluator_assignments.subject')
              .whereRef('evaluator_assignments.procurement_id', '=', 'procurements.id')
              .where('evaluator_assignments.subject', '=', principal.subject),
          ),
        ]),
      )
    }
    return ors.length === 0 ? sql<boolean>`false` : eb.or(ors)
  }
}

function bidsWithProcurement(db: Db) {
  return db.selectFrom('bids').innerJoin('procurements', 'procurements.id', 'bids.procurement_id')
}

export async function findBid(db: Db, id: string, principal: Principal, forUpdate = false) {
  return bidsWithProcurement(db)
    .selectAll('bids')
    .select(['procurements.status as procurement_status', 'procurements.buyer_organisation_id', 'procurements.evaluation_criteria', 'procurements.currency', 'procurements.settings'])
    .where('bids.id', '=', id)
    .where(bidVisibleTo(principal))
    .$if(forUpdate, (q) => q.forUpdate(['bids']))
    .executeTakeFirst()
}

export async function listBidsOfProcurement(db: Db, procurementId: string, principal: Principal, lotId: string | undefined, after: string | null, limit: number) {
  return bidsWithProcurement(db)
    .selectAll('bids')
    .where('bids.procurement_id', '=', procurementId)
    .where(bidVisibleTo(principal))
    .$if(lotId !== undefined, (q) => q.where('bids.lot_id', '=', lotId!))
    .$if(after !== null, (q) => q.where('bids.id', '>', after!))
    .orderBy('bids.id')
    .limit(limit + 1)
    .execute()
}

/** The submitted bids of a lot, oldest submission first, for evaluation. */
export async function submittedBidsOfLot(db: Db, procurementId: string, lotId: string) {
  return db
    .selectFrom('bids')
    .selectAll()
    .where('procurement_id', '=', procurementId)
    .where('lot_id', '=', lotId)
    .where('status', '=', 'submitted')
    .orderBy('submitted_at')
    .orderBy('id')
    .execute()
}

/** The supplier's bid for the lot that is not withdrawn, if any: a supplier has one live bid per lot. */
export async function liveBidOf(db: Db, procurementId: string, lotId: string, supplierId: string) {
  return db
    .selectFrom('bids')
    .select('id')
    .where('procurement_id', '=', procurementId)
    .where('lot_id', '=', lotId)
    .where('supplier_id', '=', supplierId)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirst()
}

export interface BidFields {
  offeredProducts: unknown[]
  responses: unknown[]
}

export async function insertBid(db: Db, bid: BidFields & { procurementId: string; lotId: string; supplierId: string }) {
  return db
    .insertInto('bids')
    .values({
      procurement_id: bid.procurementId,
      lot_id: bid.lotId,
      supplier_id: bid.supplierId,
      status: 'draft',
      offered_products: JSON.stringify(bid.offeredProducts),
      responses: JSON.stringify(bid.responses),
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function updateBidContent(db: Db, id: string, content: BidFields) {
  return db
    .updateTable('bids')
    .set({ offered_products: JSON.stringify(content.offeredProducts), responses: JSON.stringify(content.responses), revision: sql<number>`revision + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function markBidSubmitted(db: Db, id: string) {
  return db
    .updateTable('bids')
    .set({ status: 'submitted', submitted_at: sql<Date>`now()`, revision: sql<number>`revision + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Any bid by id, whoever may see it: for an operation that has already decided the caller may act on it. */
export async function bidById(db: Db, id: string) {
  return db.selectFrom('bids').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
}
