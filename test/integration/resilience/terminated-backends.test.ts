import { setTimeout as sleep } from 'node:timers/promises'
import pg from 'pg'
import t from 'tap'
import { bearer } from '../../helpers/service.ts'
import { emptyDatabase, startService } from '../../helpers/processes.ts'

// The assessment service as its own process under a stream of writes while every one of its
// database backends is terminated again and again (what a restart or failover does to it). It
// must never die, never answer 500, and serve normally once the terminations stop.

const databaseUrl = await emptyDatabase(t)
const assessment = await startService(t, 'assessment', { DATABASE_URL: databaseUrl })
const buyer = await bearer(['buyer'], { subject: 'fault-buyer', organisationId: 'ORG-FAULT' })
let registered = 0

function registerSupplier() {
  const vat = `EE2${String(++registered).padStart(8, '0')}`
  return fetch(`${assessment.url}/api/v1/suppliers`, {
    method: 'POST',
    headers: { authorization: buyer, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Supplier ${vat}`, country: 'EE', identifiers: [{ scheme: 'VAT', value: vat }], contacts: [] }),
  }).then(async (response) => ({ status: response.status, code: ((await response.json()) as { code?: string }).code }))
}

t.test('backends terminated under load: the process keeps serving, outages answer 503, never 500', async (t) => {
  const control = new pg.Client({ connectionString: databaseUrl })
  await control.connect()
  t.teardown(() => control.end())
  let terminated = 0
  let storming = true
  const storm = (async () => {
    while (storming) {
      const { rowCount } = await control.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()')
      terminated += rowCount ?? 0
      await sleep(150)
    }
  })()
  const outcomes: { status: number; code?: string }[] = []
  for (let round = 0; round < 15; round++) outcomes.push(...(await Promise.all(Array.from({ length: 8 }, registerSupplier))))
  storming = false
  await storm

  t.equal(assessment.process.exitCode, null, 'the process is still running')
  t.ok(terminated > 10, `backends were terminated under load (${terminated})`)
  const unexpected = outcomes.filter((o) => o.status !== 201 && !(o.status === 503 && o.code === 'DATABASE_UNAVAILABLE'))
  t.same(unexpected, [], 'every request either succeeded or was told the database is unavailable')
  t.comment(`${outcomes.filter((o) => o.status === 201).length} created, ${outcomes.filter((o) => o.status === 503).length} answered 503, ${terminated} backends terminated`)

  t.equal((await fetch(`${assessment.url}/health/ready`)).status, 200)
  for (let i = 0; i < 5; i++) t.equal((await registerSupplier()).status, 201, `write ${i + 1} after the storm`)
})
