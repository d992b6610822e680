import type { FastifyInstance } from 'fastify'
import { buildServiceApp } from '../kernel/app.ts'
import type { ServiceStartContext } from '../kernel/run-service.ts'
import { LocalizedText } from '../kernel/schemas.ts'
import { productVersion } from '../kernel/version.ts'
import { exampleCriteriaSetVersion, exampleCriterionVersion, exampleProductCategory } from './routes/examples.ts'
import { catalogueRoutes } from './routes/index.ts'
import { CriteriaSetContent, CriteriaSetItem, CriteriaSetVersion } from './schemas/criteria-set.ts'
import { CriterionContent, CriterionSource, CriterionVersion, Reference, Requirement, ScoringRule, ThresholdPreset } from './schemas/criterion.ts'
import { EvidenceType, ProductCategory } from './schemas/reference-data.ts'

/** The criteria catalogue: the versioned, searchable library of circularity criteria. */
export function buildCatalogueApp(context: ServiceStartContext): Promise<FastifyInstance> {
  return buildServiceApp({
    ...context,
    version: productVersion,
    openapi: {
      title: 'Circular ICT procurement: criteria catalogue',
      description:
        'Versioned library of circularity and sustainability criteria for public procurement of ICT, after ITU-T L.1061 and the ITU guide "Circular and Sustainable Public Procurement for ICTs", seeded with the EU GPP criteria. Reads are public; writes need the catalogue-admin role.',
      tags: [
        { name: 'criteria', description: 'Criteria and their versions' },
        { name: 'criteria sets', description: 'Tailored sets per product category and ambition level, and tender text' },
        { name: 'reference data', description: 'Product categories, evidence types and code lists' },
        { name: 'changes', description: 'Feed of published and deprecated versions' },
        { name: 'audit', description: 'Audit trail' },
        { name: 'health', description: 'Probes' },
      ],
    },
    schemas: [
      LocalizedText,
      ThresholdPreset,
      Requirement,
      ScoringRule,
      Reference,
      CriterionContent,
      CriterionSource,
      // Examples join the components here: a schema module cannot import its own examples without an import circle.
      { ...CriterionVersion, examples: [exampleCriterionVersion] },
      CriteriaSetItem,
      CriteriaSetContent,
      { ...CriteriaSetVersion, examples: [exampleCriteriaSetVersion] },
      { ...ProductCategory, examples: [exampleProductCategory] },
      EvidenceType,
    ],
    auditReaders: ['auditor', 'catalogue-admin'],
    routes: catalogueRoutes({ db: context.db }),
  })
}
