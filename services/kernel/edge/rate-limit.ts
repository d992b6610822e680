import rateLimit, { normalizeIP } from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { AuthFailureGuard } from '../auth/plugin.ts'
import { ProblemError } from '../problem.ts'
import { kernelProblems } from '../problems.ts'
import { isProbe } from '../health.ts'

/** Distinct callers remembered per process; the least recently seen is forgotten first. */
const REMEMBERED_CALLERS = 10_000

export interface RateLimitOptions {
  /** Requests per caller per window; 0: no limit. */
  max: number
  windowMs: number
}

/**
 * Who a request is for throttling: the mediator's verified caller (behind X-Road every consumer
 * shares the security server's address), else the client address (IPv6 by /64).
 */
function clientKey(request: FastifyRequest): string {
  return request.mediatorClientVerified && request.mediatorClient
    ? JSON.stringify(['mediator', request.mediatorClient])
    : JSON.stringify(['address', normalizeIP(request.ip)])
}

/** A verified principal is one caller wherever it connects from: its subject within its organisation or supplier. */
function callerKey(request: FastifyRequest): string {
  const principal = request.principal
  return principal ? JSON.stringify(['principal', principal.subject, principal.organisationId, principal.supplierId]) : clientKey(request)
}

/**
 * Throttles each caller with @fastify/rate-limit (in memory, so per process: with N replicas a
 * caller gets up to N times the limit). Runs after authentication, so a token's holder is one
 * caller. Over the limit: 429 problem+json with Retry-After, declared in every contract.
 */
export const rateLimiting = fp<RateLimitOptions>(
  async (app: FastifyInstance, { max, windowMs }) => {
    await app.register(rateLimit, {
      global: max > 0,
      max,
      timeWindow: windowMs,
      cache: REMEMBERED_CALLERS,
      enableDraftSpec: true,
      keyGenerator: callerKey,
      allowList: (request) => isProbe(request.routeOptions.url),
      errorResponseBuilder: (_request, context) =>
        new ProblemError(kernelProblems.RATE_LIMITED, `More than ${context.max} requests in ${Math.round(windowMs / 1000)} s from this caller; retry in ${Math.ceil(context.ttl / 1000)} s.`),
    })
  },
  { name: 'rate-limiting', dependencies: ['request-context'] },
)

/**
 * A tighter limit on refused tokens per client: once reached, further tokens from that client are
 * answered 429 without being examined, until the window ends. Needs rateLimiting registered.
 */
export function authFailureGuard(app: FastifyInstance, max: number, windowMs: number): AuthFailureGuard | null {
  if (max === 0) return null
  const failures = app.createRateLimit({ max, timeWindow: windowMs, keyGenerator: clientKey })
  return {
    async blockedFor(request) {
      const state = await failures(request, { increment: false })
      return !state.isAllowed && state.remaining === 0 ? Math.max(1, state.ttlInSeconds) : null
    },
    async record(request) {
      await failures(request)
    },
  }
}
