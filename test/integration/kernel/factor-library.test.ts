import t from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { FACTOR_SETS } from '../../../services/kernel/factor-library.ts'
import { injector } from '../../helpers/http.ts'
import { buildTestService } from '../../helpers/service.ts'
import { buildAssessment } from '../assessment/helpers.ts'
import { buildReportingWithFeeds } from '../reporting/helpers.ts'

t.test('assessment and reporting serve the same factor library, one identity per set', async (t) => {
  const assessment = injector((await buildAssessment(t)).app)
  const reporting = injector((await buildReportingWithFeeds(t)).app)
  const fromAssessment = await assessment('GET', '/api/v1/factor-sets', null)
  const fromReporting = await reporting('GET', '/api/v1/factor-sets', null)
  t.equal(fromAssessment.statusCode, 200, 'public: no token needed')
  t.equal(fromReporting.statusCode, 200)
  t.same(fromAssessment.json(), fromReporting.json(), 'the same sets, ids, versions and values in both services')
  const { items, nextCursor } = fromAssessment.json()
  t.equal(nextCursor, null)
  t.same(items.map((set: { id: string; version: string }) => `${set.id}@${set.version}`), ['ademe-boavizta@1.0.0', 'manufacturer-pcf@1.0.0'])
  t.equal(items.length, FACTOR_SETS.length)

  const ademe = items[0]
  t.equal(ademe.gridKgCo2ePerKWh.values.KEN, 0.08, 'Kenya')
  t.equal(ademe.gridKgCo2ePerKWh.values.ZAF, 0.72, 'South Africa')
  t.equal(ademe.gridKgCo2ePerKWh.unit, 'kg CO2e per kWh')
  t.equal(ademe.embodiedKgCo2e.values.laptop, 181)
  t.equal(ademe.embodiedKgCo2e.flag, 'V')
  t.match(ademe.embodiedKgCo2e.source, /ADEME/)
  t.ok(ademe.placesOfUse.includes('KEN'))
  t.equal(ademe.latest, true)
})

t.test('one set by id, by version, and the problems of an unknown one', async (t) => {
  const assessment = injector((await buildAssessment(t)).app)
  const latest = await assessment('GET', '/api/v1/factor-sets/manufacturer-pcf', null)
  t.equal(latest.statusCode, 200)
  t.match(latest.json(), { id: 'manufacturer-pcf', version: '1.0.0', latest: true })
  t.equal(Math.floor(latest.json().embodiedKgCo2e.values.laptop), 245, '0.80 × 307')
  t.equal((await assessment('GET', '/api/v1/factor-sets/manufacturer-pcf?version=1.0.0', null)).statusCode, 200)

  const unknown = await assessment('GET', '/api/v1/factor-sets/nope', null)
  t.equal(unknown.statusCode, 404)
  t.match(unknown.json(), { code: 'FACTOR_SET_NOT_FOUND' })
  t.match(unknown.headers['content-type'], /application\/problem\+json/)
  const oldVersion = await assessment('GET', '/api/v1/factor-sets/ademe-boavizta?version=0.1', null)
  t.match(oldVersion.json(), { status: 404, code: 'FACTOR_SET_NOT_FOUND', detail: /version 0\.1/ })
})

t.test('the list pages with a cursor and refuses a forged one', async (t) => {
  const reporting = injector((await buildReportingWithFeeds(t)).app)
  const first = (await reporting('GET', '/api/v1/factor-sets?limit=1', null)).json()
  t.equal(first.items.length, 1)
  t.equal(first.items[0].id, 'ademe-boavizta')
  const second = (await reporting('GET', `/api/v1/factor-sets?limit=1&cursor=${first.nextCursor}`, null)).json()
  t.same(second.items.map((set: { id: string }) => set.id), ['manufacturer-pcf'])
  t.equal(second.nextCursor, null)
  const forged = await reporting('GET', '/api/v1/factor-sets?cursor=bm9wZQ', null)
  t.equal(forged.statusCode, 400)
  t.match(forged.json(), { code: 'INVALID_CURSOR' })
})

t.test('the catalogue does not serve the library (its criteria use no factors)', async (t) => {
  const catalogue = injector((await buildTestService(t, 'catalogue', buildCatalogueApp)).app)
  t.equal((await catalogue('GET', '/api/v1/factor-sets', null)).statusCode, 404)
})
