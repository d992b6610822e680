import t, { type Test } from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { exampleCriterion } from '../../../services/catalogue/routes/examples.ts'
import { buildLoggedTestService } from '../../helpers/logged-service.ts'
import { bearer } from '../../helpers/service.ts'

// What an X-Road provider security server expects of the information system behind it: the
// consumer's identity arrives in a header (X-Road-Client from the sandbox, the vendor-neutral
// Information-Mediator-Client from GovStack suites, X-GovStack-Client from the IM BB APIs), the
// message ids X-Road adds must be traceable in the provider's logs, and provider errors are
// passed back to the consumer as they are, so they must be self-describing JSON.

const { app, logLines } = await buildLoggedTestService(t, 'catalogue', buildCatalogueApp)
const admin = await bearer(['catalogue-admin'])
const auditor = await bearer(['auditor'])

const callers = {
  'Information-Mediator-Client': 'SANDBOX/GOV/PROVIDER/PROCUREMENT',
  'X-Road-Client': 'SANDBOX/ORG/CLIENT/TEST',
  'X-GovStack-Client': 'eGovStack/COM/12345/ERP',
}

async function auditOf(t: Test, entityId: string) {
  const res = await app.inject({ url: `/api/v1/audit-events?entityType=criterion&entityId=${entityId}`, headers: { authorization: auditor } })
  t.equal(res.statusCode, 200, 'the auditor reads the trail')
  return res.json().items as { action: string; mediatorClient: string | null; correlationId: string }[]
}

t.test('each caller header spelling is accepted and written to the audit trail of a change', async (t) => {
  let n = 0
  for (const [header, caller] of Object.entries(callers)) {
    const code = `XR${++n}`
    const correlationId = `xroad-audit-${n}`
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/criteria',
      headers: { authorization: admin, [header]: caller, 'x-correlation-id': correlationId },
      payload: { ...exampleCriterion, code },
    })
    t.equal(res.statusCode, 201, `${header}: created`)
    const audit = await auditOf(t, res.json().id)
    t.ok(audit.length > 0, `${header}: audited`)
    t.ok(audit.every((entry) => entry.mediatorClient === caller && entry.correlationId === correlationId), `${header}: the audit names ${caller}`)
  }
})

t.test('a member-level client (no subsystem) is a valid X-Road caller', async (t) => {
  const res = await app.inject({ url: '/api/v1/code-lists', headers: { 'x-road-client': 'SANDBOX/GOV/12345' } })
  t.equal(res.statusCode, 200)
})

t.test('with several caller headers, the vendor-neutral one is the identity recorded', async (t) => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/criteria',
    headers: { authorization: admin, 'information-mediator-client': callers['Information-Mediator-Client'], 'x-road-client': callers['X-Road-Client'] },
    payload: { ...exampleCriterion, code: 'XR9' },
  })
  t.equal(res.statusCode, 201)
  const audit = await auditOf(t, res.json().id)
  t.ok(audit.every((entry) => entry.mediatorClient === callers['Information-Mediator-Client']))
})

t.test("the caller, in each spelling, and X-Road's message ids reach the log line of a refused request", async (t) => {
  let n = 0
  for (const [header, caller] of Object.entries(callers)) {
    const correlationId = `xroad-log-${++n}`
    await app.inject({
      url: '/api/v1/criteria/not-an-id',
      headers: { [header]: caller, 'x-road-id': `xrd-${n}`, 'x-road-request-id': `xrd-req-${n}`, 'x-correlation-id': correlationId },
    })
    const problemLine = logLines().find((line) => line.correlationId === correlationId && line.code === 'VALIDATION_FAILED')
    t.match(problemLine, { xRoadId: `xrd-${n}`, xRoadRequestId: `xrd-req-${n}`, mediatorClient: caller }, header)
  }
})

t.test("the caller and X-Road's message ids reach the access log line of a successful request", async (t) => {
    await app.inject({
      url: '/api/v1/code-lists',
      headers: { 'x-road-client': callers['X-Road-Client'], 'x-road-id': 'xrd-ok-1', 'x-road-request-id': 'xrd-req-ok-1', 'x-correlation-id': 'xroad-log-ok' },
    })
    const completed = logLines().find((line) => line.correlationId === 'xroad-log-ok' && line.msg === 'request completed')
    t.match(completed, { xRoadId: 'xrd-ok-1', xRoadRequestId: 'xrd-req-ok-1', mediatorClient: callers['X-Road-Client'] })
})

t.test('X-Road message id is the correlation id when the caller sends none, and every caller header is checked', async (t) => {
  const traced = await app.inject({ url: '/api/v1/code-lists', headers: { 'x-road-id': 'xrd-trace-7' } })
  t.equal(traced.headers['x-correlation-id'], 'xrd-trace-7')
  const mixed = await app.inject({ url: '/api/v1/code-lists', headers: { 'information-mediator-client': callers['X-Road-Client'], 'x-road-client': 'not an id' } })
  t.equal(mixed.statusCode, 400, 'a malformed second spelling is not silently ignored')
})

t.test('errors reach the consumer as problem+json, as X-Road passes provider errors through unchanged', async (t) => {
  const cases = [
    { name: 'unknown route', request: { url: '/api/v1/nothing-here' }, status: 404 },
    { name: 'no token on a write', request: { method: 'POST' as const, url: '/api/v1/criteria', payload: exampleCriterion }, status: 401 },
    { name: 'wrong role', request: { method: 'POST' as const, url: '/api/v1/criteria', headers: { authorization: auditor }, payload: exampleCriterion }, status: 403 },
    { name: 'invalid query', request: { url: '/api/v1/criteria?limit=0' }, status: 400 },
    { name: 'malformed caller header', request: { url: '/api/v1/criteria', headers: { 'x-road-client': 'SANDBOX ORG' } }, status: 400 },
  ]
  for (const c of cases) {
    // X-Road sends Accept: application/json when the consumer gave none.
    const res = await app.inject({ ...c.request, headers: { accept: 'application/json', 'x-road-id': 'xrd-err', ...('headers' in c.request ? c.request.headers : {}) } })
    t.equal(res.statusCode, c.status, c.name)
    t.match(res.headers['content-type'], /^application\/problem\+json/, `${c.name}: problem+json`)
    t.match(res.json(), { status: c.status, code: String, title: String, correlationId: String }, `${c.name}: problem body`)
  }
})
