import type { Selectable } from 'kysely'
import type { ContractTable, PerformanceClauseTable, PerformanceReportTable } from '../repositories/database.ts'

export function toPerformanceReport(row: Selectable<PerformanceReportTable>) {
  return {
    id: row.id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    figures: row.figures,
    met: row.met,
    requirements: row.assessment.requirements,
    createdAt: row.created_at.toISOString(),
  }
}

export function toContract(
  row: Selectable<ContractTable>,
  clauses: { clause: Selectable<PerformanceClauseTable>; reports: Selectable<PerformanceReportTable>[] }[],
) {
  return {
    id: row.id,
    awardId: row.award_id,
    procurementId: row.procurement_id,
    supplierId: row.supplier_id,
    signedOn: row.signed_on,
    endsOn: row.ends_on,
    clauses: clauses.map(({ clause, reports }) => ({
      id: clause.id,
      criterionId: clause.criterion_id,
      title: clause.title,
      requirements: clause.targets,
      met: reports.at(-1)?.met ?? null,
      reports: reports.map(toPerformanceReport),
    })),
    createdAt: row.created_at.toISOString(),
  }
}
