import type { Kysely } from 'kysely'
import type { ReportingDatabase } from './database.ts'
import type { StoredCriterion, StoredFigures, StoredLot, StoredPriceScoring, StoredResponse, StoredUnitLine, StoredWeighting } from './stored-shapes.ts'

// The projectors' writes. Each is an upsert keyed by the source's own ids, so replaying the feed
// from zero after a rebuild, or a page that arrives twice, lands on the same rows.

type Db = Kysely<ReportingDatabase>

export interface ProcurementProjection {
  id: string
  buyerId: string
  title: string
  productCategory: string
  cpvCodes: string[]
  currency: string
  criteriaSet: { id: string; version: number; ambitionLevel: string }
  criteria: StoredCriterion[]
  lots: StoredLot[]
  weighting: StoredWeighting | null
  priceScoring: StoredPriceScoring | null
  createdAt: string
}

/** A tender as created, a draft; its status is the projection's own and is kept on a replayed creation. */
export async function upsertProcurement(db: Db, procurement: ProcurementProjection): Promise<void> {
  const row = {
    id: procurement.id,
    buyer_id: procurement.buyerId,
    title: procurement.title,
    product_category: procurement.productCategory,
    cpv_codes: procurement.cpvCodes,
    currency: procurement.currency,
    status: 'draft',
    criteria_set_id: procurement.criteriaSet.id,
    criteria_set_version: procurement.criteriaSet.version,
    ambition_level: procurement.criteriaSet.ambitionLevel,
    criteria: JSON.stringify(procurement.criteria),
    lots: JSON.stringify(procurement.lots),
    weighting: JSON.stringify(procurement.weighting),
    price_scoring: JSON.stringify(procurement.priceScoring),
    created_at: procurement.createdAt,
  }
  await db.insertInto('procurements').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined, status: undefined })).execute()
}

/** A procedure counts from publication; a replay keeps the first time it was seen open or awarded. */
export async function updateProcurementStatus(db: Db, procurementId: string, status: string, at: string): Promise<void> {
  await db
    .updateTable('procurements')
    .set((eb) => ({
      status,
      published_at: status === 'open' ? eb.fn.coalesce('published_at', eb.val(at)) : eb.ref('published_at'),
      awarded_at: status === 'awarded' ? eb.fn.coalesce('awarded_at', eb.val(at)) : eb.ref('awarded_at'),
    }))
    .where('id', '=', procurementId)
    .execute()
}

/** The criteria a tender pinned, or null for a tender the read model lacks. */
export async function findProcurementCriteria(db: Db, procurementId: string): Promise<StoredCriterion[] | null> {
  const procurement = await db.selectFrom('procurements').select('criteria').where('id', '=', procurementId).executeTakeFirst()
  return procurement ? (procurement.criteria as StoredCriterion[]) : null
}

export interface AwardProjection {
  id: string
  procurementId: string
  lotId: string
  supplierId: string
  bidId: string
  value: { amount: string; currency: string }
  lifeCycleCost: string | null
  co2e: unknown
  units: StoredUnitLine[]
  responses: StoredResponse[]
  awardedAt: string
}

export async function upsertAward(db: Db, award: AwardProjection): Promise<void> {
  const row = {
    id: award.id,
    procurement_id: award.procurementId,
    lot_id: award.lotId,
    supplier_id: award.supplierId,
    bid_id: award.bidId,
    value_amount: award.value.amount,
    currency: award.value.currency,
    life_cycle_cost: award.lifeCycleCost,
    co2e: JSON.stringify(award.co2e),
    units: JSON.stringify(award.units),
    responses: JSON.stringify(award.responses),
    awarded_at: award.awardedAt,
  }
  await db.insertInto('awards').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined })).execute()
}

export interface ContractProjection {
  id: string
  awardId: string
  procurementId: string
  supplierId: string
  signedOn: string
  endsOn: string | null
}

export async function upsertContract(db: Db, contract: ContractProjection): Promise<void> {
  const row = {
    id: contract.id,
    award_id: contract.awardId,
    procurement_id: contract.procurementId,
    supplier_id: contract.supplierId,
    signed_on: contract.signedOn,
    ends_on: contract.endsOn,
  }
  await db.insertInto('contracts').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined })).execute()
}

