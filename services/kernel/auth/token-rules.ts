import type { JWTHeaderParameters, JWTPayload } from 'jose'
import { TokenRejected } from './token-errors.ts'

export interface TokenRules {
  /** The longest a token may live (`exp` − `iat`, or `exp` − now without `iat`). */
  maxLifetimeSeconds: number
  clockSkewSeconds: number
  /** Demand a positive sign of an access token; without it only ID and refresh tokens are refused. */
  requireAccessTokenType: boolean
}

const ACCESS_TOKEN_HEADER_TYPE = 'at+jwt'
/** Keycloak's `typ` claim: `Bearer` in access tokens, `ID` and `Refresh` in the others. */
const ACCESS_TOKEN_CLAIM_TYPE = 'bearer'

function headerType(header: JWTHeaderParameters): string | undefined {
  return header.typ?.toLowerCase().replace(/^application\//, '')
}

function typeViolation(header: JWTHeaderParameters, payload: JWTPayload, rules: TokenRules): string | null {
  const fromHeader = headerType(header)
  if (fromHeader !== undefined && fromHeader !== 'jwt' && fromHeader !== ACCESS_TOKEN_HEADER_TYPE) return `header typ "${header.typ}" is not an access token`
  const fromClaim = typeof payload.typ === 'string' ? payload.typ.toLowerCase() : undefined
  if (fromClaim !== undefined && fromClaim !== ACCESS_TOKEN_CLAIM_TYPE) return `typ claim "${String(payload.typ)}" is not an access token`
  if (rules.requireAccessTokenType && fromHeader !== ACCESS_TOKEN_HEADER_TYPE && fromClaim !== ACCESS_TOKEN_CLAIM_TYPE) {
    return 'the token does not declare itself an access token (header typ at+jwt or claim typ Bearer)'
  }
  return null
}

function lifetimeViolation(payload: JWTPayload, rules: TokenRules, nowSeconds: number): string | null {
  if (typeof payload.exp !== 'number') return 'no exp claim'
  const { iat } = payload
  if (iat !== undefined) {
    if (typeof iat !== 'number') return 'iat is not a number'
    if (iat > nowSeconds + rules.clockSkewSeconds) return 'iat is in the future'
    if (payload.exp - iat > rules.maxLifetimeSeconds) return `lifetime ${payload.exp - iat} s exceeds the maximum of ${rules.maxLifetimeSeconds} s`
  }
  if (payload.exp - nowSeconds > rules.maxLifetimeSeconds + rules.clockSkewSeconds) {
    return `expires ${payload.exp - nowSeconds} s from now, beyond the maximum lifetime of ${rules.maxLifetimeSeconds} s`
  }
  return null
}

/**
 * The checks a signature and the standard claim checks leave open: that the token is an access
 * token (not an ID or refresh token of the same issuer), and that it is short-lived and not
 * issued in the future. Expiry and `nbf` are jose's, with the same clock skew.
 */
export function assertTokenRules(header: JWTHeaderParameters, payload: JWTPayload, rules: TokenRules, nowSeconds: number): void {
  const violation = typeViolation(header, payload, rules) ?? lifetimeViolation(payload, rules, nowSeconds)
  if (violation) throw new TokenRejected(violation)
}
