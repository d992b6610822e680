import { sql } from 'kysely'
import t from 'tap'
import { createDatabase } from '../../../services/kernel/database.ts'
import { migrateDown, migrateToLatest } from '../../../services/kernel/migrate.ts'
import { emptyDatabase } from '../../helpers/processes.ts'

const url = await emptyDatabase(t)

for (const schema of ['catalogue', 'assessment', 'reporting']) {
  t.test(`${schema}: every migration goes up, all the way down, and up again`, async (t) => {
    const db = createDatabase<any>({ url, schema, poolSize: 2 })
    t.teardown(() => db.destroy())
    const tables = async () =>
      (await sql<{ n: string }>`select count(*) as n from information_schema.tables where table_schema = ${schema} and table_name not like 'kysely_migration%'`.execute(db)).rows[0]!.n
    const applied = await migrateToLatest(db, schema)
    t.ok(applied.length > 0)
    t.ok(Number(await tables()) > 0, 'tables exist')
    t.same(await migrateToLatest(db, schema), [], 'a second run has nothing to do')
    await migrateDown(db, schema)
    t.same(await migrateToLatest(db, schema), [applied.at(-1)], 'a migration missing from the record is applied, not taken as current')
    for (let i = 0; i < applied.length; i++) {
      const reverted = await migrateDown(db, schema)
      t.equal(reverted.length, 1)
    }
    t.equal(Number(await tables()), 0, 'down removes everything up created')
    t.same(await migrateToLatest(db, schema), applied, 'and up rebuilds it')
  })
}
