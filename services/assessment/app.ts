import type { FastifyInstance } from 'fastify'
import { buildServiceApp } from '../kernel/app.ts'
import type { ServiceStartContext } from '../kernel/run-service.ts'
import { productVersion } from '../kernel/version.ts'
import { createCatalogueClient, type CatalogueClient } from './catalogue-client/catalogue-client.ts'
import { resolveWithSystem, type ResolveHost } from './events/webhook-addresses.ts'
import { webhookGauges } from './operations/webhook-gauges.ts'
import { assessmentRoutes } from './routes/index.ts'
import { assessmentSchemas } from './schemas/index.ts'

export interface AssessmentAppOptions {
  /** Replaces the HTTP catalogue client; tests pass one pointing at a real catalogue instance. */
  catalogue?: CatalogueClient
  /** Replaces the system resolver for webhook hosts; tests give made-up names their addresses. */
  resolveHost?: ResolveHost
}

/** Supplier assessment: bids against a pinned criteria-set version, scored, ranked and explained. */
export function buildAssessmentApp(context: ServiceStartContext, options: AssessmentAppOptions = {}): Promise<FastifyInstance> {
  return buildServiceApp({
    ...context,
    version: productVersion,
    openapi: {
      title: 'Circular ICT procurement: supplier assessment',
      description:
        'Assesses suppliers’ bids against a pinned criteria-set version from the criteria catalogue: exclusion and selection gates, technical specifications, award scoring, life-cycle cost and CO2e, evidence verification, ranking with an explained breakdown, award, and contract performance clauses. Events are published as a CloudEvents feed and to webhooks.',
      tags: [
        { name: 'suppliers', description: 'Economic operators and their exclusions' },
        { name: 'procurements', description: 'Tenders with a pinned criteria-set snapshot' },
        { name: 'bids', description: 'Bids, responses and evidence' },
        { name: 'evaluation', description: 'Evaluation, ranking and award' },
        { name: 'contracts', description: 'Contracts and performance clauses' },
        { name: 'events', description: 'Event feed and webhooks' },
        { name: 'audit', description: 'Audit trail' },
        { name: 'health', description: 'Probes' },
      ],
    },
    schemas: assessmentSchemas,
    auditReaders: ['auditor'],
    servesFactorLibrary: true,
    gauges: webhookGauges(context.db),
    routes: assessmentRoutes({
      db: context.db,
      catalogue: options.catalogue ?? createCatalogueClient(context.config.catalogueUrl),
      webhookAllowedHosts: context.config.webhookAllowedHosts,
      resolveHost: options.resolveHost ?? resolveWithSystem,
    }),
  })
}
