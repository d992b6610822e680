import { sql, type Kysely, type Selectable } from 'kysely'
import type { TargetInput } from '../schemas/target.ts'
import type { ReportingDatabase, TargetTable } from './database.ts'

type Db = Kysely<ReportingDatabase>
export type TargetRow = Selectable<TargetTable>

const columns = (input: TargetInput) => ({
  kpi_id: input.kpiId,
  target_value: String(input.targetValue),
  direction: input.direction,
  baseline_value: String(input.baselineValue),
  baseline_date: input.baselineDate,
  deadline: input.deadline,
})

export async function insertTarget(db: Db, buyerId: string, input: TargetInput): Promise<TargetRow> {
  return db.insertInto('targets').values({ buyer_id: buyerId, ...columns(input) }).returningAll().executeTakeFirstOrThrow()
}

export async function updateTarget(db: Db, id: string, input: TargetInput): Promise<TargetRow> {
  return db
    .updateTable('targets')
    .set({ ...columns(input), revision: sql<number>`revision + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function findTarget(db: Db, buyerId: string, id: string, lock = false): Promise<TargetRow | undefined> {
  return db
    .selectFrom('targets')
    .selectAll()
    .where('buyer_id', '=', buyerId)
    .where('id', '=', id)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst()
}

export async function listTargets(db: Db, buyerId: string, after: string | null, limit: number): Promise<TargetRow[]> {
  return db
    .selectFrom('targets')
    .selectAll()
    .where('buyer_id', '=', buyerId)
    .$if(after !== null, (q) => q.where('id', '>', after!))
    .orderBy('id')
    .limit(limit + 1)
    .execute()
}

export async function deleteTarget(db: Db, id: string): Promise<void> {
  await db.deleteFrom('targets').where('id', '=', id).execute()
}
