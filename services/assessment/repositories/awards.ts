import type { Kysely } from 'kysely'
import type { AssessmentDatabase } from './database.ts'

type Db = Kysely<AssessmentDatabase>

export async function awardOfLot(db: Db, procurementId: string, lotId: string) {
  return db.selectFrom('awards').select('id').where('procurement_id', '=', procurementId).where('lot_id', '=', lotId).executeTakeFirst()
}

export interface NewAward {
  procurementId: string
  lotId: string
  bidId: string
  supplierId: string
  evaluationId: string
  value: { amount: string; currency: string }
}

export async function insertAward(db: Db, award: NewAward) {
  return db
    .insertInto('awards')
    .values({
      procurement_id: award.procurementId,
      lot_id: award.lotId,
      bid_id: award.bidId,
      supplier_id: award.supplierId,
      evaluation_id: award.evaluationId,
      value_amount: award.value.amount,
      currency: award.value.currency,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Ids of the procurement's lots that have no award yet. */
export async function unawardedLots(db: Db, procurementId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('lots')
    .select('id')
    .where('procurement_id', '=', procurementId)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('awards').select('awards.id').whereRef('awards.procurement_id', '=', 'lots.procurement_id').whereRef('awards.lot_id', '=', 'lots.id'))))
    .execute()
  return rows.map((row) => row.id)
}

/** An award with the buyer and the tender criteria of its procurement, which its contract takes its clauses from. */
export async function awardWithProcurement(db: Db, awardId: string) {
  return db
    .selectFrom('awards')
    .innerJoin('procurements', 'procurements.id', 'awards.procurement_id')
    .selectAll('awards')
    .select(['procurements.buyer_organisation_id', 'procurements.evaluation_criteria'])
    .where('awards.id', '=', awardId)
    .executeTakeFirst()
}
