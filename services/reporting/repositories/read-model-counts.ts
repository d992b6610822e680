import { sql, type Kysely } from 'kysely'
import type { ReportingDatabase } from './database.ts'

export interface ReadModelCounts {
  procurements: number
  awards: number
  contracts: number
  performanceReports: number
  criteria: number
}

/** Rows of each kind the feeds have built, for the read-model status. */
export async function countReadModelRows(db: Kysely<ReportingDatabase>): Promise<ReadModelCounts> {
  const { rows } = await sql<ReadModelCounts>`
    select (select count(*) from procurements)::int as "procurements", (select count(*) from awards)::int as "awards",
           (select count(*) from contracts)::int as "contracts", (select count(*) from performance_reports)::int as "performanceReports",
           (select count(*) from criteria)::int as "criteria"
  `.execute(db)
  return rows[0]!
}
