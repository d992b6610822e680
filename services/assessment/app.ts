import type { FastifyInstance } from 'fastify'
import { buildServiceApp } from '../kernel/app.ts'
import type { ServiceStartContext } from '../kernel/run-service.ts'
import { productVersion } from '../kernel/version.ts'

/**
 * Supplier assessment. Until its own issue lands it serves the kernel's endpoints only:
 * health, the OpenAPI contract and the audit trail.
 */
export function buildAssessmentApp(context: ServiceStartContext): Promise<FastifyInstance> {
  return buildServiceApp({
    ...context,
    version: productVersion,
    openapi: {
      title: 'Circular ICT procurement: supplier assessment',
      description: 'Assesses suppliers’ bids against a pinned criteria-set version: gates, award scoring, life-cycle cost and CO2e, evidence verification, ranking, award and contract performance.',
      tags: [
        { name: 'audit', description: 'Audit trail' },
        { name: 'health', description: 'Probes' },
      ],
    },
    schemas: [],
    auditReaders: ['auditor'],
    routes: async () => undefined,
  })
}
