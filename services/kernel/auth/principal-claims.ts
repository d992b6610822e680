import type { JWTPayload } from 'jose'
import { claimAt, type ClaimPath } from './claim-path.ts'
import { isRole, type Principal, type Role } from './roles.ts'
import { TokenRejected } from './token-errors.ts'

export interface ClaimPaths {
  roles: ClaimPath
  organisation: ClaimPath
  supplier: ClaimPath
}

/**
 * Roles come only as an array: a string such as "superuser auditor" is refused rather than split,
 * so no issuer's free-text claim can grant a role. Entries that are not roles of this building
 * block (Keycloak's `offline_access`, `default-roles-…`) are ignored.
 */
function rolesFrom(value: unknown): Role[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new TokenRejected('the roles claim is not an array')
  return [...new Set(value.filter(isRole))]
}

/** An identifier given as a string or as a one-element array of one (Keycloak's `organization`). */
function identifierFrom(value: unknown): string | null {
  const single = Array.isArray(value) && value.length === 1 ? value[0] : value
  return typeof single === 'string' && single.length > 0 ? single : null
}

/** Maps verified claims to a principal; where each claim sits is configuration (Keycloak nests roles). */
export function principalFromClaims(payload: JWTPayload, paths: ClaimPaths): Principal {
  if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new TokenRejected('no sub claim')
  return {
    subject: payload.sub,
    roles: rolesFrom(claimAt(payload, paths.roles)),
    organisationId: identifierFrom(claimAt(payload, paths.organisation)),
    supplierId: identifierFrom(claimAt(payload, paths.supplier)),
  }
}
