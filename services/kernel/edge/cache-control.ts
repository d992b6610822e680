import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

const READS = new Set(['GET', 'HEAD'])

/**
 * Cache-Control on every answer that does not set its own. What a caller saw with a token is
 * private and never stored; an anonymous read is public data that shared caches may keep but must
 * revalidate (with the ETag where the resource has one), so a change is never served stale;
 * errors and writes are not stored.
 */
export const cacheControl = fp(
  async (app: FastifyInstance) => {
    app.addHook('onSend', async (request, reply) => {
      if (reply.hasHeader('cache-control')) return
      const succeeded = (reply.statusCode >= 200 && reply.statusCode < 300) || reply.statusCode === 304
      if (request.headers.authorization !== undefined) reply.header('cache-control', 'private, no-store')
      else if (succeeded && READS.has(request.method)) reply.header('cache-control', 'public, no-cache')
      else reply.header('cache-control', 'no-store')
    })
  },
  { name: 'cache-control' },
)
