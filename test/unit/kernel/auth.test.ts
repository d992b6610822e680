import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SignJWT, generateKeyPair, type JWTPayload } from 'jose'
import t from 'tap'
import { parseClaimPath } from '../../../services/kernel/auth/claim-path.ts'
import { loadOrCreateLocalKeys, mintLocalToken } from '../../../services/kernel/auth/local-keys.ts'
import { principalFromClaims } from '../../../services/kernel/auth/principal-claims.ts'
import { createTokenVerifier } from '../../../services/kernel/auth/token-verifier.ts'
import { LOCAL_AUDIENCE, LOCAL_ISSUER, loadConfig } from '../../../services/kernel/config.ts'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cict-auth-'))
const config = loadConfig('catalogue', { DATA_DIR: dataDir })
const verify = await createTokenVerifier(config.auth, dataDir)
const now = () => Math.floor(Date.now() / 1000)

/** A token signed with the local key, every claim and header chosen by the test. */
async function signed(payload: JWTPayload, header: Record<string, unknown> = { typ: 'at+jwt' }): Promise<string> {
  const keys = await loadOrCreateLocalKeys(dataDir)
  return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: keys.publicJwk.kid as string, ...header }).sign(keys.privateKey)
}
const good = (): JWTPayload => ({ iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, sub: 'alice', roles: ['buyer'], iat: now(), exp: now() + 600 })

t.test('local mode verifies its own tokens and maps claims', async (t) => {
  const token = await mintLocalToken(dataDir, { subject: 'alice', roles: ['buyer', 'evaluator'], organisationId: 'ORG-1' })
  t.same(await verify(token), { subject: 'alice', roles: ['buyer', 'evaluator'], organisationId: 'ORG-1', supplierId: null })
  t.same(await verify(await signed(good())), { subject: 'alice', roles: ['buyer'], organisationId: null, supplierId: null }, 'the hand-made baseline is accepted')
})

t.test('foreign, expired and tampered tokens are refused', async (t) => {
  const { privateKey } = await generateKeyPair('ES256')
  const foreign = await new SignJWT({ ...good(), roles: ['catalogue-admin'] }).setProtectedHeader({ alg: 'ES256', typ: 'at+jwt' }).sign(privateKey)
  await t.rejects(verify(foreign), { name: 'TokenRejected' }, 'signed by another key')
  const expired = await mintLocalToken(dataDir, { subject: 'bob', roles: ['buyer'], ttlSeconds: -120 })
  await t.rejects(verify(expired), { name: 'TokenRejected', message: /exp/ }, 'expired')
  const genuine = await mintLocalToken(dataDir, { subject: 'bob', roles: ['buyer'] })
  const [header, , signature] = genuine.split('.')
  const forgedPayload = Buffer.from(JSON.stringify({ ...good(), sub: 'bob', roles: ['catalogue-admin'] })).toString('base64url')
  await t.rejects(verify(`${header}.${forgedPayload}.${signature}`), { name: 'TokenRejected' }, 'payload swapped under a valid signature')
})

t.test('the key survives restarts: a second load gives the same key', async (t) => {
  const first = await mintLocalToken(dataDir, { subject: 'c', roles: ['auditor'] })
  const verifyAgain = await createTokenVerifier(config.auth, dataDir)
  t.equal((await verifyAgain(first)).subject, 'c')
})

t.test('correctly signed tokens that break a rule are refused, each with its reason', async (t) => {
  const { exp: _exp, ...noExp } = good()
  const { sub: _sub, ...noSub } = good()
  const { aud: _aud, ...noAud } = good()
  const cases: [string, Promise<string>, RegExp][] = [
    ['no exp', signed(noExp), /exp/],
    ['a 10-year lifetime', signed({ ...good(), exp: now() + 10 * 365 * 86_400 }), /lifetime/],
    ['no iat and an exp 10 years ahead', signed({ ...good(), iat: undefined, exp: now() + 10 * 365 * 86_400 }), /maximum lifetime/],
    ['iat an hour in the future', signed({ ...good(), iat: now() + 3600, exp: now() + 4000 }), /iat is in the future/],
    ['nbf an hour in the future', signed({ ...good(), nbf: now() + 3600 }), /nbf/],
    ['another audience', signed({ ...good(), aud: 'some-other-api' }), /aud/],
    ['no audience', signed(noAud), /aud/],
    ['another issuer', signed({ ...good(), iss: 'https://elsewhere.example' }), /iss/],
    ['no subject', signed(noSub), /sub/],
    ['roles as a string', signed({ ...good(), roles: 'superuser auditor' }), /roles claim is not an array/],
    ['an ID token', signed({ ...good(), typ: 'ID' }, {}), /typ claim "ID"/],
    ['a refresh token', signed({ ...good(), typ: 'Refresh' }), /typ claim "Refresh"/],
    ['no sign of an access token', signed(good(), { typ: 'JWT' }), /does not declare itself an access token/],
    ['an unknown header type', signed(good(), { typ: 'dpop+jwt' }), /header typ/],
  ]
  for (const [name, token, reason] of cases) await t.rejects(verify(await token), { name: 'TokenRejected', message: reason }, name)
})

