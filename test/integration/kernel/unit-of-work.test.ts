import { sql, type Kysely } from 'kysely'
import pg from 'pg'
import t from 'tap'
import { createDatabase, startUnitOfWork } from '../../../services/kernel/database.ts'
import { outsideUnitOfWork, runInUnitOfWork } from '../../../services/kernel/unit-of-work.ts'
import { emptyDatabase } from '../../helpers/processes.ts'

// The request-scoped transaction on a real PostgreSQL: begun at the first query, joined by every
// query and by the operations' own transactions (as savepoints), ended as a whole.

const url = await emptyDatabase(t)
const db = createDatabase<any>({ url, schema: 'public', poolSize: 4 })
t.teardown(() => db.destroy())
await sql`create table probe (label text not null)`.execute(db)
await sql`create table opened (label text not null)`.execute(db)
const observer = new pg.Client({ connectionString: url })
await observer.connect()
t.teardown(() => observer.end())

const labels = async () => (await observer.query('select label from probe order by label')).rows.map((r) => r.label)
const openTransactions = async () =>
  Number((await observer.query('select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null')).rows[0].n)
const insert = (target: Kysely<any>, label: string) => target.insertInto('probe').values({ label }).execute()
const unitOfWork = () => startUnitOfWork(db, async (connection) => void (await connection.executeQuery(db.insertInto('opened').values({ label: 'begun' }).compile())))

t.beforeEach(async () => {
  await sql`truncate probe, opened`.execute(db)
})

t.test('begun at the first query, not before; reads see its writes; others see them only after commit', async (t) => {
  const work = unitOfWork()
  await runInUnitOfWork(work, async () => {
    t.equal(await openTransactions(), 0, 'nothing open before the first query')
    await db.transaction().execute((trx) => insert(trx, 'a'))
    t.equal(await openTransactions(), 1)
    t.same((await db.selectFrom('probe').select('label').execute()).map((r) => r.label), ['a'], 'a plain read sees the write')
    t.same(await labels(), [], 'not visible outside yet')
  })
  await work.commit()
  t.same(await labels(), ['a'])
  t.equal(Number((await observer.query('select count(*) as n from opened')).rows[0].n), 1, 'its first statement ran, once')
  t.equal(await openTransactions(), 0)
})

t.test('a failed inner transaction rolls back to its savepoint, and the work goes on', async (t) => {
  const work = unitOfWork()
  await runInUnitOfWork(work, async () => {
    await insert(db, 'kept')
    await t.rejects(db.transaction().execute(async (trx) => {
      await insert(trx, 'undone')
      await sql`select 1 / 0`.execute(trx)
    }))
    await db.transaction().execute((trx) => insert(trx, 'after'))
  })
  await work.commit()
  t.same(await labels(), ['after', 'kept'])
})

t.test('rollback keeps nothing, the first statement included; a transaction used afterwards refuses', async (t) => {
  const work = unitOfWork()
  let late: Promise<unknown> = Promise.resolve()
  await runInUnitOfWork(work, () =>
    db.transaction().execute(async (trx) => {
      await insert(trx, 'gone')
      await work.rollback()
      late = insert(trx, 'too late')
    }).catch(() => undefined),
  )
  await t.rejects(late, /already rolled back/)
  t.same(await labels(), [])
  t.equal(Number((await observer.query('select count(*) as n from opened')).rows[0].n), 0)
  await runInUnitOfWork(work, () => insert(db, 'pooled'))
  t.same(await labels(), ['pooled'], 'a query in the ended work’s context uses the pool')
})

t.test('work started outside the unit of work does not join it', async (t) => {
  const work = unitOfWork()
  await runInUnitOfWork(work, async () => {
    await insert(db, 'inside')
    await outsideUnitOfWork(() => insert(db, 'outside'))
    t.same(await labels(), ['outside'], 'committed on its own')
  })
  await work.rollback()
  t.same(await labels(), ['outside'])
})

t.test('a failing first statement fails the query and leaves nothing open', async (t) => {
  const work = startUnitOfWork(db, async () => {
    throw new Error('claim refused')
  })
  await t.rejects(runInUnitOfWork(work, () => insert(db, 'never')), /claim refused/)
  await work.rollback()
  t.same(await labels(), [])
  t.equal(await openTransactions(), 0)
})
