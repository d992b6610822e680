import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { forbidden, unauthenticated } from '../problem.ts'
import type { Principal, Role } from './roles.ts'
import type { TokenVerifier } from './token-verifier.ts'

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null
  }
}

export interface AuthPluginOptions {
  verifyToken: TokenVerifier
}

/**
 * Authenticates every request that carries a bearer token. A request without one is anonymous,
 * which only public routes accept; a request with a bad one is refused outright, so a client never
 * silently falls back to anonymous access.
 */
export const authentication = fp<AuthPluginOptions>(
  async (app: FastifyInstance, { verifyToken }) => {
    app.decorateRequest('principal', null)
    app.addHook('onRequest', async (request) => {
      const header = request.headers.authorization
      if (header === undefined) return
      const match = /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]*)$/.exec(header)
      if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <JWT>".')
      try {
        request.principal = await verifyToken(match[1])
      } catch {
        throw unauthenticated('The bearer token is invalid or expired.')
      }
    })
    app.addHook('onSend', async (request, reply) => {
      if (reply.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="circular-ict"')
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
