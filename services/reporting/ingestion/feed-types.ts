/**
 * The parts of the other services' published contracts that reporting relies on
 * (openapi/assessment.json CloudEvent, openapi/catalogue.json Change and CriterionVersion).
 * Declared here, not imported: services share contracts, never code.
 */

export interface FeedPage<Item> {
  items: Item[]
  nextCursor: string | null
}

export interface AssessmentCloudEvent {
  id: string
  type: string
  subject: string
  time: string
  sequence: string
  data: Record<string, unknown>
}

export interface CatalogueChange {
  sequence: number
  occurredAt: string
  entityType: 'criterion' | 'criteriaSet'
  entityId: string
  version: number
  action: 'published' | 'deprecated'
  href: string
}

export interface CatalogueCriterionVersion {
  id: string
  version: number
  source: { code: string }
  content: { type: string; ocds: { goals: string[]; strategies: string[] } }
}

export type FeedSource = 'assessment-events' | 'catalogue-changes'

/** Event types as the assessment service names them, after its CloudEvents type prefix. */
export const ASSESSMENT_TYPE_PREFIX = 'org.govstack.circular-ict.'

/**
 * Evidence types (assessment's evidence `type` codes) that reporting keeps the verdicts of: a
 * Type I ecolabel of a bid's products (K18) and a management system of the supplier (K19).
 */
export const CERTIFICATE_TYPES = ['type1EcolabelCertificate', 'managementSystemCertificate'] as const
export type CertificateType = (typeof CERTIFICATE_TYPES)[number]
