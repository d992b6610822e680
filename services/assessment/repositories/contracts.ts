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

export async function clausesWithReports(db: Db, contractId: string) {
  const clauses = await db.selectFrom('performance_clauses').selectAll().where('contract_id', '=', contractId).orderBy('criterion_id').execute()
  const reports =
    clauses.length === 0
      ? []
      : await db
          .selectFrom('performance_reports')
          .selectAll()
          .where('clause_id', 'in', clauses.map((c) => c.id))
          .orderBy('period_end')
          .orderBy('created_at')
          .execute()
  return clauses.map((clause) => ({ clause, reports: reports.filter((r) => r.clause_id === clause.id) }))
}
