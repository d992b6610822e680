import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'
import type { InjectOptions } from 'fastify'
import t from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { buildLoggedTestService } from '../../helpers/logged-service.ts'
import { bearer, buildTestService } from '../../helpers/service.ts'
import { repoRoot } from '../../setup/paths.ts'

// The network edge of a service, on the catalogue (every service shares the kernel's edge):
// security headers, caching, CORS, rate limits, the contract's 429 and socket timeouts.

const TENDER_TEXT = '/api/v1/criteria-sets/notebooks-core/versions/1/tender-text'
const { app } = await buildTestService(t, 'catalogue', buildCatalogueApp)
const auditor = await bearer(['auditor'])

t.test('security headers on every answer: JSON, problems, the tender-text HTML', async (t) => {
  const answers = {
    json: await app.inject({ url: '/api/v1/code-lists' }),
    notFound: await app.inject({ url: '/api/v1/nothing-here' }),
    unauthenticated: await app.inject({ method: 'POST', url: '/api/v1/criteria', payload: {} }),
    html: await app.inject({ url: TENDER_TEXT }),
    probe: await app.inject({ url: '/health/live' }),
  }
  t.match(answers.html.headers['content-type'], /^text\/html/)
  for (const [name, res] of Object.entries(answers)) {
    t.equal(res.headers['x-content-type-options'], 'nosniff', `${name}: nosniff`)
    t.equal(res.headers['x-frame-options'], 'DENY', `${name}: no framing`)
    t.match(res.headers['content-security-policy'], /^default-src 'none';.*frame-ancestors 'none'/, `${name}: a CSP that allows nothing`)
    t.equal(res.headers['referrer-policy'], 'no-referrer', `${name}: no referrer`)
    t.match(res.headers['strict-transport-security'], /max-age=\d+/, `${name}: HSTS`)
    t.notOk(res.headers['x-powered-by'], `${name}: no X-Powered-By`)
  }
})

t.test('/docs has a policy of its own that works over plain HTTP', async (t) => {
  const docs = await app.inject({ url: '/docs/' })
  t.equal(docs.statusCode, 200)
  const csp = docs.headers['content-security-policy'] as string
  t.match(csp, /script-src 'self'/)
  t.match(csp, /frame-ancestors 'none'/)
  t.notMatch(csp, /upgrade-insecure-requests/, 'assets are not pushed to https on an http deployment')
  t.notMatch(csp, /script-src[^;]*unsafe|unsafe-eval|https:/, 'no inline or remote script')
})

t.test('Cache-Control: anonymous reads revalidated, anything with a token or an error never stored', async (t) => {
  const cases: [string, InjectOptions, string][] = [
    ['anonymous read', { url: '/api/v1/code-lists' }, 'public, no-cache'],
    ['anonymous tender text', { url: TENDER_TEXT }, 'public, no-cache'],
    ['read with a token', { url: '/api/v1/code-lists', headers: { authorization: auditor } }, 'private, no-store'],
    ['audit trail', { url: '/api/v1/audit-events', headers: { authorization: auditor } }, 'private, no-store'],
    ['error', { url: '/api/v1/criteria/not-an-id' }, 'no-store'],
    ['refused write', { method: 'POST', url: '/api/v1/criteria', payload: {} }, 'no-store'],
  ]
  for (const [name, request, expected] of cases) t.equal((await app.inject(request)).headers['cache-control'], expected, name)
})

t.test('CORS is off unless origins are configured', async (t) => {
  const preflight = await app.inject({ method: 'OPTIONS', url: '/api/v1/criteria', headers: { origin: 'https://portal.example.gov', 'access-control-request-method': 'POST' } })
  t.equal(preflight.statusCode, 405)
  t.notOk(preflight.headers['access-control-allow-origin'])
  t.notOk((await app.inject({ url: '/api/v1/code-lists', headers: { origin: 'https://portal.example.gov' } })).headers['access-control-allow-origin'])
})

