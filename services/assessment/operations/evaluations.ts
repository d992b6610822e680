import type { Kysely } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { hasRole, userOf, type Actor } from '../../kernel/actor.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { assessmentProblems } from '../problems.ts'
import { AssessmentInputError } from '../domain/errors.ts'
import { evaluateProcurement } from '../domain/evaluate-procurement.ts'
import { pinnedFactors } from '../domain/factor-sets.ts'
import type { Bid as DomainBid, ProcurementEvaluation, ProcurementSettings } from '../domain/types.ts'
import { recordEvent } from '../events/outbox.ts'
import { evidenceStatusOn } from '../mappers/bids.ts'
import { submittedBidsOfLot } from '../repositories/bids.ts'
import { evidenceOfBids } from '../repositories/evidence.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'
import { insertEvaluation, latestEvaluation } from '../repositories/evaluations.ts'
import { findProcurement, isAssignedEvaluator, lotExists, type ProcurementRow } from '../repositories/procurements.ts'
import { exclusionsBySupplier } from '../repositories/suppliers.ts'
import { todayUtc } from './calendar.ts'

type Db = Kysely<AssessmentDatabase>

export function settingsOf(row: Pick<ProcurementRow, 'settings' | 'currency'>): ProcurementSettings {
  const settings = row.settings
  const factorSet = pinnedFactors(settings.lifeCycle)
  // Pinned at creation (and by migration for older tenders): a miss means a shipped set was removed.
  if (!factorSet) throw new Error(`factor set ${settings.lifeCycle.factorSetId} ${settings.lifeCycle.factorSetVersion} is no longer shipped`)
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
export async function procurementForEvaluator(db: Db, actor: Actor, procurementId: string, lotId: string) {
  const principal = userOf(actor)
  const procurement = await findProcurement(db, procurementId, principal)
  const entitled =
    procurement !== undefined &&
    ((principal.roles.includes('buyer') && procurement.buyer_organisation_id === principal.organisationId) ||
      (principal.roles.includes('evaluator') && (await isAssignedEvaluator(db, procurementId, principal.subject))))
  if (!procurement || !entitled) throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_FOUND, `Procurement ${procurementId} does not exist.`)
  if (!(await lotExists(db, procurementId, lotId))) throw new ProblemError(assessmentProblems.LOT_NOT_FOUND, `Procurement ${procurementId} has no lot ${lotId}.`)
  return procurement
}

/**
 * Evaluates every submitted bid of a lot as of today with the pure evaluation functions, and
 * keeps the result: evaluations are append-only, so every ranking ever shown can be explained later.
 */
export async function runEvaluation(db: Db, actor: Actor, procurementId: string, lotId: string) {
  return db.transaction().execute(async (trx) => {
    const procurement = await procurementForEvaluator(trx, actor, procurementId, lotId)
    if (procurement.status !== 'evaluation') {
      throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_IN_EVALUATION, `Procurement ${procurementId} is ${procurement.status}; move it to evaluation first.`)
    }
    const bids = await submittedBidsOfLot(trx, procurementId, lotId)
    if (bids.length === 0) throw new ProblemError(assessmentProblems.NO_SUBMITTED_BIDS, `Lot ${lotId} has no submitted bid to evaluate.`)
    const evaluationDate = todayUtc()
    const exclusions = await exclusionsBySupplier(trx, [...new Set(bids.map((b) => b.supplier_id))], procurement.buyer_organisation_id)
    const evidence = await evidenceOfBids(trx, bids.map((b) => b.id))
    const input: DomainBid[] = bids.map((bid) => ({
      id: bid.id,
      supplierId: bid.supplier_id,
      submittedAt: bid.submitted_at!.toISOString(),
      exclusions: exclusions.get(bid.supplier_id) ?? [],
      offeredProducts: bid.offered_products,
      responses: bid.responses,
      evidence: evidence
        .filter((e) => e.bid_id === bid.id)
        .map((e) => ({ id: e.id, criterionId: e.criterion_id, status: evidenceStatusOn(e, evaluationDate), validUntil: e.valid_until })),
    }))
    let result: ProcurementEvaluation
    try {
      result = evaluateProcurement({ procurement: settingsOf(procurement), criteria: procurement.evaluation_criteria.criteria, bids: input, evaluationDate })
    } catch (error) {
      if (!(error instanceof AssessmentInputError)) throw error
      throw new ProblemError(assessmentProblems[`EVALUATION_${error.code}`], error.message, [{ path: `evaluation${error.path}`, message: error.message }])
    }
    const row = await insertEvaluation(trx, { procurementId, lotId, evaluationDate, provisional: result.provisional, result })
    await recordAudit(trx, actor, { action: 'evaluation.completed', entityType: 'evaluation', entityId: row.id, details: { procurementId, lotId, ranking: result.ranking } })
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

/** Auditors read any evaluation; the buyer and assigned evaluators their procurement's. */
export async function readLatestEvaluation(db: Db, actor: Actor, procurementId: string, lotId: string) {
  if (!hasRole(actor, 'auditor')) await procurementForEvaluator(db, actor, procurementId, lotId)
  const row = await latestEvaluation(db, procurementId, lotId)
  if (!row) throw new ProblemError(assessmentProblems.EVALUATION_NOT_FOUND, `Lot ${lotId} of procurement ${procurementId} has not been evaluated.`)
  return row
}
