import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { decodeJwt } from 'jose'
import type { AuthConfig } from '../config.ts'
import { forbidden, serviceUnavailable, tooManyRequests, unauthenticated } from '../problem.ts'
import { declareProblemResponse } from '../responses.ts'
import type { Principal, Role } from './roles.ts'
import { IssuerUnavailable, TokenRejected } from './token-errors.ts'
import type { TokenVerifier } from './token-verifier.ts'

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null
    /** Why a presented token was refused, for the security log only. */
    tokenRefusal: { reason: string; claimedSubject: string | null } | null
  }
}

/** Counts refused tokens per client, so a flood of guesses is turned away unexamined. */
export interface AuthFailureGuard {
  /** Seconds until this client may try again, or null when it may try now. */
  blockedFor(request: FastifyRequest): Promise<number | null>
  record(request: FastifyRequest): Promise<void>
}

export interface AuthPluginOptions {
  verifyToken: TokenVerifier
  auth: Pick<AuthConfig, 'mode' | 'audience' | 'issuer'>
  failureGuard: AuthFailureGuard | null
}

/** RFC 7235: the scheme is case-insensitive and one or more spaces may follow it. */
const BEARER = /^bearer +([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]*)$/i
const ISSUER_RETRY_AFTER_SECONDS = 5

/** The subject a refused token claims, unverified and only for the log. */
function claimedSubjectOf(token: string): string | null {
  try {
    const { sub } = decodeJwt(token)
    return typeof sub === 'string' ? sub.slice(0, 200) : null
  } catch {
    return null
  }
}

/**
 * Authenticates every request that carries a bearer token. A request without one is anonymous,
 * which only public routes accept; a request with a bad one is refused outright, so a client never
 * silently falls back to anonymous access. An issuer that cannot be reached is our outage (503),
 * not the caller's bad token (401).
 */
export const authentication = fp<AuthPluginOptions>(
  async (app: FastifyInstance, { verifyToken, auth, failureGuard }) => {
    if (auth.mode === 'oidc' && auth.audience === null) {
      app.log.warn({ security: true, issuer: auth.issuer }, 'OIDC_ALLOW_ANY_AUDIENCE is set: a token issued to any client of the issuer is accepted')
    }
    app.decorateRequest('principal', null)
    app.decorateRequest('tokenRefusal', null)

    async function refuse(request: FastifyRequest, reason: string, claimedSubject: string | null, detail: string): Promise<never> {
      request.tokenRefusal = { reason, claimedSubject }
      await failureGuard?.record(request)
      throw unauthenticated(detail)
    }

    app.addHook('onRequest', async (request, reply) => {
      const header = request.headers.authorization
      if (header === undefined) return
      const wait = await failureGuard?.blockedFor(request)
      if (wait) {
        reply.header('retry-after', String(wait))
        throw tooManyRequests(`Too many refused tokens from this client; try again in ${wait} s.`)
      }
      const token = BEARER.exec(header)?.[1]
      if (!token) return refuse(request, 'the Authorization header is not "Bearer <JWT>"', null, 'The Authorization header must be "Bearer <JWT>".')
      try {
        request.principal = await verifyToken(token)
      } catch (error) {
        if (error instanceof TokenRejected) return refuse(request, error.message, claimedSubjectOf(token), 'The bearer token is invalid or expired.')
        if (!(error instanceof IssuerUnavailable)) throw error
        request.log.warn({ issuer: auth.issuer, cause: error.message }, 'token issuer unreachable: bearer tokens cannot be verified')
        reply.header('retry-after', String(ISSUER_RETRY_AFTER_SECONDS))
        throw serviceUnavailable('ISSUER_UNAVAILABLE', 'Bearer tokens cannot be verified right now; try again shortly.')
      }
    })
    app.addHook('onSend', async (_request, reply) => {
      if (reply.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="circular-ict"')
    })
    // Any operation that takes a token can meet an issuer outage: its contract says so.
    app.addHook('onRoute', (route) => {
      if (route.schema?.security?.some((requirement) => 'bearerAuth' in requirement)) declareProblemResponse(route, 503)
    })
  },
  { name: 'authentication' },
)

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthenticated('This operation needs a bearer token.')
  return request.principal
}

/** Route guard: the caller must hold at least one of the roles. */
export function requireRole(...allowed: Role[]): onRequestAsyncHookHandler {
  return async function (request) {
    const principal = principalOf(request)
    if (!principal.roles.some((role) => allowed.includes(role))) {
      throw forbidden(`This operation needs one of the roles: ${allowed.join(', ')}.`)
    }
  }
}
