import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/**
 * Helmet's headers on every response: nosniff, no framing, no referrer, HSTS, same-origin
 * isolation, and a Content-Security-Policy that lets a JSON answer or the tender-text HTML load
 * nothing at all. Pages that need more set their own policy: the reporting dashboard (its inline
 * stylesheet by hash) and Swagger UI at /docs (its own scripts and styles).
 */
export const securityHeaders = fp(
  async (app: FastifyInstance) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] },
      },
      frameguard: { action: 'deny' },
    })
  },
  { name: 'security-headers' },
)
