import { sql, type Kysely } from 'kysely'
import type { Principal } from '../../kernel/auth/roles.ts'
import type { AssessmentDatabase } from './database.ts'

type Db = Kysely<AssessmentDatabase>

/** The buyer organisation, the contracted supplier and auditors see a contract; others are told it does not exist. */
export async function findContract(db: Db, id: string, principal: Principal) {
  return db
    .selectFrom('contracts')
    .innerJoin('procurements', 'procurements.id', 'contracts.procurement_id')
    .selectAll('contracts')
    .select(['procurements.buyer_organisation_id', 'procurements.evaluation_criteria'])
    .where('contracts.id', '=', id)
    .where((eb) => {
      if (principal.roles.includes('auditor')) return sql<boolean>`true`
      const ors = []
      if (principal.roles.includes('buyer') && principal.organisationId) ors.push(eb('procurements.buyer_organisation_id', '=', principal.organisationId))
      if (principal.roles.includes('supplier') && principal.supplierId) ors.push(eb('contracts.supplier_id', '=', principal.supplierId))
      return ors.length === 0 ? sql<boolean>`false` : eb.or(ors)
    })
    .executeTakeFirst()
}

/** Each clause of the contract with its reports, oldest period first. */
export async function clausesWithReports(db: Db, contractId: string) {
  const clauses = await db.selectFrom('performance_clauses').selectAll().where('contract_id', '=', contractId).orderBy('criterion_id').execute()
  const reports = await db
    .selectFrom('performance_reports')
    .innerJoin('performance_clauses', 'performance_clauses.id', 'performance_reports.clause_id')
    .selectAll('performance_reports')
    .where('performance_clauses.contract_id', '=', contractId)
    .orderBy('performance_reports.period_end')
    .orderBy('performance_reports.created_at')
    .execute()
  return clauses.map((clause) => ({ clause, reports: reports.filter((r) => r.clause_id === clause.id) }))
}

export async function contractOfAward(db: Db, awardId: string) {
  return db.selectFrom('contracts').select('id').where('award_id', '=', awardId).executeTakeFirst()
}

export async function insertContract(db: Db, contract: { awardId: string; procurementId: string; supplierId: string; signedOn: string; endsOn: string | null }) {
  return db
    .insertInto('contracts')
    .values({ award_id: contract.awardId, procurement_id: contract.procurementId, supplier_id: contract.supplierId, signed_on: contract.signedOn, ends_on: contract.endsOn })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function insertClauses(db: Db, contractId: string, clauses: { criterionId: string; title: string; targets: unknown }[]): Promise<void> {
  if (clauses.length === 0) return
  await db
    .insertInto('performance_clauses')
    .values(clauses.map((c) => ({ contract_id: contractId, criterion_id: c.criterionId, title: c.title, targets: JSON.stringify(c.targets) })))
    .execute()
}

export async function findClause(db: Db, contractId: string, clauseId: string) {
  return db.selectFrom('performance_clauses').selectAll().where('id', '=', clauseId).where('contract_id', '=', contractId).executeTakeFirst()
}

export async function reportOfPeriod(db: Db, clauseId: string, period: { start: string; end: string }) {
  return db
    .selectFrom('performance_reports')
    .select('id')
    .where('clause_id', '=', clauseId)
    .where('period_start', '=', period.start)
    .where('period_end', '=', period.end)
    .executeTakeFirst()
}

export async function insertReport(db: Db, report: { clauseId: string; periodStart: string; periodEnd: string; figures: unknown; met: boolean; assessment: unknown }) {
  return db
    .insertInto('performance_reports')
    .values({
      clause_id: report.clauseId,
      period_start: report.periodStart,
      period_end: report.periodEnd,
      figures: JSON.stringify(report.figures),
      met: report.met,
      assessment: JSON.stringify(report.assessment),
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** A correction: the clause's report for the period takes the new figures and assessment. */
export async function replaceReport(db: Db, reportId: string, report: { figures: unknown; met: boolean; assessment: unknown }) {
  return db
    .updateTable('performance_reports')
    .set({ figures: JSON.stringify(report.figures), met: report.met, assessment: JSON.stringify(report.assessment) })
    .where('id', '=', reportId)
    .returningAll()
    .executeTakeFirstOrThrow()
}