export interface PerformanceReportProjection {
  contractId: string
  criterionId: string
  periodStart: string
  periodEnd: string
  figures: StoredFigures
  met: boolean
  reportedAt: string
}

/** One report per contract, clause and period: a resubmission replaces its figures. */
export async function upsertPerformanceReport(db: Db, report: PerformanceReportProjection): Promise<void> {
  const row = {
    contract_id: report.contractId,
    criterion_id: report.criterionId,
    period_start: report.periodStart,
    period_end: report.periodEnd,
    figures: JSON.stringify(report.figures),
    met: report.met,
    reported_at: report.reportedAt,
  }
  await db
    .insertInto('performance_reports')
    .values(row)
    .onConflict((oc) => oc.columns(['contract_id', 'criterion_id', 'period_start', 'period_end']).doUpdateSet({ figures: row.figures, met: row.met, reported_at: row.reported_at }))
    .execute()
}

export interface CertificateProjection {
  evidenceId: string
  supplierId: string
  bidId: string
  type: string
  issuer: string
  status: string
  validUntil: string | null
  reviewedAt: string
  scheme: string | null
  coverage: string | null
  coveredModels: string[]
}

/** Keyed by the evidence: a later verdict (verified, then rejected) replaces the earlier one. */
export async function upsertCertificate(db: Db, certificate: CertificateProjection): Promise<void> {
  const row = {
    evidence_id: certificate.evidenceId,
    supplier_id: certificate.supplierId,
    bid_id: certificate.bidId,
    type: certificate.type,
    issuer: certificate.issuer,
    status: certificate.status,
    valid_until: certificate.validUntil,
    reviewed_at: certificate.reviewedAt,
    scheme: certificate.scheme,
    coverage: certificate.coverage,
    covered_models: certificate.coveredModels,
  }
  await db.insertInto('certificates').values(row).onConflict((oc) => oc.column('evidence_id').doUpdateSet({ ...row, evidence_id: undefined })).execute()
}

export async function upsertSupplier(db: Db, supplier: { id: string; name: string; updatedAt: string }): Promise<void> {
  const row = { id: supplier.id, name: supplier.name, updated_at: supplier.updatedAt }
  await db.insertInto('suppliers').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ name: row.name, updated_at: row.updated_at })).execute()
}

export interface CriterionProjection {
  id: string
  version: number
  type: string
  sourceCode: string
  goals: string[]
  strategies: string[]
  updatedAt: string
}

/** Keeps the newest published version of each criterion; an older version arriving late changes nothing. */
export async function upsertCriterion(db: Db, criterion: CriterionProjection): Promise<void> {
  const row = {
    id: criterion.id,
    version: criterion.version,
    type: criterion.type,
    source_code: criterion.sourceCode,
    goals: criterion.goals,
    strategies: criterion.strategies,
    updated_at: criterion.updatedAt,
  }
  await db
    .insertInto('criteria')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined }).where('criteria.version', '<=', criterion.version))
    .execute()
}

/** A bid as submitted; a replayed submission keeps the status an evaluation has since given it. */
export async function insertSubmittedBid(db: Db, bid: { id: string; procurementId: string; lotId: string; supplierId: string; submittedAt: string }): Promise<void> {
  const row = { id: bid.id, procurement_id: bid.procurementId, lot_id: bid.lotId, supplier_id: bid.supplierId, status: 'submitted', reasons: '[]', submitted_at: bid.submittedAt }
  await db.insertInto('bids').values(row).onConflict((oc) => oc.column('id').doNothing()).execute()
}

/** What the lot's latest evaluation says of a bid. */
export async function recordBidEvaluation(db: Db, bidId: string, verdict: { status: string; reasons: string[]; rank: number | null }): Promise<void> {
  await db.updateTable('bids').set({ status: verdict.status, reasons: JSON.stringify(verdict.reasons), rank: verdict.rank }).where('id', '=', bidId).execute()
}
