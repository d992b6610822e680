import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { overHttp } from '../helpers/http.ts'
import { emptyDatabase, startService } from '../helpers/processes.ts'
import { bearer } from '../helpers/service.ts'
import { repoRoot, testDataDir } from '../setup/paths.ts'

// npm run demo against the three real services on an empty database, twice: the first run fills
// the system so KPIs, OCDS and the dashboard have figures; the second changes nothing and says so.

const databaseUrl = await emptyDatabase(t)
const catalogue = await startService(t, 'catalogue', { DATABASE_URL: databaseUrl })
const assessment = await startService(t, 'assessment', { DATABASE_URL: databaseUrl, CATALOGUE_URL: catalogue.url })
const reporting = await startService(t, 'reporting', { DATABASE_URL: databaseUrl, CATALOGUE_URL: catalogue.url, ASSESSMENT_URL: assessment.url, FEED_POLL_INTERVAL_MS: '200' })

const demo = () =>
  promisify(execFile)(process.execPath, [path.join(repoRoot, 'scripts', 'demo.ts')], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: testDataDir, CATALOGUE_URL: catalogue.url, ASSESSMENT_URL: assessment.url, REPORTING_URL: reporting.url, LOG_LEVEL: 'silent' },
  })

const buyer = await bearer(['buyer'], { subject: 'demo-test-buyer', organisationId: 'DEMO-MINEDU' })
const auditor = await bearer(['auditor'])
const count = async (url: string) => (await overHttp('GET', `${url}?limit=100`, auditor)).body.items.length

t.test('the demo fills the system once, and a second run changes nothing', async (t) => {
  const first = await demo()
  t.match(first.stdout, /Loading the demo for buyer DEMO-MINEDU/)
  t.match(first.stdout, /awarded to .+; contract .+ with \d+ performance clauses/)
  const before = { procurements: await count(`${assessment.url}/api/v1/procurements`), suppliers: await count(`${assessment.url}/api/v1/suppliers`), events: await count(`${assessment.url}/api/v1/events`) }
  t.equal(before.procurements, 1)
  t.equal(before.suppliers, 3)

  const second = await demo()
  t.match(second.stdout, /The demo is already loaded \(tender .+, buyer DEMO-MINEDU\): nothing changed\./)
  t.notMatch(second.stdout, /Loading/)
  t.same({ procurements: await count(`${assessment.url}/api/v1/procurements`), suppliers: await count(`${assessment.url}/api/v1/suppliers`), events: await count(`${assessment.url}/api/v1/events`) }, before, 'no tender, supplier or event was added')

  // The buyer made its figures public, so they need no token.
  const values = await overHttp('GET', `${reporting.url}/api/v1/kpis/values?buyer=DEMO-MINEDU`, null)
  t.equal(values.status, 200)
  const kpi = (id: string) => values.body.values.find((v: { kpiId: string }) => v.kpiId === id)
  t.match(kpi('K01'), { value: 100, numerator: 1, denominator: 1 }, 'the one tender carries circular criteria')
  t.match(kpi('K09'), { value: 90 }, 'K09: 540 of 600 units collected at their end of use, per report')
  t.ok(Math.abs(kpi('K12').value - (531 / 540) * 100) < 1e-9, 'K12: 531 certificates for 540 sanitised units')
  t.ok(values.body.values.filter((v: { value: number | null }) => v.value !== null).length >= 10, 'most KPIs have a figure')

  const procurementId = /tender ([0-9a-f-]{36})/.exec(second.stdout)![1]
  const exported = await overHttp('GET', `${reporting.url}/api/v1/ocds/release-packages?procurementId=${procurementId}`, buyer)
  t.equal(exported.status, 200)
  t.equal(exported.body.releases[0].awards.length, 1)
  t.equal(exported.body.releases[0].contracts.length, 1)

  const dashboard = await overHttp('GET', `${reporting.url}/dashboard/DEMO-MINEDU`, null)
  t.equal(dashboard.status, 200, 'the dashboard is public')
  t.match(dashboard.body, /Ministry of Education \(demo\)/)
})
