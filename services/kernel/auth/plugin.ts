import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { decodeJwt } from 'jose'
import { actorFor, hasRole, userOf, type Actor } from '../actor.ts'
import type { AuthConfig } from '../config.ts'
import { METRICS_PATH } from '../metrics.ts'
import { ProblemError } from '../problem.ts'
import { kernelProblems } from '../problems.ts'
import { ROLE_GUARD } from '../responses.ts'
import type { Principal, Role } from './roles.ts'
import { IssuerUnavailable, TokenRejected } from './token-errors.ts'
import type { TokenVerifier } from './token-verifier.ts'

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is acting: set for every request once its token (if any) is verified. */
    actor: Actor
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
    app.decorateRequest('actor', null as unknown as Actor)
    app.decorateRequest('principal', null)
    app.decorateRequest('tokenRefusal', null)

    async function refuse(request: FastifyRequest, reason: string, claimedSubject: string | null, detail: string): Promise<never> {
      request.tokenRefusal = { reason, claimedSubject }
      await failureGuard?.record(request)
      throw new ProblemError(kernelProblems.UNAUTHENTICATED, detail)
    }

    const actorOf = (request: FastifyRequest) =>
      actorFor(request.principal, { correlationId: request.id, mediatorClient: request.mediatorClient, mediatorClientVerified: request.mediatorClientVerified })

    app.addHook('onRequest', async (request, reply) => {
      request.actor = actorOf(request)
      const header = request.headers.authorization
      // /metrics checks its own bearer, METRICS_TOKEN, which is no JWT.
      if (header === undefined || request.routeOptions.url === METRICS_PATH) return
      const wait = await failureGuard?.blockedFor(request)
      if (wait) {
        reply.header('retry-after', String(wait))
        throw new ProblemError(kernelProblems.RATE_LIMITED, `Too many refused tokens from this client; try again in ${wait} s.`)
      }
      const token = BEARER.exec(header)?.[1]
      if (!token) return refuse(request, 'the Authorization header is not "Bearer <JWT>"', null, 'The Authorization header must be "Bearer <JWT>".')
      try {
        request.principal = await verifyToken(token)
        request.actor = actorOf(request)
      } catch (error) {
        if (error instanceof TokenRejected) return refuse(request, error.message, claimedSubjectOf(token), 'The bearer token is invalid or expired.')
        if (!(error instanceof IssuerUnavailable)) throw error
        request.log.warn({ issuer: auth.issuer, cause: error.message }, 'token issuer unreachable: bearer tokens cannot be verified')
        reply.header('retry-after', String(ISSUER_RETRY_AFTER_SECONDS))
        throw new ProblemError(kernelProblems.ISSUER_UNAVAILABLE, 'Bearer tokens cannot be verified right now; try again shortly.')
      }
    })
    app.addHook('onSend', async (_request, reply) => {
      if (reply.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="circular-ict"')
    })
  },
  { name: 'authentication' },
)

/** Route guard: the caller must hold at least one of the roles. Marked, so the contract declares FORBIDDEN. */
export function requireRole(...allowed: Role[]): onRequestAsyncHookHandler {
  const guard = async function (request: FastifyRequest) {
    if (!hasRole(userOf(request.actor), ...allowed)) {
      throw new ProblemError(kernelProblems.FORBIDDEN, `This operation needs one of the roles: ${allowed.join(', ')}.`)
    }
  }
  return Object.assign(guard, { [ROLE_GUARD]: true as const })
}
