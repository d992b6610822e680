import cors from '@fastify/cors'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

export interface CrossOriginOptions {
  /** Exact origins (`https://portal.example.gov`); none: browsers on other origins are not let in. */
  origins: string[]
}

/**
 * CORS for the browser origins an operator names, and only for them. Tokens travel in the
 * Authorization header, never in cookies, so credentials mode stays off. Registered before
 * authentication, so a preflight (which carries no token) is answered and a refused call still
 * carries the headers its page needs to read the problem.
 */
export const crossOrigin = fp<CrossOriginOptions>(
  async (app: FastifyInstance, { origins }) => {
    if (origins.length === 0) return
    await app.register(cors, {
      origin: origins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'accept-language', 'if-match', 'if-none-match', 'idempotency-key', 'x-correlation-id'],
      exposedHeaders: ['etag', 'location', 'content-language', 'retry-after', 'x-correlation-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'],
      maxAge: 600,
      strictPreflight: false,
    })
  },
  { name: 'cross-origin' },
)
