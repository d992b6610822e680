import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { userOf } from '../../kernel/actor.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { assessmentProblems } from '../problems.ts'
import { AssessmentInputError } from '../domain/errors.ts'
import { evaluateProcurement } from '../domain/evaluate-procurement.ts'
import { findFactorSet } from '../domain/factor-sets.ts'
import type { TenderCriteria } from '../domain/tender-criteria.ts'
import type { Bid as DomainBid, ProcurementEvaluation, ProcurementSettings } from '../domain/types.ts'
import { recordEvent } from '../events/outbox.ts'
import { evidenceStatusOn, today } from '../mappers/bids.ts'
import type { ProcurementSettingsColumn } from '../mappers/procurements.ts'
import { evidenceOfBids, submittedBidsOfLot } from '../repositories/bids.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'
import { findProcurement, isAssignedEvaluator, type ProcurementRow } from '../repositories/procurements.ts'
import { exclusionsBySupplier } from '../repositories/suppliers.ts'
import type { BidContent } from '../schemas/bid.ts'

type Db = Kysely<AssessmentDatabase>

export function settingsOf(row: Pick<ProcurementRow, 'settings' | 'currency'>): ProcurementSettings {
  const settings = row.settings as ProcurementSettingsColumn
  const factorSet = findFactorSet(settings.lifeCycle.factorSetId)
  if (!factorSet) throw new Error(`factor set ${settings.lifeCycle.factorSetId} is no longer shipped`)
  return {
    priceWeight: settings.weighting.priceWeight,
    qualityWeight: settings.weighting.qualityWeight,
    minimumQualityScore: settings.weighting.minimumQualityScore,
    priceScoring: { basis: settings.priceScoring.basis, rule: { method: settings.priceScoring.rule } },
    currency: row.currency,
    energyTariff: settings.lifeCycle.energyTariff,
    years: settings.lifeCycle.years,
    factorSet,
  }
}

/** The buyer or an evaluator assigned to this procurement; anyone else is told it does not exist. */
export async function procurementForEvaluator(db: Db, request: FastifyRequest, procurementId: string, lotId: string) {
  const principal = userOf(request.actor)
  const procurement = await findProcurement(db, procurementId, principal)
  const entitled =
    procurement !== undefined &&
    ((principal.roles.includes('buyer') && procurement.buyer_organisation_id === principal.organisationId) ||
      (principal.roles.includes('evaluator') && (await isAssignedEvaluator(db, procurementId, principal.subject))))
  if (!procurement || !entitled) throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_FOUND, `Procurement ${procurementId} does not exist.`)
  const lot = await db.selectFrom('lots').select('id').where('procurement_id', '=', procurementId).where('id', '=', lotId).executeTakeFirst()
  if (!lot) throw new ProblemError(assessmentProblems.LOT_NOT_FOUND, `Procurement ${procurementId} has no lot ${lotId}.`)
  return procurement
}

/**
 * Evaluates every submitted bid of a lot as of today with the pure evaluation functions, and
 * keeps the result: evaluations are append-only, so every ranking ever shown can be explained later.
 */
export async function runEvaluation(db: Db, request: FastifyRequest, procurementId: string, lotId: string) {
  return db.transaction().execute(async (trx) => {
    const procurement = await procurementForEvaluator(trx, request, procurementId, lotId)
    if (procurement.status !== 'evaluation') {
      throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_IN_EVALUATION, `Procurement ${procurementId} is ${procurement.status}; move it to evaluation first.`)
    }
    const bids = await submittedBidsOfLot(trx, procurementId, lotId)
    if (bids.length === 0) throw new ProblemError(assessmentProblems.NO_SUBMITTED_BIDS, `Lot ${lotId} has no submitted bid to evaluate.`)
    const evaluationDate = today()
    const exclusions = await exclusionsBySupplier(trx, [...new Set(bids.map((b) => b.supplier_id))])
    const evidence = await evidenceOfBids(trx, bids.map((b) => b.id))
    const input: DomainBid[] = bids.map((bid) => ({
      id: bid.id,
      supplierId: bid.supplier_id,
      submittedAt: bid.submitted_at!.toISOString(),
      exclusions: exclusions.get(bid.supplier_id) ?? [],
      offeredProducts: bid.offered_products as BidContent['offeredProducts'],
      responses: bid.responses as BidContent['responses'],
      evidence: evidence
        .filter((e) => e.bid_id === bid.id)
        .map((e) => ({ id: e.id, criterionId: e.criterion_id, status: evidenceStatusOn(e, evaluationDate), validUntil: e.valid_until })),
    }))
    let result: ProcurementEvaluation
    try {
      result = evaluateProcurement({ procurement: settingsOf(procurement), criteria: (procurement.evaluation_criteria as TenderCriteria).criteria, bids: input, evaluationDate })
    } catch (error) {
      if (!(error instanceof AssessmentInputError)) throw error
      throw new ProblemError(assessmentProblems[`EVALUATION_${error.code}`], error.message, [{ path: `evaluation${error.path}`, message: error.message }])
    }
    const row = await trx
      .insertInto('evaluations')
      .values({ procurement_id: procurementId, lot_id: lotId, evaluation_date: evaluationDate, provisional: result.provisional, result: JSON.stringify(result) })
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordAudit(trx, request.actor, { action: 'evaluation.completed', entityType: 'evaluation', entityId: row.id, details: { procurementId, lotId, ranking: result.ranking } })
    await recordEvent(trx, 'evaluation.completed', `procurements/${procurementId}/lots/${lotId}`, {
      evaluationId: row.id,
      procurementId,
      lotId,
      provisional: result.provisional,
      ranking: result.ranking,
      bids: result.bids.map((b) => ({ bidId: b.bidId, supplierId: b.supplierId, status: b.status, reasons: b.reasons, totalPoints: b.totalPoints, lifeCycleCost: b.cost.lifeCycleCost, co2eKg: b.co2e.totalKg })),
    })
    return row
  })
}

export async function latestEvaluation(db: Db, procurementId: string, lotId: string) {
  return db
    .selectFrom('evaluations')
    .selectAll()
    .where('procurement_id', '=', procurementId)
    .where('lot_id', '=', lotId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
}
