// What the OCDS export is built from: the reporting read model, as the reporting service loads it.
// Plain data; the builder is pure.

export interface OcdsCriterion {
  /** Catalogue key, e.g. EU-GPP-2021-CMTS.TS2. */
  id: string
  type: 'selectionCriterion' | 'technicalSpecification' | 'awardCriterion' | 'contractPerformanceClause'
  /** OCDS sustainabilityGoal codes. */
  goals: string[]
  /** OCDS sustainabilityStrategy codes. */
  strategies: string[]
  /** Award criteria: the points the tender gives it (OCDS pointsExact); null otherwise. */
  maxPoints: number | null
  /** null: the tender was created before its events carried titles and requirements. */
  title: string | null
  description: string | null
  requirements: OcdsRequirement[]
}

/** A requirement as the tender applies it: the buyer's thresholds filled in. */
export interface OcdsRequirement {
  id: string
  title: string | null
  dataType: 'boolean' | 'number' | 'integer' | 'string' | 'enum' | 'date'
  unit: string | null
  minValue: number | null
  maxValue: number | null
  allowedValues: string[] | null
  expectedValue: boolean | null
  /** A buyer-set value that is neither bound (what the bidder must confirm). */
  buyerValue?: number | string | null
}

/**
 * A submitted bid as the evaluation left it. status is the assessment's: submitted (not yet
 * evaluated), ranked, pending_verification, excluded, not_selected, non_compliant,
 * below_quality_threshold; reasons say why a bid fell at a gate.
 */
export interface OcdsBid {
  id: string
  lotId: string
  supplierId: string
  supplierName: string | null
  status: string
  reasons: string[]
  /** Place in the lot's latest ranking (1 = first); null when not ranked. */
  rank: number | null
  /** The certificates (ecolabels, management systems) an evaluator verified for this bid. */
  documents: OcdsEvidence[]
}

export interface OcdsEvidence {
  id: string
  /** The assessment's evidence type code: type1EcolabelCertificate, managementSystemCertificate. */
  type: string
  /** The scheme or standard code (TCO_CERTIFIED, ISO_14001, ...); null when the evidence names none. */
  scheme: string | null
  issuer: string
  coverage: string | null
  coveredModels: string[]
  validUntil: string | null
  verifiedAt: string
}

export interface OcdsUnit {
  model: string
  gtin: string | null
  deviceType: string
  quantity: number
  unitPrice: { amount: string; currency: string }
  condition: 'new' | 'refurbished'
}

export interface OcdsAward {
  id: string
  lotId: string
  bidId: string
  supplierId: string
  supplierName: string | null
  value: { amount: string; currency: string }
  awardedAt: string
  units: OcdsUnit[]
  /** The winning bid's requirement responses, published with the award. */
  responses: { requirementId: string; value: boolean | number | string }[]
}

export interface OcdsContract {
  id: string
  awardId: string
  signedOn: string
  endsOn: string | null
  reports: { criterionId: string; periodStart: string; periodEnd: string; met: boolean }[]
}

export interface OcdsProcurement {
  id: string
  buyerId: string
  buyerName: string | null
  title: string
  productCategory: string
  cpvCodes: string[]
  currency: string
  /** Assessment status: draft, open, evaluation, awarded, closed. */
  status: string
  criteriaSet: { id: string; version: number; ambitionLevel: string }
  criteria: OcdsCriterion[]
  weighting: { priceWeight: number; qualityWeight: number; minimumQualityScore: number | null } | null
  /** How price is scored: on the acquisition price or the life-cycle cost, and by which rule. */
  priceScoring: { basis: 'lifeCycleCost' | 'acquisitionPrice'; rule: 'relativeToLowest' | 'linear' } | null
  lots: { id: string; title: string }[]
  createdAt: string
  publishedAt: string | null
  awardedAt: string | null
  /** Every submitted bid, awarded or not. */
  bids: OcdsBid[]
  awards: OcdsAward[]
  contracts: OcdsContract[]
}

export interface OcdsPackageInput {
  procurements: OcdsProcurement[]
  /** When the package is published (ISO 8601); passed in, so the builder stays pure. */
  publishedDate: string
  publisher: { name: string; uri: string | null }
  /** Registered OCID prefix, e.g. ocds-abc123. */
  ocidPrefix: string
  /** Base URI of this deployment's reporting API, for the package and release URIs. */
  baseUri: string
}
