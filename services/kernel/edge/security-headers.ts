import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/**
 * Helmet's headers on every response: nosniff, no framing, no referrer, HSTS, same-origin
 * resource policy, and a Content-Security-Policy that lets a JSON answer or the tender-text HTML
 * load nothing at all. Pages that need more set their own policy: the reporting dashboard (its
 * inline stylesheet by hash) and Swagger UI at /docs (its own scripts and styles).
 *
 * Left out: Cross-Origin-Opener-Policy and Origin-Agent-Cluster, which browsers ignore with a
 * console warning on a plain-HTTP host (a port-forward, a cluster-internal name) and which guard
 * browsing contexts an API does not open.
 */
export const securityHeaders = fp(
  async (app: FastifyInstance) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] },
      },
      frameguard: { action: 'deny' },
      crossOriginOpenerPolicy: false,
      originAgentCluster: false,
    })
  },
  { name: 'security-headers' },
)
