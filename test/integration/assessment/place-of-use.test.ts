import t from 'tap'
import { settingsOf } from '../../../services/assessment/operations/evaluations.ts'
import { injector } from '../../helpers/http.ts'
import { bearer } from '../../helpers/service.ts'
import { procurementBody } from '../../helpers/tender.ts'
import { buildWithCatalogue } from './helpers.ts'

// CO2e is priced with the grid of the place where the devices are used, from the shared factor
// library, and the tender pins the set's version so a later library version never changes it.

const { app, db, catalogue } = await buildWithCatalogue(t)
const call = injector(app)
const buyer = await bearer(['buyer'], { subject: 'buyer-ke', organisationId: 'KE-MOE' })
const set = (await catalogue.app.inject({ url: '/api/v1/product-categories/notebooks/criteria-sets/core' })).json()
const lifeCycle = (extra: Record<string, unknown>) => ({ lifeCycle: { energyTariff: { amount: '0.20', currency: 'EUR' }, years: 5, factorSetId: 'ademe-boavizta', ...extra } })

t.test('a Kenyan tender pins the set and prices electricity with the Kenyan grid', async (t) => {
  const created = await call('POST', '/api/v1/procurements', buyer, procurementBody(set, lifeCycle({ placeOfUse: 'KEN' })))
  t.equal(created.statusCode, 201, created.body.slice(0, 300))
  const procurement = created.json()
  t.same(procurement.lifeCycle, { energyTariff: { amount: '0.20', currency: 'EUR' }, years: 5, factorSetId: 'ademe-boavizta', placeOfUse: 'KEN', factorSetVersion: '1.0.0' })
  t.match(procurement.scoringRules.co2e, /factor set ademe-boavizta version 1\.0\.0 .*used in KEN, grid 0\.08 kg CO2e\/kWh/, 'the bidders read the factor before bidding')

  const row = await db.selectFrom('procurements').select(['settings', 'currency']).where('id', '=', procurement.id).executeTakeFirstOrThrow()
  t.match(settingsOf(row).factorSet, { id: 'ademe-boavizta', version: '1.0.0', placeOfUse: 'KEN', gridKgCo2ePerKWh: 0.08 }, 'what the evaluation computes with')
})

t.test('without a place of use the tender says it is Europe', async (t) => {
  const created = (await call('POST', '/api/v1/procurements', buyer, procurementBody(set))).json()
  t.match(created.lifeCycle, { placeOfUse: 'EEE', factorSetVersion: '1.0.0' })
  t.match(created.scoringRules.co2e, /used in EEE, grid 0\.38/)
})

t.test('an unknown place or version is refused naming the field, and nothing is created', async (t) => {
  const before = await db.selectFrom('procurements').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
  const place = await call('POST', '/api/v1/procurements', buyer, procurementBody(set, lifeCycle({ placeOfUse: 'ATL' })))
  t.equal(place.statusCode, 400)
  t.match(place.json(), { code: 'VALIDATION_FAILED', errors: [{ path: /lifeCycle\/placeOfUse/ }] })
  const version = await call('POST', '/api/v1/procurements', buyer, procurementBody(set, lifeCycle({ factorSetVersion: '9.9.9' })))
  t.equal(version.statusCode, 422)
  t.match(version.json(), { code: 'INVALID_PROCUREMENT', errors: [{ path: 'body/lifeCycle/factorSetVersion' }] })
  const after = await db.selectFrom('procurements').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
  t.equal(after.n, before.n)
})
