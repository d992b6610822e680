import t from 'tap'
import { buildCatalogue } from './helpers.ts'

const { app } = await buildCatalogue(t)

t.test('health endpoints', async (t) => {
  for (const url of ['/healthcheck', '/health/live', '/health/ready']) {
    const res = await app.inject({ url })
    t.equal(res.statusCode, 200, url)
    t.equal(res.json().status, 'ok')
  }
  t.equal((await app.inject({ url: '/health/ready' })).json().checks.database, 'ok')
})

t.test('correlation id: accepted, echoed, or generated', async (t) => {
  const given = await app.inject({ url: '/healthcheck', headers: { 'x-correlation-id': 'abc-123' } })
  t.equal(given.headers['x-correlation-id'], 'abc-123')
  const generated = await app.inject({ url: '/healthcheck' })
  t.match(generated.headers['x-correlation-id'], /^[0-9a-f-]{36}$/)
  const hostile = await app.inject({ url: '/healthcheck', headers: { 'x-correlation-id': 'x'.repeat(500) } })
  t.not(hostile.headers['x-correlation-id'], 'x'.repeat(500), 'an unusable id is replaced, not echoed')
})

t.test('unknown routes and bad mediator headers are problems', async (t) => {
  const res = await app.inject({ url: '/api/v1/nope', headers: { 'x-correlation-id': 'cid-1' } })
  t.equal(res.statusCode, 404)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json(), { status: 404, code: 'ROUTE_NOT_FOUND', instance: '/api/v1/nope', correlationId: 'cid-1', title: String, detail: String, type: /^https:\/\// })
  for (const header of ['information-mediator-client', 'x-road-client', 'x-govstack-client']) {
    const ok = await app.inject({ url: '/api/v1/code-lists', headers: { [header]: 'GOVSTACK/GOV/MEMBER1/SUB1' } })
    t.equal(ok.statusCode, 200, `${header} accepted`)
    const bad = await app.inject({ url: '/api/v1/code-lists', headers: { [header]: 'not an x-road id' } })
    t.equal(bad.statusCode, 400, `${header} malformed`)
    t.equal(bad.json().code, 'INVALID_MEDIATOR_CLIENT')
  }
})

t.test('a known path with an unknown method is 405 with Allow', async (t) => {
  const res = await app.inject({ method: 'DELETE', url: '/api/v1/criteria' })
  t.equal(res.statusCode, 405)
  t.equal(res.headers.allow, 'GET, HEAD, POST')
  t.equal(res.json().code, 'METHOD_NOT_ALLOWED')
  const withParam = await app.inject({ method: 'PATCH', url: '/api/v1/criteria/EU-GPP-2021-CMTS.TS1' })
  t.equal(withParam.statusCode, 405)
  t.match(withParam.headers.allow, /GET/)
})

t.test('the OpenAPI contract is served as 3.0.3 with docs', async (t) => {
  const res = await app.inject({ url: '/api/v1/openapi.json' })
  t.equal(res.statusCode, 200)
  const doc = res.json()
  t.equal(doc.openapi, '3.0.3')
  t.ok(doc.components.schemas.CriterionVersion && doc.components.schemas.Problem)
  t.notOk(JSON.stringify(doc).includes('"type":"null"'), 'no JSON-Schema-only null types')
  t.notOk(Object.keys(doc.components.schemas).some((name) => /^def-\d+$/.test(name)))
  for (const [path, methods] of Object.entries<any>(doc.paths)) {
    for (const [method, operation] of Object.entries<any>(methods)) {
      t.type(operation.operationId, 'string', `${method} ${path} has an operationId`)
      t.ok(operation.tags?.length, `${method} ${path} has tags`)
    }
  }
  const docs = await app.inject({ url: '/docs/' })
  t.equal(docs.statusCode, 200)
  t.match(docs.body, /swagger/i)
})