t.test('within the rules: a small clock skew, the Keycloak access-token type, unknown roles dropped', async (t) => {
  t.equal((await verify(await signed({ ...good(), iat: now() + 10 }))).subject, 'alice', 'iat 10 s ahead is within the skew')
  t.equal((await verify(await signed({ ...good(), typ: 'Bearer' }, {}))).subject, 'alice', 'claim typ Bearer without a header typ')
  t.same((await verify(await signed({ ...good(), roles: ['auditor', 'superuser', 'auditor', 7] }))).roles, ['auditor'])
  t.same((await verify(await signed({ ...good(), roles: undefined }))).roles, [], 'no roles claim: no roles')
  const shortLived = await createTokenVerifier(loadConfig('catalogue', { DATA_DIR: dataDir, TOKEN_MAX_LIFETIME_SECONDS: '600' }).auth, dataDir)
  await t.rejects(shortLived(await signed({ ...good(), exp: now() + 900 })), { message: /lifetime 900 s exceeds the maximum of 600 s/ }, 'the maximum is configurable')
})

t.test('claim paths name keys with dots and slashes', async (t) => {
  t.same(parseClaimPath('realm_access.roles'), ['realm_access', 'roles'])
  t.same(parseClaimPath('resource_access["portal.gov"].roles'), ['resource_access', 'portal.gov', 'roles'])
  t.same(parseClaimPath('["https://example.org/roles"]'), ['https://example.org/roles'])
  t.same(parseClaimPath('/resource_access/portal.gov/roles'), ['resource_access', 'portal.gov', 'roles'])
  t.same(parseClaimPath('/https:~1~1example.org~1roles'), ['https://example.org/roles'])
  t.same(parseClaimPath('a["quote \\" inside"]'), ['a', 'quote " inside'])
  for (const bad of ['', 'a.', '.a', 'a..b', 'a["b"', 'a["b"]c', 'a[b]', '/', '/a//b', '["x" ]']) t.throws(() => parseClaimPath(bad), { name: 'Error' }, JSON.stringify(bad))
})

t.test('claims: Keycloak shapes, organisation as a string or a one-element array', async (t) => {
  const paths = { roles: parseClaimPath('resource_access["portal.gov"].roles'), organisation: parseClaimPath('organization'), supplier: parseClaimPath('["https://example.org/supplier"]') }
  const claims = {
    sub: 'x',
    resource_access: { 'portal.gov': { roles: ['supplier', 'uma_protection'] }, account: { roles: ['auditor'] } },
    organization: ['ORG-7'],
    'https://example.org/supplier': 'EE123',
  }
  t.same(principalFromClaims(claims, paths), { subject: 'x', roles: ['supplier'], organisationId: 'ORG-7', supplierId: 'EE123' })
  t.equal(principalFromClaims({ ...claims, organization: 'ORG-8' }, paths).organisationId, 'ORG-8')
  t.equal(principalFromClaims({ ...claims, organization: ['ORG-8', 'ORG-9'] }, paths).organisationId, null, 'two organisations: none is guessed')
  t.equal(principalFromClaims({ ...claims, resource_access: { 'portal.gov': { roles: ['x'] }, portal: { gov: { roles: ['auditor'] } } } }, paths).roles.length, 0, 'the dotted key is not split')
  t.same(principalFromClaims({ sub: 'y', __proto__: { roles: ['auditor'] } } as JWTPayload, { ...paths, roles: parseClaimPath('roles') }).roles, [], 'never read through a prototype')
})
