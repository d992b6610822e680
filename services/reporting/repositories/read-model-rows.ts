import { UNNAMED_MANAGEMENT_SYSTEM, type Undeclared } from '../domain/feed-coverage.ts'
import { isValidOn } from '../domain/kpis/supplier-kpis.ts'
import type { Award, ContractedUnits, PerformanceReport, Procurement, SupplierCertification, SustainabilityTags } from '../domain/types.ts'
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
  awarded_at: Date
  units: unknown
}

export interface ReportRecord {
  award_id: string
  contract_id: string
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
  const tags = sustainabilityTags(criteria)
  return {
    id: row.id,
    buyerId: row.buyer_id,
    productCategory: row.product_category,
    // The domain classifies a procedure by one CPV code: the main one, listed first.
    cpv: row.cpv_codes[0] ?? '',
    lots: (row.lots as StoredLot[]).map((lot) => ({ id: lot.id, title: lot.title, ...tags })),
    publishedAt: (row.published_at ?? row.created_at).toISOString(),
    awardedAt: row.awarded_at?.toISOString() ?? null,
    currency: row.currency,
    criteriaSource: criteriaSource(criteria.map((c) => c.id)),
    ...tags,
  }
}

function toContractedUnits(line: StoredUnitLine, hasType1Ecolabel: boolean): ContractedUnits {
  return {
    deviceType: line.deviceType,
    quantity: line.quantity,
    condition: line.condition,
    plannedLifetimeYears: line.plannedLifetimeYears,
    // Placeholders for figures the feed lacks; domain/feed-coverage.ts keeps them out of results.
    warrantyYears: line.warrantyYears ?? 0,
    softwareSupportYears: 0,
    yearlyEnergyKWh: line.yearlyEnergyKWh,
    massKg: line.massKg,
    hasType1Ecolabel,
  }
}

export function toAward(row: AwardRecord, labelledBids: ReadonlySet<string>, undeclared: Undeclared): Award {
  const labelled = row.bid_id !== null && labelledBids.has(row.bid_id)
  return {
    id: row.id,
    procurementId: row.procurement_id,
    lotId: row.lot_id,
    supplierId: row.supplier_id,
    value: { amount: row.value_amount, currency: row.currency },
    awardedAt: row.awarded_at.toISOString(),
    units: (row.units as StoredUnitLine[]).map((line) => {
      const units = toContractedUnits(line, labelled)
      if (line.warrantyYears === null) undeclared.warranty.add(units)
      return units
    }),
  }
}

const notReported = (figure: unknown) => figure === undefined || figure === null

/** The domain keys a report by award ("contract" there means the awarded deal), as OCDS does. */
export function toPerformanceReport(row: ReportRecord, undeclared: Undeclared): PerformanceReport {
  const figures = row.figures as StoredFigures
  const report: PerformanceReport = {
    id: `${row.contract_id}/${row.period_start}/${row.period_end}`,
    contractId: row.award_id,
    period: { start: row.period_start, end: row.period_end },
    unitsCollected: figures.unitsCollected,
    unitsPreparedForReuse: figures.unitsReused,
    storageUnitsCollected: figures.unitsCollected,
    unitsWithErasureCertificate: figures.sanitisationCertificates,
    repairs: figures.repairs,
    sparePartRequests: figures.sparePartsDelivered,
    // Zero stands in for a figure the report leaves out; `undeclared` names the report, so
    // domain/feed-coverage.ts keeps it out of the KPI resting on that figure.
    unitsReachedEndOfUse: figures.unitsReachedEndOfUse ?? 0,
    massCollectedKg: figures.massCollectedKg ?? 0,
    massToCertifiedRecyclersKg: figures.massToCertifiedRecyclersKg ?? 0,
    recoveredMetalsG: figures.recoveredMetalsG ?? { gold: 0, silver: 0, palladium: 0 },
    // K20 already skips a report without data-centre metrics, and a metric reported as null.
    dataCentre: figures.dataCentre ?? undefined,
  }
  if (notReported(figures.unitsReachedEndOfUse)) undeclared.endOfUse.add(report)
  if (notReported(figures.massCollectedKg) || notReported(figures.massToCertifiedRecyclersKg)) undeclared.mass.add(report)
  if (notReported(figures.recoveredMetalsG)) undeclared.recoveredMetals.add(report)
  return report
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
    scheme: UNNAMED_MANAGEMENT_SYSTEM,
    certificateId: row.evidence_id,
    issuer: row.issuer,
    ...validity(row),
  }))
}

/** Bids holding a verified Type I ecolabel certificate valid on the as-of date (K18). */
export function labelledBids(rows: readonly CertificateRecord[], asOf: string): Set<string> {
  return new Set(rows.filter((row) => ofType('type1EcolabelCertificate')(row) && isValidOn(validity(row), asOf)).map((row) => row.bid_id))
}
