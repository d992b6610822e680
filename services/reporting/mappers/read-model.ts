import type { Award, ContractedUnits, PerformanceReport, Procurement, SustainabilityTags } from '../domain/types.ts'
import type { StoredCriterion, StoredFigures, StoredLot, StoredUnitLine } from '../repositories/stored-shapes.ts'

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

/**
 * A tender's OCDS sustainability tags come from the criteria it pinned: every catalogue criterion
 * is a sustainability criterion, and the assessment service applies the tender's criteria to
 * each of its lots alike, so lots inherit the tender's tags.
 */
export function sustainabilityTags(criteria: readonly StoredCriterion[]): SustainabilityTags {
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

export function toContractedUnits(line: StoredUnitLine): ContractedUnits {
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
    hasType1Ecolabel: false,
  }
}

export function toAward(row: AwardRecord, withoutDeclaredWarranty: Set<ContractedUnits>): Award {
  return {
    id: row.id,
    procurementId: row.procurement_id,
    lotId: row.lot_id,
    supplierId: row.supplier_id,
    value: { amount: row.value_amount, currency: row.currency },
    awardedAt: row.awarded_at.toISOString(),
    units: (row.units as StoredUnitLine[]).map((line) => {
      const units = toContractedUnits(line)
      if (line.warrantyYears === null) withoutDeclaredWarranty.add(units)
      return units
    }),
  }
}

/** The domain keys a report by award ("contract" there means the awarded deal), as OCDS does. */
export function toPerformanceReport(row: ReportRecord): PerformanceReport {
  const figures = row.figures as StoredFigures
  return {
    id: `${row.contract_id}/${row.period_start}/${row.period_end}`,
    contractId: row.award_id,
    period: { start: row.period_start, end: row.period_end },
    unitsCollected: figures.unitsCollected,
    unitsPreparedForReuse: figures.unitsReused,
    storageUnitsCollected: figures.unitsCollected,
    unitsWithErasureCertificate: figures.sanitisationCertificates,
    repairs: figures.repairs,
    sparePartRequests: figures.sparePartsDelivered,
    // Not in the feed (see domain/feed-coverage.ts FEED_GAPS).
    unitsReachedEndOfUse: 0,
    massCollectedKg: 0,
    massToCertifiedRecyclersKg: 0,
    recoveredMetalsG: { gold: 0, silver: 0, palladium: 0 },
  }
}
