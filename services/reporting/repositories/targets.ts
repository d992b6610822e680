import { sql, type Kysely, type Selectable } from 'kysely'
import type { TargetInput } from '../schemas/target.ts'
import type { ReportingDatabase, TargetTable } from './database.ts'

type Db = Kysely<ReportingDatabase>

export interface TargetRecord {
  id: string
  buyerId: string
  kpiId: string
  targetValue: number
  direction: 'atLeast' | 'atMost'
  baselineValue: number
  baselineDate: string
  deadline: string
  revision: number
  createdAt: Date
  updatedAt: Date
}

// Every target is written with its baseline; the columns are nullable only from before that rule.
const toRecord = (row: Selectable<TargetTable>): TargetRecord => ({
  id: row.id,
  buyerId: row.buyer_id,
  kpiId: row.kpi_id,
  targetValue: Number(row.target_value),
  direction: row.direction,
  baselineValue: Number(row.baseline_value),
  baselineDate: row.baseline_date!,
  deadline: row.deadline,
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

const columns = (input: TargetInput) => ({
  kpi_id: input.kpiId,
  target_value: String(input.targetValue),
  direction: input.direction,
  baseline_value: String(input.baselineValue),
  baseline_date: input.baselineDate,
  deadline: input.deadline,
})

export async function insertTarget(db: Db, buyerId: string, input: TargetInput): Promise<TargetRecord> {
  return toRecord(await db.insertInto('targets').values({ buyer_id: buyerId, ...columns(input) }).returningAll().executeTakeFirstOrThrow())
}

export async function updateTarget(db: Db, id: string, input: TargetInput): Promise<TargetRecord> {
  const row = await db
    .updateTable('targets')
    .set({ ...columns(input), revision: sql<number>`revision + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return toRecord(row)
}

export async function findTarget(db: Db, buyerId: string, id: string, lock = false): Promise<TargetRecord | undefined> {
  const row = await db
    .selectFrom('targets')
    .selectAll()
    .where('buyer_id', '=', buyerId)
    .where('id', '=', id)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst()
  return row && toRecord(row)
}

export async function listTargets(db: Db, buyerId: string, after: string | null, limit: number): Promise<TargetRecord[]> {
  const rows = await db
    .selectFrom('targets')
    .selectAll()
    .where('buyer_id', '=', buyerId)
    .$if(after !== null, (q) => q.where('id', '>', after!))
    .orderBy('id')
    .limit(limit + 1)
    .execute()
  return rows.map(toRecord)
}

export async function deleteTarget(db: Db, id: string): Promise<void> {
  await db.deleteFrom('targets').where('id', '=', id).execute()
}
