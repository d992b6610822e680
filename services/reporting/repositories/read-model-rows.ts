import { TYPE_I_ECOLABEL_SCHEMES } from '../domain/certification-schemes.ts'
import type { Undeclared } from '../domain/feed-coverage.ts'
import { isValidOn } from '../domain/kpis/supplier-kpis.ts'
import { isSoftwareCriterion } from '../domain/procedure-classification.ts'
import type { ClauseReport } from '../domain/clause-reports.ts'
import type { Award, ContractedUnits, Procurement, SupplierCertification, SustainabilityTags } from '../domain/types.ts'
import type { CertificateType } from '../ingestion/feed-types.ts'
import type { StoredCriterion, StoredFigures, StoredLot, StoredUnitLine } from './stored-shapes.ts'

export interface ProcurementRecord {
  id: string
  buyer_id: string
  product_category: string
  cpv_codes: string[]
  currency: string
  criteria: unknown
  lots: unknown
  created_at: Date
  published_at: Date | null
  awarded_at: Date | null
}

export interface AwardRecord {
  id: string
  procurement_id: string
  lot_id: string
  supplier_id: string
  bid_id: string | null
  value_amount: string
  currency: string
  life_cycle_cost: string | null
  awarded_at: Date
  units: unknown
}

export interface ReportRecord {
  award_id: string
  contract_id: string
  criterion_id: string
  period_start: string
  period_end: string
  figures: unknown
}

export interface CertificateRecord {
  evidence_id: string
  supplier_id: string
  bid_id: string
  type: string
  issuer: string
  status: string
  valid_until: string | null
  reviewed_at: Date
  scheme: string | null
  coverage: string | null
  covered_models: string[]
}

/**
 * A tender's OCDS sustainability tags come from the criteria it pinned: every catalogue criterion
 * is a sustainability criterion, and the assessment service applies the tender's criteria to
 * each of its lots alike, so lots inherit the tender's tags.
 */
function sustainabilityTags(criteria: readonly StoredCriterion[]): SustainabilityTags {
  const goals = [...new Set(criteria.flatMap((c) => c.goals))].sort()
  return { hasCircularCriteria: goals.length > 0, goals, strategies: [...new Set(criteria.flatMap((c) => c.strategies))].sort() }
}

export function toProcurement(row: ProcurementRecord, criteriaSource: (criterionIds: string[]) => string | null): Procurement {
  const criteria = row.criteria as StoredCriterion[]
  // Only the environmental criteria sets make a procedure circular or GPP in the KPIs.
  const tags = sustainabilityTags(criteria.filter((c) => !isSoftwareCriterion(c.id)))
  return {
    id: row.id,
    buyerId: row.buyer_id,
    productCategory: row.product_category,
    cpvCodes: row.cpv_codes,
    lots: (row.lots as StoredLot[]).map((lot) => ({ id: lot.id, title: lot.title, ...tags })),
    publishedAt: (row.published_at ?? row.created_at).toISOString(),
    awardedAt: row.awarded_at?.toISOString() ?? null,
    currency: row.currency,
    criteriaSource: criteriaSource(criteria.map((c) => c.id)),
    hasSoftwareCriteria: criteria.some((c) => isSoftwareCriterion(c.id)),
    ...tags,
  }
}

function toContractedUnits(line: StoredUnitLine, hasType1Ecolabel: boolean): ContractedUnits {
  return {
    deviceType: line.deviceType,
    quantity: line.quantity,
    condition: line.condition,
    plannedLifetimeYears: line.plannedLifetimeYears,
    // Placeholders for figures the tender did not ask; domain/feed-coverage.ts keeps them out of results.
    warrantyYears: line.warrantyYears ?? 0,
    softwareSupportYears: line.softwareSupportYears ?? 0,
    yearlyEnergyKWh: line.yearlyEnergyKWh,
    massKg: line.massKg,
    hasType1Ecolabel,
  }
}

export function toAward(row: AwardRecord, ecolabels: BidEcolabels, undeclared: Undeclared): Award {
  const labelledModels = (row.bid_id === null ? undefined : ecolabels.models.get(row.bid_id)) ?? new Set<string>()
  return {
    id: row.id,
    procurementId: row.procurement_id,
    lotId: row.lot_id,
    supplierId: row.supplier_id,
    value: { amount: row.value_amount, currency: row.currency },
    // The assessment costs a bid in the procurement currency, which is the award's.
    lifeCycleCost: row.life_cycle_cost === null ? null : { amount: row.life_cycle_cost, currency: row.currency },
    awardedAt: row.awarded_at.toISOString(),
    units: (row.units as StoredUnitLine[]).map((line) => {
      const units = toContractedUnits(line, labelledModels.has(line.model))
      if (line.warrantyYears === null) undeclared.warranty.add(units)
      if (line.softwareSupportYears === null || line.softwareSupportYears === undefined) undeclared.softwareSupport.add(units)
      return units
    }),
    unnamedEcolabelCertificates: (row.bid_id === null ? undefined : ecolabels.unnamed.get(row.bid_id)) ?? 0,
  }
}

/** The domain keys a report by award ("contract" there means the awarded deal), as OCDS does. */
export function toClauseReport(row: ReportRecord): ClauseReport {
  return { contractId: row.award_id, criterionId: row.criterion_id, period: { start: row.period_start, end: row.period_end }, figures: row.figures as StoredFigures }
}

// Evidence gives no start date: a certificate is known valid from its verification on, and
// through the whole of its last day, as the assessment service reads validUntil.
function validity(row: CertificateRecord): Pick<SupplierCertification, 'verified' | 'validFrom' | 'validUntil'> {
  return { verified: row.status === 'verified', validFrom: row.reviewed_at.toISOString(), validUntil: row.valid_until === null ? null : `${row.valid_until}T23:59:59.999Z` }
}

const ofType = (type: CertificateType) => (row: CertificateRecord) => row.type === type

export function toCertifications(rows: readonly CertificateRecord[]): SupplierCertification[] {
  return rows.filter(ofType('managementSystemCertificate')).map((row) => ({
    supplierId: row.supplier_id,
    scheme: row.scheme,
    certificateId: row.evidence_id,
    issuer: row.issuer,
    ...validity(row),
  }))
}

/** What the verified Type I ecolabel certificates valid on the as-of date say about each bid (K18). */
export interface BidEcolabels {
  /** The offered models a certificate of a Type I scheme covers, by bid. */
  models: ReadonlyMap<string, ReadonlySet<string>>
  /** Certificates naming no scheme (reviewed before evidence named one), by bid: counted by no model. */
  unnamed: ReadonlyMap<string, number>
}

export function bidEcolabels(rows: readonly CertificateRecord[], asOf: string): BidEcolabels {
  const models = new Map<string, Set<string>>()
  const unnamed = new Map<string, number>()
  for (const row of rows) {
    if (!ofType('type1EcolabelCertificate')(row) || !isValidOn(validity(row), asOf)) continue
    if (row.scheme === null) {
      unnamed.set(row.bid_id, (unnamed.get(row.bid_id) ?? 0) + 1)
    } else if (TYPE_I_ECOLABEL_SCHEMES.includes(row.scheme) && row.coverage === 'products') {
      const covered = models.get(row.bid_id) ?? new Set<string>()
      for (const model of row.covered_models) covered.add(model)
      models.set(row.bid_id, covered)
    }
  }
  return { models, unnamed }
}
