import type { webcrypto } from 'node:crypto'
import { createServer } from 'node:http'
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose'
import t from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { buildLoggedTestService } from '../../helpers/logged-service.ts'

// OIDC mode against a Keycloak-shaped issuer: a real JWKS endpoint on a loopback port serving keys
// generated here, tokens shaped as Keycloak issues them, and the real verifier (jose) in the
// catalogue. The issuer can be made to fail (500) or go away entirely.

interface SigningKey {
  kid: string
  privateKey: webcrypto.CryptoKey
  publicJwk: JWK
}
async function newKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256')
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } }
}

let published: SigningKey[] = [await newKey('k1')]
let failing = false
let fetches = 0
const server = createServer((_req, res) => {
  fetches += 1
  if (failing) {
    res.statusCode = 500
    return res.end('down for maintenance')
  }
  res.setHeader('content-type', 'application/json')
  res.end(JSON.stringify({ keys: published.map((key) => key.publicJwk) }))
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
const issuer = `${base}/realms/cict`

const oidcEnv = {
  // Configured with a trailing slash, which used to make every token fail.
  OIDC_ISSUER: `${issuer}/`,
  OIDC_JWKS_URL: `${base}/realms/cict/protocol/openid-connect/certs`,
  OIDC_AUDIENCE: 'cict-api',
  // A client id with a dot in it.
  OIDC_ROLES_CLAIM: 'resource_access["portal.gov"].roles',
  OIDC_JWKS_CACHE_MAX_AGE_SECONDS: '1',
  OIDC_JWKS_COOLDOWN_SECONDS: '0',
}
const { app, logLines } = await buildLoggedTestService(t, 'catalogue', buildCatalogueApp, oidcEnv)
t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** An access token as Keycloak issues it: header typ JWT, claim typ Bearer, audience list, realm and client roles. */
function keycloakToken(key: SigningKey, claims: JWTPayload = {}, header: Record<string, unknown> = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  return new SignJWT({
    iss: issuer,
    aud: ['cict-api', 'account'],
    sub: 'f:5e2c:alice',
    typ: 'Bearer',
    azp: 'portal.gov',
    iat: now,
    exp: now + 300,
    realm_access: { roles: ['default-roles-cict', 'offline_access', 'auditor'] },
    resource_access: { 'portal.gov': { roles: ['auditor'] }, account: { roles: ['manage-account'] } },
    scope: 'openid profile',
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid, ...header })
    .sign(key.privateKey)
}

const readAudit = (token: string, correlationId = 'oidc') =>
  app.inject({ url: '/api/v1/audit-events', headers: { authorization: `Bearer ${token}`, 'x-correlation-id': correlationId } })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const refusalOf = (correlationId: string) => logLines().find((line) => line.correlationId === correlationId && line.security === true)

t.test('a Keycloak access token for our audience is accepted, roles from a client id with a dot', async (t) => {
  const [key] = published
  t.equal((await readAudit(await keycloakToken(key!))).statusCode, 200)
  t.equal((await readAudit(await keycloakToken(key!, { iss: `${issuer}/` }))).statusCode, 200, 'the issuer with a trailing slash too')
  const realmOnly = await readAudit(await keycloakToken(key!, { resource_access: {} }), 'realm-only')
  t.equal(realmOnly.statusCode, 403, 'realm roles do not count when the client’s roles are configured')
  t.match(refusalOf('realm-only'), { level: 40, status: 403, subject: 'f:5e2c:alice', roles: [], route: '/api/v1/audit-events' })
})

t.test('tokens of the realm that are not access tokens for us are refused and logged as such', async (t) => {
  const [key] = published
  const now = Math.floor(Date.now() / 1000)
  const cases: [string, Promise<string>, RegExp][] = [
    ['an ID token', keycloakToken(key!, { typ: 'ID', aud: 'cict-api' }), /typ claim "ID"/],
    ['a token for another client', keycloakToken(key!, { aud: 'account' }), /aud/],
    ['a token without an audience', keycloakToken(key!, { aud: undefined }), /aud/],
    ['a token without a subject', keycloakToken(key!, { sub: undefined }), /sub/],
    ['a token without expiry', keycloakToken(key!, { exp: undefined }), /exp/],
    ['a token living ten years', keycloakToken(key!, { exp: now + 10 * 365 * 86_400 }), /lifetime/],
    ['a token of another realm', keycloakToken(key!, { iss: `${base}/realms/other` }), /iss/],
  ]
  let n = 0
  for (const [name, token, reason] of cases) {
    const correlationId = `refused-${++n}`
    const res = await readAudit(await token, correlationId)
    t.equal(res.statusCode, 401, name)
    t.match(res.json(), { code: 'UNAUTHENTICATED', detail: 'The bearer token is invalid or expired.' }, `${name}: the answer does not say why`)
    t.match(refusalOf(correlationId), { level: 40, security: true, status: 401, reason, route: '/api/v1/audit-events', roles: [] }, `${name}: the log does`)
  }
})

t.test('a new signing key works at once; a removed one stops working once the cache age has passed', async (t) => {
  const rotated = await newKey('k2')
  published = [...published, rotated]
  t.equal((await readAudit(await keycloakToken(rotated))).statusCode, 200, 'a kid the cache has not seen triggers a refetch')
  const [old] = published
  published = [rotated]
  await sleep(1100)
  const res = await readAudit(await keycloakToken(old!), 'removed-key')
  t.equal(res.statusCode, 401)
  t.match(refusalOf('removed-key'), { security: true, reason: /no applicable key/ })
})

t.test('an issuer outage is a 503 with Retry-After and a warning naming the cause, not a forged token', async (t) => {
  const [key] = published
  const forger = await newKey(key!.kid)
  const forged = await readAudit(await keycloakToken(forger), 'forged')
  t.equal(forged.statusCode, 401, 'a token under our kid but another key')
  t.match(refusalOf('forged'), { security: true, reason: /signature verification failed/ })

  failing = true
  await sleep(1100)
  const before = fetches
  const res = await readAudit(await keycloakToken(key!), 'outage')
  t.ok(fetches > before, 'the stale key set was fetched again')
  t.equal(res.statusCode, 503)
  t.equal(res.headers['retry-after'], '5')
  t.equal(res.json().code, 'ISSUER_UNAVAILABLE')
  const warning = logLines().find((line) => line.correlationId === 'outage' && /issuer unreachable/.test(String(line.msg)))
  t.match(warning, { level: 40, cause: /Expected 200 OK/, issuer })
  t.notOk(refusalOf('outage'), 'not logged as a refused token')

  failing = false
  t.equal((await readAudit(await keycloakToken(key!))).statusCode, 200, 'recovers without a restart')
})

t.test('an issuer nobody answers for: the network error is the cause', async (t) => {
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as { port: number }).port
  await new Promise<void>((resolve) => closed.close(() => resolve()))
  const { app: orphan, logLines: orphanLines } = await buildLoggedTestService(t, 'catalogue', buildCatalogueApp, { ...oidcEnv, OIDC_JWKS_URL: `http://127.0.0.1:${port}/certs` })
  const res = await orphan.inject({ url: '/api/v1/audit-events', headers: { authorization: `Bearer ${await keycloakToken(published[0]!)}`, 'x-correlation-id': 'gone' } })
  t.equal(res.statusCode, 503)
  t.match(orphanLines().find((line) => line.correlationId === 'gone' && line.level === 40), { cause: /fetch failed \(ECONNREFUSED\)/ })
})

t.test('the audience check can be waived, but only out loud', async (t) => {
  const { app: lax, logLines: laxLines } = await buildLoggedTestService(t, 'catalogue', buildCatalogueApp, { ...oidcEnv, OIDC_AUDIENCE: '', OIDC_ALLOW_ANY_AUDIENCE: 'true' })
  t.match(laxLines().find((line) => /OIDC_ALLOW_ANY_AUDIENCE/.test(String(line.msg))), { level: 40, security: true })
  const res = await lax.inject({ url: '/api/v1/audit-events', headers: { authorization: `Bearer ${await keycloakToken(published[0]!, { aud: 'account' })}` } })
  t.equal(res.statusCode, 200)
})
