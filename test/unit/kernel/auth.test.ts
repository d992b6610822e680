import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SignJWT, generateKeyPair } from 'jose'
import t from 'tap'
import { mintLocalToken } from '../../../services/kernel/auth/local-keys.ts'
import { createTokenVerifier, principalFromClaims } from '../../../services/kernel/auth/token-verifier.ts'
import { loadConfig } from '../../../services/kernel/config.ts'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cict-auth-'))
const config = loadConfig('catalogue', { DATA_DIR: dataDir })

t.test('local mode verifies its own tokens and maps claims', async (t) => {
  const verify = await createTokenVerifier(config.auth, dataDir)
  const token = await mintLocalToken(dataDir, { subject: 'alice', roles: ['buyer', 'evaluator'], organisationId: 'ORG-1' })
  t.same(await verify(token), { subject: 'alice', roles: ['buyer', 'evaluator'], organisationId: 'ORG-1', supplierId: null })
})

t.test('foreign, expired and tampered tokens are refused', async (t) => {
  const verify = await createTokenVerifier(config.auth, dataDir)
  const { privateKey } = await generateKeyPair('ES256')
  const foreign = await new SignJWT({ roles: ['catalogue-admin'] }).setProtectedHeader({ alg: 'ES256' }).setIssuer('urn:circular-ict:local').setSubject('mallory').setExpirationTime('1h').sign(privateKey)
  await t.rejects(verify(foreign), 'signed by another key')
  const expired = await mintLocalToken(dataDir, { subject: 'bob', roles: ['buyer'], ttlSeconds: -120 })
  await t.rejects(verify(expired), 'expired')
  const good = await mintLocalToken(dataDir, { subject: 'bob', roles: ['buyer'] })
  const [header, , signature] = good.split('.')
  const forgedPayload = Buffer.from(JSON.stringify({ sub: 'bob', roles: ['catalogue-admin'], iss: 'urn:circular-ict:local', exp: 9999999999 })).toString('base64url')
  await t.rejects(verify(`${header}.${forgedPayload}.${signature}`), 'payload swapped under a valid signature')
})

t.test('the key survives restarts: a second load gives the same key', async (t) => {
  const first = await mintLocalToken(dataDir, { subject: 'c', roles: ['auditor'] })
  const verifyAgain = await createTokenVerifier(config.auth, dataDir)
  t.equal((await verifyAgain(first)).subject, 'c')
})

t.test('claims: nested role paths, space-separated roles, unknown roles dropped', async (t) => {
  const oidc = loadConfig('catalogue', { OIDC_ISSUER: 'https://id.example.gov', OIDC_ROLES_CLAIM: 'realm_access.roles', OIDC_SUPPLIER_CLAIM: 'vat' }).auth
  t.same(principalFromClaims({ sub: 'x', realm_access: { roles: ['supplier', 'offline_access'] }, vat: 'EE123' }, oidc), { subject: 'x', roles: ['supplier'], organisationId: null, supplierId: 'EE123' })
  t.same(principalFromClaims({ sub: 'y', roles: 'buyer auditor' }, config.auth).roles, ['buyer', 'auditor'])
  t.same(principalFromClaims({}, config.auth), { subject: 'unknown', roles: [], organisationId: null, supplierId: null })
})
