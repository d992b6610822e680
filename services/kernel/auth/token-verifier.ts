import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTVerifyOptions } from 'jose'
import type { AuthConfig } from '../config.ts'
import { parseClaimPath } from './claim-path.ts'
import { loadOrCreateLocalKeys } from './local-keys.ts'
import { principalFromClaims } from './principal-claims.ts'
import type { Principal } from './roles.ts'
import { IssuerUnavailable, TokenRejected } from './token-errors.ts'
import { assertTokenRules } from './token-rules.ts'

export type TokenVerifier = (token: string) => Promise<Principal>

const JWKS_FETCH_TIMEOUT_MS = 5000

/**
 * jose throws its own error classes for everything a token can get wrong; a key set that cannot be
 * fetched surfaces as a timeout, an invalid set, a generic JOSEError (not 200, not JSON) or the
 * network's own error.
 */
function classify(error: unknown): Error {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError) || error.code === 'ERR_JOSE_GENERIC') {
    const cause = error instanceof Error ? error : new Error(String(error))
    const detail = (cause.cause as { code?: string; message?: string } | undefined) ?? {}
    return new IssuerUnavailable(`${cause.message}${detail.code ?? detail.message ? ` (${detail.code ?? detail.message})` : ''}`, { cause })
  }
  return new TokenRejected(error.message, { cause: error })
}

function jwksUrlOf(config: AuthConfig): URL {
  return new URL(config.jwksUrl ?? `${config.issuer}/protocol/openid-connect/certs`)
}

/**
 * OIDC mode trusts the issuer's JWKS (cached for jwksCacheMaxAgeSeconds, refetched for an unknown
 * key at most once per jwksCooldownSeconds); local mode trusts only the key in the data directory.
 * Either way the token must be signed, current, short-lived, for our audience, an access token,
 * and name its subject. Throws TokenRejected or IssuerUnavailable.
 */
export async function createTokenVerifier(config: AuthConfig, dataDir: string): Promise<TokenVerifier> {
  const keySet =
    config.mode === 'oidc'
      ? createRemoteJWKSet(jwksUrlOf(config), {
          cacheMaxAge: config.jwksCacheMaxAgeSeconds * 1000,
          cooldownDuration: config.jwksCooldownSeconds * 1000,
          timeoutDuration: JWKS_FETCH_TIMEOUT_MS,
        })
      : createLocalJWKSet({ keys: [(await loadOrCreateLocalKeys(dataDir)).publicJwk] })
  const options: JWTVerifyOptions = {
    issuer: [config.issuer, `${config.issuer}/`],
    algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
    clockTolerance: config.clockSkewSeconds,
    requiredClaims: ['exp', 'sub'],
    ...(config.audience ? { audience: config.audience } : {}),
  }
  const paths = {
    roles: parseClaimPath(config.rolesClaim),
    organisation: parseClaimPath(config.organisationClaim),
    supplier: parseClaimPath(config.supplierClaim),
  }
  return async (token) => {
    const nowSeconds = Math.floor(Date.now() / 1000)
    let verified
    try {
      verified = await jwtVerify(token, keySet, { ...options, currentDate: new Date(nowSeconds * 1000) })
    } catch (error) {
      throw classify(error)
    }
    assertTokenRules(verified.protectedHeader, verified.payload, config, nowSeconds)
    return principalFromClaims(verified.payload, paths)
  }
}
