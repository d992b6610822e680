import type { Kysely } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { userOf, type Actor } from '../../kernel/actor.ts'
import { assertIfMatch, entityTag } from '../../kernel/preconditions.ts'
import { fieldErrorsDetail, ProblemError } from '../../kernel/problem.ts'
import { assessmentProblems } from '../problems.ts'
import { evidenceCoverageErrors } from '../domain/evidence-coverage.ts'
import { recordEvent } from '../events/outbox.ts'
import { findBid } from '../repositories/bids.ts'
import { clarificationRequested, evidenceForReview, evidenceOfBids, insertEvidence, recordVerdict } from '../repositories/evidence.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'
import { isAssignedEvaluator } from '../repositories/procurements.ts'
import { readBid } from './bids.ts'
import type { CreateEvidence } from '../schemas/bid.ts'

type Db = Kysely<AssessmentDatabase>

export const evidenceEtag = (row: { id: string; revision: number }) => entityTag(row.id, row.revision)

/**
 * A supplier attaches evidence to its own bid while the tender is open, or during evaluation to
 * answer a clarification request. It must prove a criterion of this tender, in a form that
 * criterion accepts.
 */
export async function addEvidence(db: Db, actor: Actor, bidId: string, body: CreateEvidence) {
  const principal = userOf(actor)
  return db.transaction().execute(async (trx) => {
    const bid = await findBid(trx, bidId, principal)
    if (!bid || bid.supplier_id !== principal.supplierId) throw new ProblemError(assessmentProblems.BID_NOT_FOUND, `Bid ${bidId} does not exist.`)
    if (!['open', 'evaluation'].includes(bid.procurement_status)) {
      throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_OPEN, `The procurement is ${bid.procurement_status}; evidence is accepted while it is open or in evaluation.`)
    }
    if (bid.procurement_status === 'evaluation') {
      // After the deadline a supplier may only answer what an evaluator asked; anything else
      // would let a late document revive a bid that failed selection.
      if (!(await clarificationRequested(trx, bidId, body.criterionId))) {
        throw new ProblemError(assessmentProblems.CLARIFICATION_NOT_REQUESTED, `During evaluation, evidence for ${body.criterionId} is accepted only in answer to a clarification request.`)
      }
    }
    const accepted = bid.evaluation_criteria.acceptedEvidence[body.criterionId]
    if (!accepted) throw new ProblemError(assessmentProblems.UNKNOWN_CRITERION, `${body.criterionId} is not a criterion of this tender.`, [{ path: 'body/criterionId', message: 'is not a criterion of this tender' }])
    if (!accepted.includes(body.type)) {
      throw new ProblemError(assessmentProblems.EVIDENCE_TYPE_NOT_ACCEPTED, `${body.criterionId} accepts ${accepted.join(', ')}.`, [{ path: 'body/type', message: `must be one of ${accepted.join(', ')}` }])
    }
    const coverageErrors = evidenceCoverageErrors(body, bid.offered_products.map((p) => p.model))
    if (coverageErrors.length > 0) throw new ProblemError(assessmentProblems.INVALID_EVIDENCE_COVERAGE, fieldErrorsDetail(coverageErrors), coverageErrors)
    const row = await insertEvidence(trx, {
      bidId,
      criterionId: body.criterionId,
      type: body.type,
      issuer: body.issuer,
      identifier: body.identifier,
      validUntil: body.validUntil,
      url: body.url,
      documentHash: body.documentHash,
      scheme: body.scheme ?? null,
      coverage: body.coverage ?? null,
      coveredModels: body.coveredModels ?? [],
    })
    await recordAudit(trx, actor, { action: 'evidence.submitted', entityType: 'evidence', entityId: row.id, details: { bidId, criterionId: body.criterionId } })
    return row
  })
}

/**
 * Evidence of the procurement, read by its buyer or an evaluator assigned to it (the reviewers,
 * who need its ETag for If-Match); to anyone else it does not exist. The evidence must belong to the procurement named: never another tender's.
 */
export async function readEvidenceForReview(db: Db, actor: Actor, procurementId: string, evidenceId: string) {
  const principal = userOf(actor)
  const row = await evidenceForReview(db, procurementId, evidenceId)
  const mayReview =
    row !== undefined &&
    ((principal.roles.includes('buyer') && row.buyer_organisation_id === principal.organisationId) ||
      (principal.roles.includes('evaluator') && (await isAssignedEvaluator(db, procurementId, principal.subject))))
  if (!row || !mayReview) throw new ProblemError(assessmentProblems.EVIDENCE_NOT_FOUND, `Procurement ${procurementId} has no evidence ${evidenceId}.`)
  return row
}

/**
 * An evaluator assigned to the procurement (or its buyer) records a verdict. The evidence must
 * belong to the procurement named in the path: a verdict can never land on another tender.
 */
export async function reviewEvidence(
  db: Db,
  actor: Actor,
  procurementId: string,
  evidenceId: string,
  verdict: { status: 'under_review' | 'verified' | 'rejected' | 'clarification_requested'; reason?: string | null },
  ifMatch: string | undefined,
) {
  const principal = userOf(actor)
  return db.transaction().execute(async (trx) => {
    const row = await readEvidenceForReview(trx, actor, procurementId, evidenceId)
    if (row.procurement_status !== 'evaluation') throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_IN_EVALUATION, `The procurement is ${row.procurement_status}; evidence is reviewed during evaluation.`)
    if (row.bid_status !== 'submitted') throw new ProblemError(assessmentProblems.BID_NOT_SUBMITTED, 'Only evidence of submitted bids is reviewed.')
    assertIfMatch(ifMatch, evidenceEtag(row))
    const needsReason = verdict.status === 'rejected' || verdict.status === 'clarification_requested'
    if (needsReason && !verdict.reason) throw new ProblemError(assessmentProblems.REASON_REQUIRED, `A ${verdict.status} verdict needs a reason.`, [{ path: 'body/reason', message: 'is required' }])
    const updated = await recordVerdict(trx, evidenceId, { status: verdict.status, reason: verdict.reason ?? null, reviewer: principal.subject })
    await recordAudit(trx, actor, { action: 'evidence.reviewed', entityType: 'evidence', entityId: evidenceId, details: { from: row.status, to: verdict.status, reason: verdict.reason ?? null } })
    // Type, scheme, coverage, issuer, validity and supplier let a reader tell which suppliers and
    // which offered models hold a verified certificate (ecolabel, management system) without
    // reading the evidence itself.
    await recordEvent(trx, 'evidence.reviewed', `evidence/${evidenceId}`, {
      evidenceId,
      procurementId,
      bidId: row.bid_id,
      supplierId: row.supplier_id,
      criterionId: row.criterion_id,
      type: row.type,
      scheme: row.scheme,
      coverage: row.coverage,
      coveredModels: row.covered_models,
      issuer: row.issuer,
      validUntil: row.valid_until,
      status: verdict.status,
    })
    return updated
  })
}

/** The evidence of a bid the caller may see, oldest first. */
export async function readEvidenceOfBid(db: Db, actor: Actor, bidId: string) {
  const bid = await readBid(db, actor, bidId)
  return evidenceOfBids(db, [bid.id])
}
