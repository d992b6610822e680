import { timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fastifyMetrics from 'fastify-metrics'
import fp from 'fastify-plugin'
import type pg from 'pg'
import client from 'prom-client'
import { ProblemError } from './problem.ts'
import { kernelProblems } from './problems.ts'
import type { GaugeReading, ServiceGauge } from './service-gauge.ts'

export interface MetricsOptions {
  service: string
  pool: pg.Pool | null
  gauges: ServiceGauge[]
  /** When set, /metrics needs `Authorization: Bearer <token>`; otherwise it is open. */
  token: string | null
}

export const METRICS_PATH = '/metrics'

function bearerMatches(request: FastifyRequest, token: string): boolean {
  const given = Buffer.from(request.headers.authorization ?? '')
  const expected = Buffer.from(`Bearer ${token}`)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function poolGauges(pool: pg.Pool): ServiceGauge[] {
  return [
    {
      name: 'db_pool_connections',
      help: 'Database connections of this process by state: open (total), idle, and requests waiting for one.',
      labelNames: ['state'],
      read: async () => [
        { labels: { state: 'total' }, value: pool.totalCount },
        { labels: { state: 'idle' }, value: pool.idleCount },
        { labels: { state: 'waiting' }, value: pool.waitingCount },
      ],
    },
    { name: 'db_pool_max_connections', help: 'DATABASE_POOL_SIZE: the most connections this process opens.', read: async () => [{ value: pool.options.max ?? 10 }] },
  ]
}

/**
 * Prometheus metrics at /metrics, in a registry of the app's own (so several apps in one process,
 * as in the tests, never collide): the process's CPU, memory and event-loop figures, HTTP rate and
 * latency by route template and status (fastify-metrics), the database pool, and the service's
 * gauges. Left out of the contract: it is for the operator, not an integrator.
 */
export const metrics = fp<MetricsOptions>(
  async (app: FastifyInstance, options) => {
    const registry = new client.Registry()
    registry.setDefaultLabels({ service: options.service })
    client.collectDefaultMetrics({ register: registry })
    // A CommonJS module: its plugin is the `default` of what Node hands an ES module.
    await app.register(fastifyMetrics.default, {
      endpoint: null,
      defaultMetrics: { enabled: false },
      routeMetrics: {
        enabled: { histogram: true, summary: false },
        routeBlacklist: [METRICS_PATH],
        // Both are made even when one is off: each into this registry, never the global one.
        overrides: { histogram: { registers: [registry], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] }, summary: { registers: [registry] } },
      },
    })
    for (const gauge of [...(options.pool ? poolGauges(options.pool) : []), ...options.gauges]) {
      new client.Gauge({
        name: gauge.name,
        help: gauge.help,
        labelNames: gauge.labelNames ?? [],
        registers: [registry],
        async collect() {
          this.reset()
          for (const reading of await gauge.read()) this.set(reading.labels ?? {}, reading.value)
        },
      })
    }
    // In a scope of its own, so the token check guards this route only.
    await app.register(async (scope) => {
      if (options.token) {
        const token = options.token
        scope.addHook('onRequest', async (request) => {
          if (!bearerMatches(request, token)) throw new ProblemError(kernelProblems.UNAUTHENTICATED, 'GET /metrics needs the METRICS_TOKEN as a bearer token.')
        })
      }
      scope.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()))
    })
  },
  { name: 'metrics' },
)
