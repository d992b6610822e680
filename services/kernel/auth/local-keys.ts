import { promises as fs } from 'node:fs'
import type { webcrypto } from 'node:crypto'
import path from 'node:path'
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose'
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../config.ts'
import type { Role } from './roles.ts'

const ALGORITHM = 'ES256'

export interface LocalKeys {
  privateKey: webcrypto.CryptoKey
  publicJwk: JWK
}

function keyFile(dataDir: string): string {
  return path.join(dataDir, 'auth', 'local-signing-key.json')
}

async function readKeys(file: string): Promise<LocalKeys> {
  const jwk = JSON.parse(await fs.readFile(file, 'utf8')) as JWK
  const { d: _private, ...publicJwk } = jwk
  return { privateKey: (await importJWK(jwk, ALGORITHM)) as webcrypto.CryptoKey, publicJwk }
}

/**
 * The local mode's signing key, made on first use and kept in the data directory (mode 0600) so
 * tokens minted by the script stay valid across restarts. Processes racing at first start agree
 * on one key: only the first exclusive create wins, the rest read it.
 */
export async function loadOrCreateLocalKeys(dataDir: string): Promise<LocalKeys> {
  const file = keyFile(dataDir)
  try {
    return await readKeys(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  // DATA_DIR itself keeps the default mode (the embedded PostgreSQL's own account must pass through
  // it); only the folder of the key is private. A recursive mkdir would give both the private mode.
  await fs.mkdir(dataDir, { recursive: true })
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true })
  const jwk = { ...(await exportJWK(privateKey)), alg: ALGORITHM, kid: `local-${Date.now().toString(36)}` }
  try {
    await fs.writeFile(file, JSON.stringify(jwk), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return readKeys(file)
}

export interface TokenRequest {
  subject: string
  roles: Role[]
  organisationId?: string | null
  supplierId?: string | null
  ttlSeconds?: number
}

/**
 * Signs an access token (RFC 9068 `typ`) for the local mode's issuer and audience. Its lifetime
 * must stay within TOKEN_MAX_LIFETIME_SECONDS, or the services refuse it.
 */
export async function mintLocalToken(dataDir: string, request: TokenRequest): Promise<string> {
  const keys = await loadOrCreateLocalKeys(dataDir)
  const claims: Record<string, unknown> = { roles: request.roles }
  if (request.organisationId) claims.organisation_id = request.organisationId
  if (request.supplierId) claims.supplier_id = request.supplierId
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, kid: keys.publicJwk.kid as string, typ: 'at+jwt' })
    .setSubject(request.subject)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${request.ttlSeconds ?? 3600}s`)
    .sign(keys.privateKey)
}