t.test('CORS for the configured origins: preflight answered, answers readable, others not let in', async (t) => {
  const { app: open } = await buildTestService(t, 'catalogue', buildCatalogueApp, { CORS_ORIGINS: 'https://portal.example.gov,http://localhost:5173' })
  const origin = 'https://portal.example.gov'
  const preflight = await open.inject({
    method: 'OPTIONS',
    url: '/api/v1/criteria',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' },
  })
  t.equal(preflight.statusCode, 204)
  t.equal(preflight.headers['access-control-allow-origin'], origin)
  t.match(preflight.headers['access-control-allow-methods'], /POST/)
  t.match(preflight.headers['access-control-allow-headers'], /authorization.*content-type.*idempotency-key/)
  t.equal(preflight.headers['access-control-max-age'], '600')
  t.notOk(preflight.headers['access-control-allow-credentials'], 'tokens, not cookies')

  const read = await open.inject({ url: '/api/v1/code-lists', headers: { origin } })
  t.equal(read.headers['access-control-allow-origin'], origin)
  t.match(read.headers['access-control-expose-headers'], /etag.*retry-after.*x-correlation-id/)
  t.match(read.headers.vary, /origin/i)
  const refused = await open.inject({ method: 'POST', url: '/api/v1/criteria', headers: { origin, authorization: 'Bearer a.b.c' }, payload: {} })
  t.equal(refused.statusCode, 401)
  t.equal(refused.headers['access-control-allow-origin'], origin, 'the page can read why it was refused')

  const stranger = await open.inject({ method: 'OPTIONS', url: '/api/v1/criteria', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } })
  t.notOk(stranger.headers['access-control-allow-origin'], 'another origin is not allowed')
})

t.test('rate limits: per principal, per verified mediator caller, else per address; probes never', async (t) => {
  const { app: limited, logLines } = await buildLoggedTestService(t, 'catalogue', buildCatalogueApp, {
    RATE_LIMIT_MAX: '5',
    RATE_LIMIT_AUTH_FAILURES_MAX: '0',
    TRUSTED_MEDIATOR_ADDRESSES: '10.9.0.0/16',
  })
  const get = (remoteAddress: string, headers: Record<string, string> = {}) => limited.inject({ url: '/api/v1/code-lists', remoteAddress, headers })

  for (let i = 1; i <= 5; i++) {
    const res = await get('10.0.0.1')
    t.equal(res.statusCode, 200)
    t.equal(res.headers['ratelimit-remaining'], String(5 - i))
  }
  const over = await get('10.0.0.1', { 'x-correlation-id': 'over-limit' })
  t.equal(over.statusCode, 429)
  t.match(over.headers['content-type'], /^application\/problem\+json/)
  t.match(over.json(), { status: 429, code: 'RATE_LIMITED', correlationId: 'over-limit' })
  t.ok(Number(over.headers['retry-after']) > 0 && Number(over.headers['retry-after']) <= 60, 'Retry-After in seconds')
  t.equal(over.headers['ratelimit-limit'], '5')
  t.match(logLines().find((line) => line.correlationId === 'over-limit' && line.security), { level: 40, security: true, status: 429, code: 'RATE_LIMITED' })
  t.equal((await get('10.0.0.2')).statusCode, 200, 'another address has its own allowance')
  for (let i = 0; i < 8; i++) t.equal((await limited.inject({ url: '/health/ready', remoteAddress: '10.0.0.1' })).statusCode, 200)

  const alice = await bearer(['auditor'], { subject: 'alice', organisationId: 'ORG-A' })
  t.equal((await get('10.0.0.1', { authorization: alice })).statusCode, 200, 'a principal is not its address')
  for (let i = 0; i < 4; i++) await get(`10.0.1.${i}`, { authorization: alice })
  t.equal((await get('10.0.2.1', { authorization: alice })).statusCode, 429, 'a principal is one caller wherever it connects from')
  const aliceElsewhere = await bearer(['auditor'], { subject: 'alice', organisationId: 'ORG-B' })
  t.equal((await get('10.0.2.1', { authorization: aliceElsewhere })).statusCode, 200, 'the same subject in another organisation is another caller')

  for (let i = 0; i < 5; i++) t.equal((await get('10.9.0.1', { 'x-road-client': 'SANDBOX/GOV/ONE/SUB' })).statusCode, 200)
  t.equal((await get('10.9.0.1', { 'x-road-client': 'SANDBOX/GOV/ONE/SUB' })).statusCode, 429)
  t.equal((await get('10.9.0.1', { 'x-road-client': 'SANDBOX/GOV/TWO/SUB' })).statusCode, 200, 'behind the mediator each verified caller has its own allowance')
  t.equal((await get('10.0.0.1', { 'x-road-client': 'SANDBOX/GOV/THREE/SUB' })).statusCode, 429, 'a claimed caller header does not escape the address’s limit')
})

