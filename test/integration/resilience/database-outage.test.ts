import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import pg from 'pg'
import pino from 'pino'
import t, { type Test } from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { exampleCriterion } from '../../../services/catalogue/routes/examples.ts'
import { bearer, buildTestService, buildTestServiceOn, freshDatabase } from '../../helpers/service.ts'
import { startTcpProxy } from '../../helpers/tcp-proxy.ts'

// The database goes away under a running service: refused, silent, or a backend terminated under
// a request. The service answers 503 with Retry-After meanwhile, never dies, and needs no restart.

const admin = await bearer(['catalogue-admin'])

function assertUnavailable(t: Test, response: { statusCode: number; headers: Record<string, unknown>; json: () => any }) {
  t.equal(response.statusCode, 503)
  t.match(response.headers['content-type'], /^application\/problem\+json/)
  t.equal(response.headers['retry-after'], '5')
  t.equal(response.json().code, 'DATABASE_UNAVAILABLE')
  t.notMatch(JSON.stringify(response.json()), /ECONNREFUSED|terminated|127\.0\.0\.1/, 'no driver detail leaks')
}

t.test('a refused database: reads and writes answer 503 DATABASE_UNAVAILABLE, readiness 503, recovery without restart', async (t) => {
  const proxy = await startTcpProxy(t, await freshDatabase(t, 'catalogue'))
  const lines: { level: number; code?: string; cause?: string; err?: unknown }[] = []
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) })
  const { app } = await buildTestServiceOn(t, proxy.url, 'catalogue', buildCatalogueApp, {}, logger)
  t.equal((await app.inject({ url: '/api/v1/criteria' })).statusCode, 200)

  await proxy.cut()
  assertUnavailable(t, await app.inject({ url: '/api/v1/criteria' }))
  assertUnavailable(t, await app.inject({ method: 'POST', url: '/api/v1/criteria', headers: { authorization: admin }, payload: { ...exampleCriterion, code: 'OUTAGE-1' } }))
  const ready = await app.inject({ url: '/health/ready' })
  t.equal(ready.statusCode, 503)
  t.equal(ready.json().checks.database, 'unreachable')
  t.equal((await app.inject({ url: '/health/live' })).statusCode, 200, 'the process itself is fine')
  const outageLines = lines.filter((line) => line.code === 'DATABASE_UNAVAILABLE')
  t.equal(outageLines.length, 2, 'one line per refused request')
  t.ok(outageLines.every((line) => line.level === 40 && line.err === undefined && typeof line.cause === 'string'), 'at warn, with the cause and no stack trace')

  await proxy.restore()
  t.equal((await app.inject({ url: '/health/ready' })).statusCode, 200)
  t.equal((await app.inject({ url: '/api/v1/criteria' })).statusCode, 200)
  const created = await app.inject({ method: 'POST', url: '/api/v1/criteria', headers: { authorization: admin }, payload: { ...exampleCriterion, code: 'OUTAGE-1' } })
  t.equal(created.statusCode, 201, 'the write refused during the outage goes through once the database is back')
})

t.test('a silent database: a request gives up after the connect timeout with 503 instead of hanging', async (t) => {
  const proxy = await startTcpProxy(t, await freshDatabase(t, 'catalogue'))
  const { app } = await buildTestServiceOn(t, proxy.url, 'catalogue', buildCatalogueApp, { DATABASE_CONNECT_TIMEOUT_MS: '500' })
  await proxy.blackhole()
  const started = Date.now()
  assertUnavailable(t, await app.inject({ url: '/api/v1/criteria' }))
  t.ok(Date.now() - started < 10_000, 'answered long before a TCP timeout')
  await proxy.restore()
  t.equal((await app.inject({ url: '/api/v1/criteria' })).statusCode, 200)
})

t.test('a backend terminated while its connection is checked out leaves the process serving', async (t) => {
  const { app, db, url } = await buildTestService(t, 'catalogue', buildCatalogueApp)
  const control = new pg.Client({ connectionString: url })
  await control.connect()
  t.teardown(() => control.end())

  // Idle in a transaction: pg emits 'error' on the checked-out client when the backend goes away.
  const idleInTransaction = db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)
    await control.query('select pg_terminate_backend($1)', [rows[0]!.pid])
    await sleep(300)
    await sql`select 1`.execute(trx)
  })
  await t.rejects(idleInTransaction, 'the transaction fails')

  // Mid-query: the statement fails with admin_shutdown, the connection is then gone. The
  // expectation is attached at once: the failure may arrive while the loop below still waits.
  const midQuery = t.rejects(sql`select pg_sleep(30)`.execute(db), { code: '57P01' })
  for (let i = 0; i < 100; i++) {
    const { rowCount } = await control.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'select pg_sleep(30)%'`)
    if (rowCount) break
    await sleep(50)
  }
  await midQuery
  await sleep(300)

  for (let i = 0; i < 6; i++) t.equal((await app.inject({ url: '/api/v1/criteria' })).statusCode, 200, `request ${i + 1} after the terminations`)
  t.equal((await app.inject({ url: '/health/ready' })).statusCode, 200)
})
