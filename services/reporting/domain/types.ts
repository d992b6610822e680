// Read-model records the reporting service fills from the assessment service's event feed.
// Field names follow the fixed API contract: camelCase, ISO 8601 UTC timestamps,
// money as decimal strings, mass in kg, energy in kWh.

export interface Money {
  amount: string
  currency: string
}

// The OCDS sustainability extension puts hasSustainability, goal and strategies on both the
// tender and each lot, so a procurement and its lots share this shape.
export interface SustainabilityTags {
  hasCircularCriteria: boolean
  goals: readonly string[]
  strategies: readonly string[]
}

export interface Lot extends SustainabilityTags {
  id: string
  title: string
}

export interface Procurement extends SustainabilityTags {
  id: string
  buyerId: string
  productCategory: string
  cpvCodes: readonly string[]
  lots: readonly Lot[]
  publishedAt: string
  awardedAt: string | null
  currency: string
  criteriaSource: string | null
  /** The tender includes software and e-services criteria (K21), which do not count as GPP. */
  hasSoftwareCriteria: boolean
}

export type UnitCondition = 'new' | 'refurbished'

export interface ContractedUnits {
  deviceType: string
  quantity: number
  condition: UnitCondition
  plannedLifetimeYears: number
  warrantyYears: number
  softwareSupportYears: number
  // Bids do not always declare these; the factor set then supplies a median.
  yearlyEnergyKWh: number | null
  massKg: number | null
  hasType1Ecolabel: boolean
}

export interface Award {
  id: string
  procurementId: string
  // null: the award covers the whole tender (OCDS: no relatedLot means the whole tender).
  lotId: string | null
  supplierId: string
  value: Money
  /** The winning bid's life-cycle cost as the evaluation computed it; null for awards from before the feed carried it. */
  lifeCycleCost: Money | null
  awardedAt: string
  units: readonly ContractedUnits[]
  /** Verified ecolabel certificates of the winning bid that name no scheme: left out of K18, and counted in its note. */
  unnamedEcolabelCertificates: number
}

export interface RecoveredMetals {
  gold: number
  silver: number
  palladium: number
}

export interface DataCentreMetrics {
  pue: number | null
  ref: number | null
  erf: number | null
  wue: number | null
  serverUtilisation: number | null
}

/**
 * What the clauses of one contract report for one period, combined (domain/clause-reports.ts).
 * null: no clause reported the figure for the period, which is never read as zero.
 */
export interface PerformanceReport {
  id: string
  contractId: string
  period: { start: string; end: string }
  /** The clauses whose reports were combined, by criterion id. */
  criterionIds: readonly string[]
  unitsReachedEndOfUse: number | null
  unitsCollected: number | null
  unitsPreparedForReuse: number | null
  massCollectedKg: number | null
  massToCertifiedRecyclersKg: number | null
  storageUnitsCollected: number | null
  unitsWithErasureCertificate: number | null
  recoveredMetalsG: RecoveredMetals | null
  dataCentre?: DataCentreMetrics
}

export interface SupplierCertification {
  supplierId: string
  /** The scheme code the evidence names (ISO_14001, EMAS, ISO_9001, ...); null when it names none. */
  scheme: string | null
  certificateId: string
  issuer: string
  validFrom: string
  // null: the certificate names no end date, so it does not lapse (as the assessment service reads it).
  validUntil: string | null
  verified: boolean
}

export interface ReadModel {
  procurements: readonly Procurement[]
  awards: readonly Award[]
  performanceReports: readonly PerformanceReport[]
  certifications: readonly SupplierCertification[]
}