t.test('refused tokens: after a few, a client is turned away before its tokens are examined', async (t) => {
  const { app: guarded } = await buildTestService(t, 'catalogue', buildCatalogueApp, { RATE_LIMIT_AUTH_FAILURES_MAX: '3' })
  const read = (remoteAddress: string, authorization?: string) =>
    guarded.inject({ url: '/api/v1/audit-events', remoteAddress, headers: authorization ? { authorization } : {} })
  for (const bad of ['Bearer a.b.c', 'Basic YWxhZGRpbjpvcGVuc2VzYW1l', `${auditor}x`]) t.equal((await read('10.1.0.1', bad)).statusCode, 401)
  const blocked = await read('10.1.0.1', 'Bearer a.b.c')
  t.equal(blocked.statusCode, 429)
  t.equal(blocked.json().code, 'RATE_LIMITED')
  t.ok(Number(blocked.headers['retry-after']) > 0)
  t.equal((await read('10.1.0.1', auditor)).statusCode, 429, 'a good token from that client waits too')
  t.equal((await guarded.inject({ url: '/api/v1/code-lists', remoteAddress: '10.1.0.1' })).statusCode, 200, 'anonymous reads go on')
  t.equal((await read('10.1.0.2', 'Bearer a.b.c')).statusCode, 401, 'other clients are not affected')
  t.equal((await read('10.1.0.2', auditor)).statusCode, 200)
})

t.test('the contracts declare 429 on every operation, and 503 wherever a token is taken', async (t) => {
  for (const service of ['catalogue', 'assessment', 'reporting']) {
    const contract = JSON.parse(readFileSync(path.join(repoRoot, 'openapi', `${service}.json`), 'utf8')) as { paths: Record<string, Record<string, any>> }
    for (const [route, operations] of Object.entries(contract.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${service}: ${method.toUpperCase()} ${route}`
        if (route.startsWith('/health')) {
          t.notOk(operation.responses['429'], `${where}: probes are never limited`)
          continue
        }
        t.ok(operation.responses['429']?.content?.['application/problem+json'], `${where}: 429`)
        if ((operation.security ?? []).some((requirement: object) => 'bearerAuth' in requirement)) t.ok(operation.responses['503'], `${where}: 503`)
      }
    }
  }
})

/** Opens a raw connection, writes `sent`, and reports what came back and how long the server kept it open. */
function heldFor(url: string, sent: string): Promise<{ seconds: number; answer: string }> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    let answer = ''
    const socket = connect(Number(port), hostname, () => socket.write(sent))
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (answer += chunk))
    socket.on('error', reject)
    socket.on('close', () => resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, answer }))
  })
}

t.test('sockets: unfinished headers, an unfinished body and idle keep-alive connections are closed', async (t) => {
  const { app: timed } = await buildTestService(t, 'catalogue', buildCatalogueApp, { HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '2000', KEEP_ALIVE_TIMEOUT_MS: '1000' })
  const url = await timed.listen({ host: '127.0.0.1', port: 0 })

  const plain = await fetch(`${url}/api/v1/code-lists`)
  t.equal(plain.status, 200)
  t.notOk(plain.headers.get('server'), 'no Server header')
  t.notOk(plain.headers.get('x-powered-by'))

  const headers = await heldFor(url, 'GET /api/v1/code-lists HTTP/1.1\r\nHost: x\r\nX-Slow: ')
  const admin = await bearer(['catalogue-admin'])
  const body = await heldFor(url, `POST /api/v1/criteria HTTP/1.1\r\nHost: x\r\nAuthorization: ${admin}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":`)
  const idle = await heldFor(url, 'GET /healthcheck HTTP/1.1\r\nHost: x\r\n\r\n')
  t.comment(`held: unfinished headers ${headers.seconds.toFixed(1)} s, unfinished body ${body.seconds.toFixed(1)} s, idle keep-alive ${idle.seconds.toFixed(1)} s`)
  t.match(headers.answer, /^HTTP\/1\.1 408/, 'unfinished headers: 408')
  t.ok(headers.seconds < 15, 'unfinished headers are not held for a minute')
  t.match(body.answer, /^HTTP\/1\.1 408/, 'unfinished body: 408')
  t.ok(body.seconds < 15, 'an unfinished body is not held for a minute')
  t.match(idle.answer, /^HTTP\/1\.1 200/)
  t.ok(idle.seconds < 15, 'an idle keep-alive connection is closed')
})
