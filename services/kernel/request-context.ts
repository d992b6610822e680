import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ProblemError } from './problem.ts'
import { kernelProblems } from './problems.ts'

declare module 'fastify' {
  interface FastifyRequest {
    /** `INSTANCE/CLASS/MEMBER/SUBSYSTEM` of the calling system as its caller headers name it. */
    mediatorClient: string | null
    /** True only when a trusted mediator vouches for that name; otherwise it is merely claimed. */
    mediatorClientVerified: boolean
  }
}

export interface RequestContextOptions {
  isTrustedMediator: (request: FastifyRequest) => boolean
}

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/
/** X-Road client identifiers: INSTANCE/CLASS/MEMBER/SUBSYSTEM (subsystem optional for members). */
const MEDIATOR_CLIENT = /^[^/\s]{1,64}\/[^/\s]{1,64}\/[^/\s]{1,128}(\/[^/\s]{1,128})?$/
export const mediatorClientHeaders = ['information-mediator-client', 'x-road-client', 'x-govstack-client'] as const
const xRoadTraceHeaders = ['x-road-id', 'x-road-request-id', 'x-road-request-hash'] as const

/**
 * Used as Fastify's `genReqId`: the caller's correlation id when well-formed, else X-Road's own
 * message id (so a call through the mediator can be traced end to end), else a new one.
 */
export function correlationIdOf(headers: Record<string, string | string[] | undefined>): string {
  for (const name of ['x-correlation-id', 'x-road-id']) {
    const given = headers[name]
    if (typeof given === 'string' && CORRELATION_ID.test(given)) return given
  }
  return randomUUID()
}

/** Every mediator-caller header present must be well-formed; the first one names the caller. */
function mediatorClientOf(request: FastifyRequest): string | null {
  let caller: string | null = null
  for (const name of mediatorClientHeaders) {
    const value = request.headers[name]
    if (typeof value !== 'string' || value.length === 0) continue
    if (!MEDIATOR_CLIENT.test(value)) {
      throw new ProblemError(kernelProblems.INVALID_MEDIATOR_CLIENT, `Header ${name} must be INSTANCE/CLASS/MEMBER/SUBSYSTEM.`, [
        { path: `headers/${name}`, message: 'must be INSTANCE/CLASS/MEMBER/SUBSYSTEM' },
      ])
    }
    caller ??= value
  }
  return caller
}

/**
 * Correlation id echoed on every response, and the GovStack mediator's caller identity in any of
 * its three spellings, verified or merely claimed, bound to the request's logger so every log line
 * carries them.
 */
export const requestContext = fp<RequestContextOptions>(
  async (app: FastifyInstance, { isTrustedMediator }) => {
    app.decorateRequest('mediatorClient', null)
    app.decorateRequest('mediatorClientVerified', false)
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-correlation-id', request.id)
      request.mediatorClient = mediatorClientOf(request)
      request.mediatorClientVerified = request.mediatorClient !== null && isTrustedMediator(request)
      const bindings: Record<string, string | boolean> = {}
      if (request.mediatorClient) {
        bindings.mediatorClient = request.mediatorClient
        bindings.mediatorClientVerified = request.mediatorClientVerified
      }
      for (const name of xRoadTraceHeaders) {
        const value = request.headers[name]
        if (typeof value === 'string') bindings[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = value.slice(0, 256)
      }
      if (Object.keys(bindings).length > 0) {
        request.log = request.log.child(bindings)
        // Fastify logs "request completed" through reply.log: without this, a successful call would
        // leave no line naming its caller or X-Road message id.
        reply.log = request.log
      }
    })
  },
  { name: 'request-context' },
)
