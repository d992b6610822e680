/**
 * Why a bearer token was not accepted. The reason goes to the security log only: the caller is
 * told no more than that the token is invalid, so a forger learns nothing from the answer.
 */
export class TokenRejected extends Error {
  override name = 'TokenRejected'
}

/**
 * The issuer's key set could not be read (unreachable, slow, or serving garbage): the token may be
 * perfectly good, so this is an outage of ours, never the caller's fault.
 */
export class IssuerUnavailable extends Error {
  override name = 'IssuerUnavailable'
}
