import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ProblemError } from './problem.ts'
import { kernelProblems } from './problems.ts'

/**
 * Once the server starts closing (SIGTERM, SIGINT), the requests already running finish, and a
 * request still arriving on an open connection is refused with a 503 problem and Retry-After, so
 * its client retries against another instance or the restarted one.
 */
export const refuseWhileClosing = fp(
  async (app: FastifyInstance) => {
    let closing = false
    app.addHook('preClose', async () => {
      closing = true
    })
    app.addHook('onRequest', async (_request, reply) => {
      if (!closing) return
      reply.header('connection', 'close')
      throw new ProblemError(kernelProblems.SHUTTING_DOWN, 'This instance is shutting down. Retry after the delay given in Retry-After.')
    })
  },
  { name: 'refuse-while-closing' },
)
