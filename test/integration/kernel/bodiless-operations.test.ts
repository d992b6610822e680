import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { buildAssessment } from '../assessment/helpers.ts'
import { buildCatalogue } from '../catalogue/helpers.ts'
import { auditor, buildReportingWithFeeds } from '../reporting/helpers.ts'
import { bearer } from '../../helpers/service.ts'

const services = {
  catalogue: (await buildCatalogue(t)).app,
  assessment: (await buildAssessment(t)).app,
  reporting: (await buildReportingWithFeeds(t)).app,
}
// Every role at once, so each operation gets past its role check to where the body is read.
const everyone = await bearer(['catalogue-admin', 'buyer', 'evaluator', 'supplier', 'auditor'], {
  organisationId: 'ORG-1',
  supplierId: '5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
})

interface Operation {
  method: string
  path: string
  operationId: string
  documents400: boolean
}

/** The operations whose contract declares no request body, read from the service's own OpenAPI document. */
async function bodilessOperations(app: FastifyInstance): Promise<Operation[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
  const found: Operation[] = []
  for (const [path, item] of Object.entries<Record<string, { operationId: string; requestBody?: unknown; responses: Record<string, unknown> }>>(doc.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method) || operation.requestBody) continue
      found.push({ method: method.toUpperCase(), path, operationId: operation.operationId, documents400: '400' in operation.responses })
    }
  }
  return found
}

const concrete = (path: string) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => (/lot/i.test(name) ? 'LOT-1' : /buyer/i.test(name) ? 'ORG-1' : /version/i.test(name) ? '1' : '3f2b8c1e-6a5d-4e1f-9b7a-2c4d6e8f0a1b'))

t.test('every operation that takes no body refuses one with 400 BODY_NOT_ALLOWED, and says so in its contract', async (t) => {
  const seen: string[] = []
  for (const [service, app] of Object.entries(services)) {
    for (const operation of await bodilessOperations(app)) {
      seen.push(operation.operationId)
      const url = `/api/v1${concrete(operation.path.replace(/^\/api\/v1/, ''))}`
      const response = await app.inject({ method: operation.method as 'POST', url, headers: { authorization: everyone, 'content-type': 'application/json' }, payload: '{"garbage":[1,2,3]}' })
      t.equal(response.statusCode, 400, `${service} ${operation.method} ${operation.path}`)
      t.match(response.json(), { code: 'BODY_NOT_ALLOWED', errors: [{ path: 'body', message: 'must be absent' }] })
      t.ok(operation.documents400, `${operation.operationId} documents its 400`)
    }
  }
  for (const expected of ['rebuildReadModel', 'evaluateLot', 'submitBid', 'deleteTarget']) t.ok(seen.includes(expected), `${expected} is among them`)
})

t.test('a 10,000-deep body to the read-model rebuild is refused unread, and the rebuild still works without one', async (t) => {
  const app = services.reporting
  const token = await auditor()
  const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`
  const refused = await app.inject({ method: 'POST', url: '/api/v1/read-model/rebuild', headers: { authorization: token, 'content-type': 'application/json' }, payload: deep })
  t.equal(refused.statusCode, 400)
  t.equal(refused.json().code, 'BODY_NOT_ALLOWED')
  t.equal(refused.headers.connection, 'close')
  const rebuilt = await app.inject({ method: 'POST', url: '/api/v1/read-model/rebuild', headers: { authorization: token } })
  t.equal(rebuilt.statusCode, 202)
  const labelledEmpty = await app.inject({ method: 'POST', url: '/api/v1/read-model/rebuild', headers: { authorization: token, 'content-type': 'application/json' } })
  t.equal(labelledEmpty.statusCode, 202, 'an empty body labelled as JSON is no body')
})

t.test('an operation that takes a body still needs one, labelled or not', async (t) => {
  const response = await services.assessment.inject({ method: 'POST', url: '/api/v1/suppliers', headers: { authorization: everyone, 'content-type': 'application/json' } })
  t.equal(response.statusCode, 400)
  t.equal(response.json().code, 'EMPTY_BODY')
})

t.test('a chunked body (no Content-Length) is refused as well, over a real connection', async (t) => {
  const app = services.reporting
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  const chunks = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('[[[[[['))
      controller.close()
    },
  })
  const response = await fetch(`${url}/api/v1/read-model/rebuild`, {
    method: 'POST',
    headers: { authorization: await auditor(), 'content-type': 'application/json' },
    body: chunks,
    duplex: 'half',
  } as RequestInit)
  t.equal(response.status, 400)
  t.equal(((await response.json()) as { code: string }).code, 'BODY_NOT_ALLOWED')
})
