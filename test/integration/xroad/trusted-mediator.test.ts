import t from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { exampleCriterion } from '../../../services/catalogue/routes/examples.ts'
import { buildLoggedTestService } from '../../helpers/logged-service.ts'
import { bearer } from '../../helpers/service.ts'

// A caller header is only as good as whoever set it: the services believe it when the request
// comes from the mediator's own addresses, or from a trusted proxy that verified the mediator's
// client certificate; from anywhere else the caller is recorded as claimed, in the audit trail
// and in the logs.

const { app, logLines } = await buildLoggedTestService(t, 'catalogue', buildCatalogueApp, {
  TRUSTED_MEDIATOR_ADDRESSES: '10.20.0.0/16',
  TRUSTED_PROXY_ADDRESSES: '10.30.0.5',
  TRUSTED_MEDIATOR_CERT_HEADER: 'SSL-Client-Verify',
})
const admin = await bearer(['catalogue-admin'])
const auditor = await bearer(['auditor'])
const CALLER = 'SANDBOX/ORG/CLIENT/TEST'

let created = 0
async function createThrough(remoteAddress: string, headers: Record<string, string> = {}) {
  const correlationId = `mediator-${++created}`
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/criteria',
    remoteAddress,
    headers: { authorization: admin, 'x-road-client': CALLER, 'x-correlation-id': correlationId, ...headers },
    payload: { ...exampleCriterion, code: `TM${created}` },
  })
  if (res.statusCode !== 201) throw new Error(`create answered ${res.statusCode}: ${res.body}`)
  const audit = await app.inject({ url: `/api/v1/audit-events?entityType=criterion&entityId=${res.json().id}`, headers: { authorization: auditor } })
  const entries = audit.json().items as { mediatorClient: string; mediatorClientVerified: boolean }[]
  const completed = logLines().find((line) => line.correlationId === correlationId && line.msg === 'request completed')
  return { entries, completed }
}

const cases: [string, string, Record<string, string>, boolean][] = [
  ['from an address of the mediator', '10.20.3.4', {}, true],
  ['from the mediator, IPv4 on a dual-stack socket', '::ffff:10.20.3.4', {}, true],
  ['from the mediator through the trusted proxy', '10.30.0.5', { 'x-forwarded-for': '10.20.3.4' }, true],
  ['through the trusted proxy, which verified the mediator’s certificate', '10.30.0.5', { 'x-forwarded-for': '198.51.100.7', 'ssl-client-verify': 'SUCCESS' }, true],
  ['from anywhere else', '203.0.113.9', {}, false],
  ['from anywhere else, claiming to be forwarded by the mediator', '203.0.113.9', { 'x-forwarded-for': '10.20.3.4' }, false],
  ['from anywhere else, claiming a verified certificate', '203.0.113.9', { 'ssl-client-verify': 'SUCCESS' }, false],
  ['through the trusted proxy, with a certificate it did not verify', '10.30.0.5', { 'x-forwarded-for': '198.51.100.7', 'ssl-client-verify': 'FAILED:unable to verify' }, false],
]

for (const [name, remoteAddress, headers, verified] of cases) {
  t.test(`${name}: the caller is recorded as ${verified ? 'verified' : 'claimed'}`, async (t) => {
    const { entries, completed } = await createThrough(remoteAddress, headers)
    t.ok(entries.length > 0)
    t.ok(entries.every((entry) => entry.mediatorClient === CALLER && entry.mediatorClientVerified === verified), 'in the audit trail')
    t.match(completed, { mediatorClient: CALLER, mediatorClientVerified: verified }, 'in the log')
  })
}

t.test('with no trusted mediator configured, every caller header is only claimed', async (t) => {
  const { app: plain } = await buildLoggedTestService(t, 'catalogue', buildCatalogueApp)
  const res = await plain.inject({ method: 'POST', url: '/api/v1/criteria', remoteAddress: '10.20.3.4', headers: { authorization: admin, 'x-road-client': CALLER }, payload: { ...exampleCriterion, code: 'TM99' } })
  t.equal(res.statusCode, 201)
  const audit = await plain.inject({ url: `/api/v1/audit-events?entityType=criterion&entityId=${res.json().id}`, headers: { authorization: auditor } })
  t.match(audit.json().items, [{ mediatorClient: CALLER, mediatorClientVerified: false }])
})
