import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Kysely } from 'kysely'
import { Type } from 'typebox'
import { isDatabaseReachable } from './repositories/database-probe.ts'

/** Kubelet and the GovStack harness probe these all the time: never throttled, never refused for load. */
const PROBE_PATHS = new Set(['/healthcheck', '/health/live', '/health/ready'])

export const isProbe = (url: string | undefined) => url !== undefined && PROBE_PATHS.has(url)

const Health = Type.Object(
  {
    status: Type.Unsafe<'ok' | 'unavailable'>({ type: 'string', enum: ['ok', 'unavailable'] }),
    service: Type.String(),
    version: Type.String(),
    checks: Type.Object({ database: Type.Unsafe<'ok' | 'unreachable' | 'notChecked'>({ type: 'string', enum: ['ok', 'unreachable', 'notChecked'] }) }),
  },
  { additionalProperties: false, examples: [{ status: 'ok', service: 'catalogue', version: '0.1.0', checks: { database: 'ok' } }] },
)

export interface HealthOptions {
  service: string
  version: string
  db: Kysely<unknown>
}

/**
 * /healthcheck is the GovStack test harness's probe, /health/live Kubernetes' liveness (process
 * up) and /health/ready its readiness (503 while the database is unreachable, so traffic moves).
 */
/** A probe's one log line, at debug: visible with LOG_LEVEL=debug, silent otherwise. */
async function logProbe(request: FastifyRequest, reply: FastifyReply) {
  request.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'probe answered')
}

export const health = fp<HealthOptions>(
  async (app: FastifyInstance, { service, version, db }) => {
    const up = { status: 'ok' as const, service, version, checks: { database: 'notChecked' as const } }
    const liveSchema = (operationId: string, summary: string, description: string) => ({
      operationId,
      summary,
      description,
      tags: ['health'],
      response: { 200: Health },
    })
    app.get('/healthcheck', { schema: liveSchema('getHealthcheck', 'Process is up (GovStack test harness probe)', 'Answers 200 while the process runs, without touching the database: the probe the GovStack test harness polls before it runs its suite. Public, never rate limited, logged at debug.'), onResponse: logProbe }, async () => up)
    app.get('/health/live', { schema: liveSchema('getLiveness', 'Liveness probe', 'Answers 200 while the process runs, without touching the database, so an orchestrator restarts only a process that no longer answers (a database outage is not a reason to restart). Public, never rate limited.'), onResponse: logProbe }, async () => up)
    app.get(
      '/health/ready',
      {
        onResponse: logProbe,
        schema: {
          operationId: 'getReadiness',
          summary: 'Readiness probe: the database answers',
          description: 'Answers 200 when the service can reach its database and 503 when it cannot (or while it shuts down), so a load balancer sends traffic only to instances that can serve it. Public, never rate limited.',
          tags: ['health'],
          response: { 200: Health, 503: Health },
        },
      },
      async (_request, reply) => {
        const reachable = await isDatabaseReachable(db)
        reply.code(reachable ? 200 : 503)
        return { status: reachable ? 'ok' : 'unavailable', service, version, checks: { database: reachable ? 'ok' : 'unreachable' } }
      },
    )
  },
  { name: 'health' },
)
