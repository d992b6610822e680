import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ProblemError } from './problem.ts'
import { kernelProblems } from './problems.ts'

const METHODS_WITH_BODIES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

const carriesBody = (request: FastifyRequest) =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) !== 0

/**
 * An operation whose contract declares no request body refuses one before it is read, rather
 * than parse (and maybe choke on) content it would ignore: a client sending one has misread the
 * contract, and is better told so than silently served.
 */
export const bodilessOperations = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRoute', (route) => {
      const takesNoBody = route.schema?.body === undefined && [route.method].flat().some((method) => METHODS_WITH_BODIES.has(method))
      if (!takesNoBody) return
      route.preParsing = [
        async (request, reply, payload) => {
          if (!carriesBody(request)) return payload
          // The unread body is left on the socket; the connection ends with this answer.
          reply.header('connection', 'close')
          throw new ProblemError(kernelProblems.BODY_NOT_ALLOWED, `${request.method} ${route.url} takes no request body; send none.`, [{ path: 'body', message: 'must be absent' }])
        },
        ...[route.preParsing ?? []].flat(),
      ]
    })
  },
  { name: 'bodiless-operations' },
)
