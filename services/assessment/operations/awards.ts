import type { Kysely } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { userOf, type Actor } from '../../kernel/actor.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { assessmentProblems } from '../problems.ts'
import { recordEvent } from '../events/outbox.ts'
import { awardOfLot, insertAward, unawardedLots } from '../repositories/awards.ts'
import { bidById } from '../repositories/bids.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'
import { latestEvaluation } from '../repositories/evaluations.ts'
import { lockProcurement, setProcurementStatus } from '../repositories/procurements.ts'
import { procurementForEvaluator } from './evaluations.ts'

type Db = Kysely<AssessmentDatabase>

/**
 * The buyer awards a lot to the best-ranked bid of its latest, final evaluation. Awarding anything
 * else (an older evaluation, a provisional ranking, a lower-ranked bid) is refused: the award must
 * be explainable by the evaluation it cites. When the last lot is awarded the tender is awarded.
 */
export async function awardLot(db: Db, actor: Actor, procurementId: string, lotId: string, choice: { evaluationId: string; bidId: string }) {
  return db.transaction().execute(async (trx) => {
    const procurement = await procurementForEvaluator(trx, actor, procurementId, lotId)
    if (procurement.buyer_organisation_id !== userOf(actor).organisationId) throw new ProblemError(kernelProblems.FORBIDDEN, 'Only the buyer organisation awards its procurement.')
    await lockProcurement(trx, procurementId)
    if (procurement.status !== 'evaluation') throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_IN_EVALUATION, `Procurement ${procurementId} is ${procurement.status}; only a procurement in evaluation is awarded.`)
    const already = await awardOfLot(trx, procurementId, lotId)
    if (already) throw new ProblemError(assessmentProblems.LOT_ALREADY_AWARDED, `Lot ${lotId} was already awarded (award ${already.id}).`)
    const latest = await latestEvaluation(trx, procurementId, lotId)
    if (!latest) throw new ProblemError(assessmentProblems.NOT_EVALUATED, `Lot ${lotId} has not been evaluated; evaluate it before awarding.`)
    if (latest.id !== choice.evaluationId) throw new ProblemError(assessmentProblems.STALE_EVALUATION, `Evaluation ${choice.evaluationId} is not the latest for lot ${lotId} (${latest.id} is).`)
    if (latest.provisional) throw new ProblemError(assessmentProblems.EVALUATION_PROVISIONAL, 'The ranking still depends on evidence awaiting verification; verify it and evaluate again.')
    const result = latest.result
    if (result.ranking[0] !== choice.bidId) {
      throw new ProblemError(assessmentProblems.NOT_TOP_RANKED, result.ranking.length === 0 ? 'No bid was ranked in this evaluation.' : `Bid ${choice.bidId} is not the best-ranked bid (${result.ranking[0]} is).`)
    }
    const winner = result.bids.find((b) => b.bidId === choice.bidId)!
    const bid = await bidById(trx, choice.bidId)
    const award = await insertAward(trx, {
      procurementId,
      lotId,
      bidId: bid.id,
      supplierId: bid.supplier_id,
      evaluationId: latest.id,
      value: { amount: winner.cost.acquisition, currency: winner.cost.currency },
    })
    if ((await unawardedLots(trx, procurementId)).length === 0) {
      await setProcurementStatus(trx, procurementId, 'awarded')
      await recordEvent(trx, 'procurement.statusChanged', `procurements/${procurementId}`, { procurementId, from: 'evaluation', to: 'awarded' })
    }
    await recordAudit(trx, actor, { action: 'award.made', entityType: 'award', entityId: award.id, details: { procurementId, lotId, bidId: bid.id, evaluationId: latest.id } })
    await recordEvent(trx, 'award.made', `procurements/${procurementId}/lots/${lotId}`, {
      awardId: award.id,
      procurementId,
      lotId,
      bidId: bid.id,
      supplierId: bid.supplier_id,
      value: { amount: award.value_amount, currency: award.currency },
      lifeCycleCost: { amount: winner.cost.lifeCycleCost, currency: winner.cost.currency },
      co2e: { totalKg: winner.co2e.totalKg, embodiedKg: winner.co2e.embodiedKg, usePhaseKg: winner.co2e.usePhaseKg, factorSetId: winner.co2e.factorSetId },
      offeredProducts: bid.offered_products,
      responses: bid.responses,
      totalPoints: winner.totalPoints,
    })
    return award
  })
}
