import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose'
import type { AuthConfig } from '../config.ts'
import { loadOrCreateLocalKeys } from './local-keys.ts'
import { isRole, type Principal } from './roles.ts'

export type TokenVerifier = (token: string) => Promise<Principal>

function claimAt(payload: JWTPayload, dottedPath: string): unknown {
  let value: unknown = payload
  for (const key of dottedPath.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null
}

/** Maps verified claims to a principal; the claim names are configuration (Keycloak nests roles). */
export function principalFromClaims(payload: JWTPayload, config: AuthConfig): Principal {
  const rawRoles = claimAt(payload, config.rolesClaim)
  const roleList = Array.isArray(rawRoles) ? rawRoles : typeof rawRoles === 'string' ? rawRoles.split(/[\s,]+/) : []
  return {
    subject: payload.sub ?? 'unknown',
    roles: roleList.filter(isRole),
    organisationId: optionalString(claimAt(payload, config.organisationClaim)),
    supplierId: optionalString(claimAt(payload, config.supplierClaim)),
  }
}

/**
 * OIDC mode trusts the issuer's JWKS (cached and refreshed by jose); local mode trusts only the
 * key in the data directory. Either way an unsigned, expired or foreign token is rejected.
 */
export async function createTokenVerifier(config: AuthConfig, dataDir: string): Promise<TokenVerifier> {
  const keySet =
    config.mode === 'oidc'
      ? createRemoteJWKSet(new URL(config.jwksUrl ?? `${config.issuer.replace(/\/$/, '')}/protocol/openid-connect/certs`))
      : createLocalJWKSet({ keys: [(await loadOrCreateLocalKeys(dataDir)).publicJwk] })
  const options = {
    issuer: config.issuer,
    algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
    clockTolerance: 30,
    ...(config.audience ? { audience: config.audience } : {}),
  }
  return async (token) => {
    const { payload } = await jwtVerify(token, keySet, options)
    return principalFromClaims(payload, config)
  }
}
