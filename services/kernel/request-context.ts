import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { badRequest } from './problem.ts'

declare module 'fastify' {
  interface FastifyRequest {
    /** `INSTANCE/CLASS/MEMBER/SUBSYSTEM` of the calling system when it came through the mediator. */
    mediatorClient: string | null
  }
}

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/
/** X-Road client identifiers: INSTANCE/CLASS/MEMBER/SUBSYSTEM (subsystem optional for members). */
const MEDIATOR_CLIENT = /^[^/\s]{1,64}\/[^/\s]{1,64}\/[^/\s]{1,128}(\/[^/\s]{1,128})?$/
export const mediatorClientHeaders = ['information-mediator-client', 'x-road-client', 'x-govstack-client'] as const
const xRoadTraceHeaders = ['x-road-id', 'x-road-request-id', 'x-road-request-hash'] as const

/** Used as Fastify's `genReqId`: the caller's correlation id when well-formed, else a new one. */
export function correlationIdOf(headers: Record<string, string | string[] | undefined>): string {
  const given = headers['x-correlation-id']
  return typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID()
}

function firstHeader(request: FastifyRequest, names: readonly string[]): [string, string] | null {
  for (const name of names) {
    const value = request.headers[name]
    if (typeof value === 'string' && value.length > 0) return [name, value]
  }
  return null
}

/**
 * Correlation id echoed on every response, and the GovStack mediator's caller identity in any of
 * its three spellings, both bound to the request's logger so every log line carries them.
 */
export const requestContext = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('mediatorClient', null)
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-correlation-id', request.id)
      const mediator = firstHeader(request, mediatorClientHeaders)
      if (mediator && !MEDIATOR_CLIENT.test(mediator[1])) {
        throw badRequest(
          'INVALID_MEDIATOR_CLIENT',
          `Header ${mediator[0]} must be INSTANCE/CLASS/MEMBER/SUBSYSTEM.`,
          [{ path: `headers/${mediator[0]}`, message: 'must be INSTANCE/CLASS/MEMBER/SUBSYSTEM' }],
        )
      }
      request.mediatorClient = mediator?.[1] ?? null
      const bindings: Record<string, string> = {}
      if (request.mediatorClient) bindings.mediatorClient = request.mediatorClient
      for (const name of xRoadTraceHeaders) {
        const value = request.headers[name]
        if (typeof value === 'string') bindings[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = value.slice(0, 256)
      }
      if (Object.keys(bindings).length > 0) request.log = request.log.child(bindings)
    })
  },
  { name: 'request-context' },
)
