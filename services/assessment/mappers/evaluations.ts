import type { Selectable } from 'kysely'
import type { AwardTable, EvaluationTable } from '../repositories/database.ts'

export function toEvaluation(row: Selectable<EvaluationTable>) {
  const result = row.result
  return {
    id: row.id,
    procurementId: row.procurement_id,
    lotId: row.lot_id,
    evaluationDate: row.evaluation_date,
    provisional: row.provisional,
    ranking: result.ranking,
    // Evaluations stored before evidence decided award points have no list: nothing was pending then.
    pendingEvidence: result.pendingEvidence ?? [],
    bids: result.bids,
    createdAt: row.created_at.toISOString(),
  }
}

export function toAward(row: Selectable<AwardTable>) {
  return {
    id: row.id,
    procurementId: row.procurement_id,
    lotId: row.lot_id,
    bidId: row.bid_id,
    supplierId: row.supplier_id,
    evaluationId: row.evaluation_id,
    value: { amount: row.value_amount, currency: row.currency },
    createdAt: row.created_at.toISOString(),
  }
}
