import { sql, type Kysely, type Selectable } from 'kysely'
import type { MaturityAssessmentTable, ReportingDatabase } from './database.ts'

type Db = Kysely<ReportingDatabase>

/** Answers and result as the domain gave them when the assessment was submitted. */
export interface MaturityRecord {
  id: string
  buyerId: string
  answers: unknown
  result: unknown
  createdAt: Date
}

const toRecord = (row: Selectable<MaturityAssessmentTable>): MaturityRecord => ({ id: row.id, buyerId: row.buyer_id, answers: row.answers, result: row.result, createdAt: row.created_at })

export async function insertMaturityAssessment(db: Db, buyerId: string, answers: unknown, result: unknown): Promise<MaturityRecord> {
  const row = await db
    .insertInto('maturity_assessments')
    .values({ buyer_id: buyerId, answers: JSON.stringify(answers), result: JSON.stringify(result) })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toRecord(row)
}

// Ordered at the millisecond a cursor can carry, so a page boundary never falls inside a tie.
const createdMs = sql<Date>`date_trunc('milliseconds', created_at)`

/** Newest first: the latest self-assessment is what a buyer wants, the history is for trends. */
export async function listMaturityAssessments(db: Db, buyerId: string, after: { createdAt: string; id: string } | null, limit: number): Promise<MaturityRecord[]> {
  const rows = await db
    .selectFrom('maturity_assessments')
    .selectAll()
    .where('buyer_id', '=', buyerId)
    .$if(after !== null, (q) => q.where(sql<boolean>`(${createdMs}, id) < (${after!.createdAt}::timestamptz, ${after!.id}::uuid)`))
    .orderBy(createdMs, 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute()
  return rows.map(toRecord)
}
