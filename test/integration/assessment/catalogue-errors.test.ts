import { createServer } from 'node:http'
import t from 'tap'
import { createCatalogueClient } from '../../../services/assessment/catalogue-client/catalogue-client.ts'
import { exampleProcurement } from '../../../services/assessment/routes/examples.ts'
import { bearer } from '../../helpers/service.ts'
import { buildAssessment } from './helpers.ts'

// A catalogue that answers every criteria-set read with the status the test sets.
let status = 400
const catalogue = createServer((_request, response) => {
  response.writeHead(status, { 'content-type': 'application/problem+json' })
  response.end(JSON.stringify({ status, code: 'UPSTREAM' }))
})
await new Promise<void>((resolve) => catalogue.listen(0, '127.0.0.1', resolve))
t.teardown(() => new Promise<void>((resolve) => catalogue.close(() => resolve())))
const catalogueUrl = `http://127.0.0.1:${(catalogue.address() as { port: number }).port}`

const { app, db } = await buildAssessment(t, { catalogue: createCatalogueClient(catalogueUrl) })
const buyer = await bearer(['buyer'], { organisationId: 'ORG-1' })

t.test('each answer of the catalogue is blamed on the right party, and nothing is created', async (t) => {
  for (const [upstream, expected, code] of [
    [400, 400, 'INVALID_CRITERIA_SET_REFERENCE'],
    [404, 404, 'CRITERIA_SET_VERSION_NOT_FOUND'],
    [429, 503, 'CATALOGUE_UNAVAILABLE'],
    [403, 502, 'CATALOGUE_ERROR'],
    [500, 502, 'CATALOGUE_ERROR'],
  ] as const) {
    status = upstream
    const response = await app.inject({ method: 'POST', url: '/api/v1/procurements', headers: { authorization: buyer }, payload: exampleProcurement })
    t.equal(response.statusCode, expected, `catalogue ${upstream}`)
    t.equal(response.json().code, code)
    if (upstream === 400) t.same(response.json().errors, [{ path: 'body/criteriaSet', message: 'is not a criteria-set reference the catalogue accepts' }])
  }
  t.same(await db.selectFrom('procurements').selectAll().execute(), [])
})
