import { setTimeout as sleep } from 'node:timers/promises'
import pg from 'pg'
import t from 'tap'
import { bearer } from '../../helpers/service.ts'
import { emptyDatabase, startService } from '../../helpers/processes.ts'
import { procurementBody } from '../../helpers/tender.ts'

// The crash of the issue: the assessment process is killed (SIGKILL) after the procurement is
// written and while its answer is being recorded for the Idempotency-Key. A retry with the same
// key and body, even once the service is back, must create exactly one procurement.

const databaseUrl = await emptyDatabase(t)
const catalogue = await startService(t, 'catalogue', { DATABASE_URL: databaseUrl })
const env = { DATABASE_URL: databaseUrl, CATALOGUE_URL: catalogue.url }
const buyer = await bearer(['buyer'], { subject: 'crash-buyer', organisationId: 'MINFIN' })
const set = await (await fetch(`${catalogue.url}/api/v1/criteria-sets/notebooks-core/versions/1`)).json()

const control = new pg.Client({ connectionString: databaseUrl })
await control.connect()
t.teardown(() => control.end())
const procurements = async () => Number((await control.query('select count(*) as n from assessment.procurements')).rows[0].n)

function create(url: string) {
  return fetch(`${url}/api/v1/procurements`, {
    method: 'POST',
    headers: { authorization: buyer, 'content-type': 'application/json', 'idempotency-key': 'crash-retry-0001' },
    body: JSON.stringify(procurementBody(set)),
  })
}

t.test('killed between writing the procurement and recording its answer: the retry creates exactly one', async (t) => {
  const first = await startService(t, 'assessment', env)
  // Holds the step that records the answer, so the process can be killed right there.
  await control.query(`create function assessment.stall_answers() returns trigger language plpgsql as $$ begin perform pg_sleep(600); return new; end $$`)
  await control.query(`create trigger stall_answers before update on assessment.idempotency_keys for each row when (new.state = 'completed') execute function assessment.stall_answers()`)
  const request = create(first.url).then((r) => r.status, () => 'no answer')
  let stalled = false
  for (let i = 0; i < 200 && !stalled; i++) {
    await sleep(50)
    stalled = (await control.query(`select 1 from pg_stat_activity where wait_event = 'PgSleep' and query like 'update "idempotency_keys"%'`)).rowCount === 1
  }
  t.ok(stalled, 'the request wrote its procurement and is recording the answer')
  first.process.kill('SIGKILL')
  t.equal(await request, 'no answer', 'the client saw the connection drop')
  // PostgreSQL ends a dead client's session once it notices; this does it at once.
  await control.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'assessment'`)
  await control.query('drop trigger stall_answers on assessment.idempotency_keys')
  await control.query('drop function assessment.stall_answers()')
  t.equal(await procurements(), 0, 'nothing of the interrupted request was kept')

  const second = await startService(t, 'assessment', env)
  const retry = await create(second.url)
  t.equal(retry.status, 201, 'the retry is a clean first run')
  const again = await create(second.url)
  t.equal(again.headers.get('idempotent-replayed'), 'true')
  t.equal(((await again.json()) as { id: string }).id, ((await retry.json()) as { id: string }).id)
  t.equal(await procurements(), 1, 'exactly one procurement')
})
