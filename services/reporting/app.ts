import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { buildServiceApp } from '../kernel/app.ts'
import type { ServiceStartContext } from '../kernel/run-service.ts'
import { publicBaseUrl } from '../kernel/public-url.ts'
import { productVersion } from '../kernel/version.ts'
import { createFeedClient, type FeedClient } from './ingestion/feed-client.ts'
import { createFeedSync, type FeedSync } from './ingestion/feed-sync.ts'
import { createServiceTokenProvider } from './ingestion/service-token.ts'
import { readModelGauges } from './operations/read-model-gauges.ts'
import { dashboardRoutes } from './routes/dashboard.ts'
import { reportingRoutes } from './routes/index.ts'
import type { ReportingRouteContext } from './routes/context.ts'
import { reportingSchemas } from './schemas/index.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The feed synchronisation; the server starts its polling, tests call `runOnce()`. */
    feedSync: FeedSync
  }
}

export interface ReportingAppOptions {
  /** Replaces the HTTP feed client; tests point one at fake or in-process sources. */
  feedClient?: FeedClient
  now?: () => Date
}

/**
 * Reporting: a read model built only from the assessment event feed and the catalogue change
 * feed, and on it KPIs, targets, the maturity self-assessment, exports and a dashboard page.
 */
export async function buildReportingApp(context: ServiceStartContext, options: ReportingAppOptions = {}): Promise<FastifyInstance> {
  const { config, db, logger } = context
  const client =
    options.feedClient ??
    createFeedClient({ assessmentUrl: config.assessmentUrl, catalogueUrl: config.catalogueUrl, tokens: createServiceTokenProvider(config) })
  const sync = createFeedSync({ db, client, logger: logger.child({ component: 'feed-sync' }), intervalMs: config.feedPollIntervalMs })
  const routeContext: ReportingRouteContext = { db, sync, now: options.now ?? (() => new Date()), publicBaseUrl: publicBaseUrl(config), ocds: config.ocds }
  if (!config.publicBaseUrl) logger.warn({ uri: routeContext.publicBaseUrl }, 'PUBLIC_BASE_URL is not set: OCDS exports link to a placeholder address')

  const app = await buildServiceApp({
    ...context,
    version: productVersion,
    openapi: {
      title: 'Circular ICT procurement: reporting',
      description:
        'KPIs on circular procurement (K01–K21) from a read model built from the assessment event feed and the catalogue change feed, targets and progress, the maturity self-assessment, OCDS and CSV exports, and a dashboard page.',
      tags: [
        { name: 'kpis', description: 'KPI catalogue, values, series and CSV' },
        { name: 'targets', description: 'KPI targets and progress' },
        { name: 'maturity', description: 'Maturity self-assessment' },
        { name: 'buyers', description: 'Buyer settings: public or private figures' },
        { name: 'exports', description: 'OCDS release packages' },
        { name: 'read model', description: 'Freshness and rebuild of the read model' },
        { name: 'dashboard', description: 'HTML dashboard for people' },
        { name: 'audit', description: 'Audit trail' },
        { name: 'health', description: 'Probes' },
      ],
    },
    schemas: reportingSchemas,
    auditReaders: ['auditor'],
    servesFactorLibrary: true,
    gauges: readModelGauges(db),
    routes: reportingRoutes(routeContext),
  })
  app.decorate('feedSync', sync)
  await app.withTypeProvider<TypeBoxTypeProvider>().register(dashboardRoutes(routeContext))
  app.addHook('onClose', () => sync.stop())
  return app
}
