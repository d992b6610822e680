import type { Kysely } from 'kysely'
import type { AssessmentDatabase } from './database.ts'

type Db = Kysely<AssessmentDatabase>

export async function insertEvaluation(db: Db, evaluation: { procurementId: string; lotId: string; evaluationDate: string; provisional: boolean; result: unknown }) {
  return db
    .insertInto('evaluations')
    .values({
      procurement_id: evaluation.procurementId,
      lot_id: evaluation.lotId,
      evaluation_date: evaluation.evaluationDate,
      provisional: evaluation.provisional,
      result: JSON.stringify(evaluation.result),
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function latestEvaluation(db: Db, procurementId: string, lotId: string) {
  return db
    .selectFrom('evaluations')
    .selectAll()
    .where('procurement_id', '=', procurementId)
    .where('lot_id', '=', lotId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
}
