import { sql, type Kysely } from 'kysely'
import type { AssessmentDatabase, StoredEvidenceStatus } from './database.ts'

type Db = Kysely<AssessmentDatabase>

export async function evidenceOfBids(db: Db, bidIds: string[]) {
  if (bidIds.length === 0) return []
  return db.selectFrom('evidence').selectAll().where('bid_id', 'in', bidIds).orderBy('created_at').orderBy('id').execute()
}

/** True when an evaluator has asked this bid for more evidence on the criterion and not yet had it. */
export async function clarificationRequested(db: Db, bidId: string, criterionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('evidence')
    .select('id')
    .where('bid_id', '=', bidId)
    .where('criterion_id', '=', criterionId)
    .where('status', '=', 'clarification_requested')
    .executeTakeFirst()
  return row !== undefined
}

export interface NewEvidence {
  bidId: string
  criterionId: string
  type: string
  issuer: string
  identifier: string | null
  validUntil: string | null
  url: string | null
  documentHash: string | null
  scheme: string | null
  coverage: 'products' | 'organisation' | null
  coveredModels: string[]
}

export async function insertEvidence(db: Db, evidence: NewEvidence) {
  return db
    .insertInto('evidence')
    .values({
      bid_id: evidence.bidId,
      criterion_id: evidence.criterionId,
      type: evidence.type,
      issuer: evidence.issuer,
      identifier: evidence.identifier,
      valid_until: evidence.validUntil,
      url: evidence.url,
      document_hash: evidence.documentHash,
      scheme: evidence.scheme,
      coverage: evidence.coverage,
      covered_models: evidence.coveredModels,
      status: 'submitted',
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Evidence of a bid in the given procurement, locked for a verdict, with what the verdict depends on. */
export async function evidenceForReview(db: Db, procurementId: string, evidenceId: string) {
  return db
    .selectFrom('evidence')
    .innerJoin('bids', 'bids.id', 'evidence.bid_id')
    .innerJoin('procurements', 'procurements.id', 'bids.procurement_id')
    .selectAll('evidence')
    .select(['procurements.status as procurement_status', 'procurements.buyer_organisation_id', 'bids.status as bid_status', 'bids.supplier_id'])
    .where('evidence.id', '=', evidenceId)
    .where('bids.procurement_id', '=', procurementId)
    .forUpdate(['evidence'])
    .executeTakeFirst()
}

export async function recordVerdict(db: Db, evidenceId: string, verdict: { status: StoredEvidenceStatus; reason: string | null; reviewer: string }) {
  return db
    .updateTable('evidence')
    .set({
      status: verdict.status,
      status_reason: verdict.reason,
      reviewed_by: verdict.reviewer,
      reviewed_at: sql<Date>`now()`,
      revision: sql<number>`revision + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', evidenceId)
    .returningAll()
    .executeTakeFirstOrThrow()
}
