import type { FastifyInstance } from 'fastify'
import { buildServiceApp } from '../kernel/app.ts'
import type { ServiceStartContext } from '../kernel/run-service.ts'
import { productVersion } from '../kernel/version.ts'

/**
 * Reporting. Until its own issue lands it serves the kernel's endpoints only:
 * health, the OpenAPI contract and the audit trail.
 */
export function buildReportingApp(context: ServiceStartContext): Promise<FastifyInstance> {
  return buildServiceApp({
    ...context,
    version: productVersion,
    openapi: {
      title: 'Circular ICT procurement: reporting',
      description: 'KPIs on circular procurement, targets and progress, the maturity self-assessment, OCDS and CSV exports, and a dashboard.',
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
