import type { Insertable, Kysely } from 'kysely'
import type { AwardTable, CertificateTable, ContractTable, CriterionTable, PerformanceReportTable, ProcurementTable, ReportingDatabase, SupplierTable } from './database.ts'

// The projectors' writes. Each is an upsert keyed by the source's own ids, so replaying the feed
// from zero after a rebuild, or a page that arrives twice, lands on the same rows.

type Db = Kysely<ReportingDatabase>

/** A tender as created; its status is the projection's own and is kept on a replayed creation. */
export async function upsertProcurement(db: Db, row: Insertable<ProcurementTable>): Promise<void> {
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

/** The criteria a tender pinned (as stored JSON), or null for a tender the read model lacks. */
export async function findProcurementCriteria(db: Db, procurementId: string): Promise<unknown> {
  const procurement = await db.selectFrom('procurements').select('criteria').where('id', '=', procurementId).executeTakeFirst()
  return procurement?.criteria ?? null
}

export async function upsertAward(db: Db, row: Insertable<AwardTable>): Promise<void> {
  await db.insertInto('awards').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined })).execute()
}

export async function upsertContract(db: Db, row: Insertable<ContractTable>): Promise<void> {
  await db.insertInto('contracts').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined })).execute()
}

/** One report per contract, clause and period: a resubmission replaces its figures. */
export async function upsertPerformanceReport(db: Db, row: Insertable<PerformanceReportTable>): Promise<void> {
  await db
    .insertInto('performance_reports')
    .values(row)
    .onConflict((oc) => oc.columns(['contract_id', 'criterion_id', 'period_start', 'period_end']).doUpdateSet({ figures: row.figures, met: row.met, reported_at: row.reported_at }))
    .execute()
}

/** Keyed by the evidence: a later verdict (verified, then rejected) replaces the earlier one. */
export async function upsertCertificate(db: Db, row: Insertable<CertificateTable>): Promise<void> {
  await db.insertInto('certificates').values(row).onConflict((oc) => oc.column('evidence_id').doUpdateSet({ ...row, evidence_id: undefined })).execute()
}

export async function upsertSupplier(db: Db, row: Insertable<SupplierTable> & { updated_at: string }): Promise<void> {
  await db.insertInto('suppliers').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ name: row.name, updated_at: row.updated_at })).execute()
}

/** Keeps the newest published version of each criterion; an older version arriving late changes nothing. */
export async function upsertCriterion(db: Db, row: Insertable<CriterionTable> & { version: number }): Promise<void> {
  await db
    .insertInto('criteria')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined }).where('criteria.version', '<=', row.version))
    .execute()
}
