import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import type { TSchema } from 'typebox'
import { auditRoutes } from './audit-routes.ts'
import { factorSetRoutes } from './factor-set-routes.ts'
import { authentication } from './auth/plugin.ts'
import type { Role } from './auth/roles.ts'
import type { TokenVerifier } from './auth/token-verifier.ts'
import { bodilessOperations } from './bodiless-operations.ts'
import type { ServiceConfig } from './config.ts'
import { cacheControl } from './edge/cache-control.ts'
import { useCursorSecret } from './cursor-key.ts'
import { crossOrigin } from './edge/cross-origin.ts'
import { authFailureGuard, rateLimiting } from './edge/rate-limit.ts'
import { securityHeaders } from './edge/security-headers.ts'
import { poolOf } from './database.ts'
import { errorHandler } from './error-handler.ts'
import { clientErrorHandler, frameworkErrors } from './framework-errors.ts'
import { health, isProbe } from './health.ts'
import { idempotency } from './idempotency.ts'
import { landingPage } from './landing.ts'
import { metrics } from './metrics.ts'
import type { ServiceGauge } from './service-gauge.ts'
import { openApi } from './openapi.ts'
import { refuseWhileClosing } from './refuse-while-closing.ts'
import { kernelProblemResponses } from './responses.ts'
import { correlationIdOf, requestContext } from './request-context.ts'
import { sharedSchemas } from './schemas.ts'
import type { Tracing } from './tracing.ts'
import { trustedMediatorCheck } from './trusted-mediator.ts'
import { utf8Json } from './utf8-json.ts'
import type { ServiceRoutes } from './service-app.ts'
import { schemaController } from './validation.ts'

export const API_PREFIX = '/api/v1'

export interface ServiceAppOptions {
  config: ServiceConfig
  logger: Logger
  db: Kysely<any>
  verifyToken: TokenVerifier
  version: string
  openapi: { title: string; description: string; tags: { name: string; description: string }[] }
  schemas: TSchema[]
  auditReaders: Role[]
  /** Serve the shared CO2e factor library at /api/v1/factor-sets (services whose figures use it). */
  servesFactorLibrary?: boolean
  routes: ServiceRoutes
  tracing?: Tracing | null
  /** The service's own figures at /metrics (feed lag, webhook backlog, ...). */
  gauges?: ServiceGauge[]
}

/**
 * Builds one service: the kernel's cross-cutting plugins in a fixed order, then the service's
 * own routes under /api/v1. It never listens; the server entry and the tests decide that.
 */
export async function buildServiceApp(options: ServiceAppOptions): Promise<FastifyInstance> {
  const { edge } = options.config
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    genReqId: (req) => correlationIdOf(req.headers),
    // Probes come every few seconds: their lines are at debug (health.ts), not two at info each.
    logController: new LogController({ requestIdLogLabel: 'correlationId', disableRequestLogging: (request: { url: string }) => isProbe(request.url.split('?')[0]) }),
    bodyLimit: options.config.bodyLimitBytes,
    schemaController,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Slow clients must not hold sockets: unfinished headers, a slow body and idle keep-alive
    // connections each have a limit, checked every second rather than Node's default 30 s.
    connectionTimeout: 60_000,
    requestTimeout: edge.requestTimeoutMs,
    keepAliveTimeout: edge.keepAliveTimeoutMs,
    http: { headersTimeout: edge.headersTimeoutMs, connectionsCheckingInterval: 1000 },
    trustProxy: edge.trustedProxies.length > 0 ? edge.trustedProxies : false,
    // refuseWhileClosing answers those requests with a problem and Retry-After instead.
    return503OnClosing: false,
    frameworkErrors,
    clientErrorHandler,
  })
  if (options.config.cursorSecret) useCursorSecret(options.config.cursorSecret)
  for (const schema of [...sharedSchemas, ...options.schemas]) app.addSchema(schema)
  // JSON only: a text/plain body is refused with 415 instead of reaching validation as a string.
  app.removeContentTypeParser('text/plain')

  if (options.tracing) await app.register(options.tracing.plugin)
  await app.register(errorHandler)
  await app.register(metrics, { service: options.config.service, pool: poolOf(options.db), gauges: options.gauges ?? [], token: options.config.metricsToken })
  await app.register(kernelProblemResponses)
  await app.register(securityHeaders)
  await app.register(crossOrigin, { origins: edge.corsOrigins })
  await app.register(cacheControl)
  await app.register(utf8Json)
  await app.register(bodilessOperations)
  await app.register(requestContext, { isTrustedMediator: trustedMediatorCheck(options.config.trustedMediator, edge.trustedProxies) })
  await app.register(refuseWhileClosing)
  await app.register(rateLimiting, { max: edge.rateLimitMax, windowMs: edge.rateLimitWindowMs })
  await app.register(authentication, {
    verifyToken: options.verifyToken,
    auth: options.config.auth,
    failureGuard: authFailureGuard(app, edge.authFailuresMax, edge.rateLimitWindowMs),
  })
  const tags = options.servesFactorLibrary ? [...options.openapi.tags, { name: 'factor-sets', description: 'The shared CO2e factor library' }] : options.openapi.tags
  await app.register(openApi, { ...options.openapi, tags, version: options.version, publicBaseUrl: options.config.publicBaseUrl })
  await app.register(health, { service: options.config.service, version: options.version, db: options.db })
  await app.register(landingPage, {
    service: options.config.service,
    title: options.openapi.title,
    description: options.openapi.description,
    version: options.version,
    serviceUrls: { catalogue: options.config.catalogueUrl, assessment: options.config.assessmentUrl, reporting: options.config.reportingUrl },
  })
  await app.register(
    async (api) => {
      await api.register(idempotency, { db: options.db })
      const typed = api.withTypeProvider<TypeBoxTypeProvider>()
      await typed.register(options.routes)
      await typed.register(auditRoutes(options.db, options.auditReaders))
      if (options.servesFactorLibrary) await typed.register(factorSetRoutes)
    },
    { prefix: API_PREFIX },
  )
  return app
}
