import { createServer } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import pg from 'pg'
import t from 'tap'
import { createCatalogueClient } from '../../../services/assessment/catalogue-client/catalogue-client.ts'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { bearer, buildTestService } from '../../helpers/service.ts'
import { procurementBody } from '../../helpers/tender.ts'
import { buildAssessment } from '../assessment/helpers.ts'

// An Idempotency-Key guards a create in the same transaction as the create itself: the change and
// the answer recorded for the key commit together or not at all, so no crash or failure between
// them can make a retry create a second resource.

const catalogue = await buildTestService(t, 'catalogue', buildCatalogueApp)
const catalogueUrl = await catalogue.app.listen({ host: '127.0.0.1', port: 0 })
// The catalogue as assessment sees it, held back on demand to look at the database meanwhile.
let catalogueGate: Promise<void> = Promise.resolve()
const slowCatalogue = createServer((req, res) => {
  void catalogueGate
    .then(() => fetch(`${catalogueUrl}${req.url}`, { headers: { 'x-correlation-id': String(req.headers['x-correlation-id'] ?? '') } }))
    .then(async (answer) => {
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' })
      res.end(await answer.text())
    })
})
await new Promise<void>((resolve) => slowCatalogue.listen(0, '127.0.0.1', resolve))
t.teardown(() => new Promise<void>((resolve) => slowCatalogue.close(() => resolve())))
const { app, db, url } = await buildAssessment(t, { catalogue: createCatalogueClient(`http://127.0.0.1:${(slowCatalogue.address() as { port: number }).port}`) })

const set = (await catalogue.app.inject({ url: '/api/v1/criteria-sets/notebooks-core/versions/1' })).json()
const buyerA = await bearer(['buyer'], { subject: 'shared-subject', organisationId: 'ORG-A' })
const buyerB = await bearer(['buyer'], { subject: 'shared-subject', organisationId: 'ORG-B' })

const create = (token: string, key: string, body: object = procurementBody(set)) =>
  app.inject({ method: 'POST', url: '/api/v1/procurements', headers: { authorization: token, 'idempotency-key': key }, payload: body })
const count = async (table: string) => Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n)
const counts = async () => ({ procurements: await count('procurements'), events: await count('events'), audit: await count('audit_log'), keys: await count('idempotency_keys') })

t.test('when recording the answer fails, the procurement is not kept either; the retry creates exactly one', async (t) => {
  const before = await counts()
  await sql`create function refuse_answers() returns trigger language plpgsql as $$ begin raise exception 'the answer could not be stored'; end $$`.execute(db)
  await sql`create trigger refuse_answers before update on idempotency_keys for each row when (new.state = 'completed') execute function refuse_answers()`.execute(db)
  const failed = await create(buyerA, 'tender-atomic-0001')
  t.equal(failed.statusCode, 500, 'the failure is reported, not a 201 for a change that might be lost')
  t.same(await counts(), before, 'no procurement, no event, no audit entry, no key')

  await sql`drop trigger refuse_answers on idempotency_keys`.execute(db)
  await sql`drop function refuse_answers()`.execute(db)
  const retried = await create(buyerA, 'tender-atomic-0001')
  t.equal(retried.statusCode, 201)
  t.equal(retried.headers['idempotent-replayed'], undefined, 'a clean first run')
  t.equal(retried.json().lots.length, 1, 'the answer reads the lots the same request wrote')
  const replayed = await create(buyerA, 'tender-atomic-0001')
  t.equal(replayed.headers['idempotent-replayed'], 'true')
  t.same(replayed.json(), retried.json())
  t.same(await counts(), { procurements: before.procurements + 1, events: before.events + 1, audit: before.audit + 1, keys: before.keys + 1 })
})

t.test('the same key and body from another organisation’s buyer with the same subject is that buyer’s own request', async (t) => {
  const fromA = await create(buyerA, 'tender-shared-key-0001')
  const fromB = await create(buyerB, 'tender-shared-key-0001')
  t.equal(fromA.statusCode, 201)
  t.equal(fromB.statusCode, 201)
  t.equal(fromB.headers['idempotent-replayed'], undefined, 'not A’s answer replayed')
  t.not(fromB.json().id, fromA.json().id)
  t.equal(fromB.json().buyerOrganisationId, 'ORG-B')
  t.equal((await app.inject({ url: `/api/v1/procurements/${fromB.json().id}`, headers: { authorization: buyerB } })).statusCode, 200, 'B’s procurement exists')
})

t.test('an error answer keeps nothing: the key can carry the corrected request', async (t) => {
  const before = await counts()
  const wrong = await create(buyerA, 'tender-corrected-0001', procurementBody(set, { weighting: { priceWeight: 60, qualityWeight: 30, minimumQualityScore: null } }))
  t.equal(wrong.statusCode, 422)
  t.same(await counts(), before)
  const corrected = await create(buyerA, 'tender-corrected-0001')
  t.equal(corrected.statusCode, 201, 'not IDEMPOTENCY_KEY_REUSED: the refused request used nothing up')
})

t.test('two requests racing with one key create one procurement', async (t) => {
  const before = await counts()
  const answers = await Promise.all([create(buyerA, 'tender-race-0001'), create(buyerA, 'tender-race-0001'), create(buyerA, 'tender-race-0001')])
  const created = answers.filter((a) => a.statusCode === 201)
  t.ok(created.length >= 1)
  t.ok(created.every((a) => a.json().id === created[0]!.json().id), 'every 201 names the same procurement')
  t.ok(answers.every((a) => a.statusCode === 201 || a.json().code === 'IDEMPOTENT_REQUEST_IN_PROGRESS'), 'the others are asked to retry')
  t.equal((await counts()).procurements, before.procurements + 1)
})

t.test('no transaction is held open while the catalogue is being asked', async (t) => {
  let release!: () => void
  catalogueGate = new Promise((resolve) => (release = resolve))
  const pending = create(buyerA, 'tender-lazy-0001', procurementBody(set, { title: 'Lazy' }))
  const control = new pg.Client({ connectionString: url })
  await control.connect()
  t.teardown(() => control.end())
  await sleep(500)
  const { rows } = await control.query(`select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`)
  t.equal(Number(rows[0].n), 0, 'no open transaction during the outside call')
  release()
  t.equal((await pending).statusCode, 201)
})
