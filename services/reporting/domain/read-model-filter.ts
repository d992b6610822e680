import type {
  Award,
  PerformanceReport,
  Procurement,
  ReadModel,
  SupplierCertification,
  SustainabilityTags,
} from './types.ts'

export interface ReportFilter {
  buyerId?: string
  productCategory?: string
  lotId?: string
  // Half-open window [from, to) so consecutive periods never count a record twice.
  from?: string
  to?: string
}

// An award joined with what it inherits: buyer and category from its procurement, sustainability
// tags from its lot, or from the tender when the award is not tied to a lot.
export interface ScopedContract {
  award: Award
  procurement: Procurement
  tags: SustainabilityTags
}

export interface ReportScope {
  procurements: readonly Procurement[]
  contracts: readonly ScopedContract[]
  performanceReports: readonly PerformanceReport[]
  certifications: readonly SupplierCertification[]
  // Records pointing at a procurement, lot or contract the read model does not hold:
  // shown rather than silently dropped, as they signal a gap in the event feed.
  unattributed: { awardIds: readonly string[]; performanceReportIds: readonly string[] }
}

export function filterReadModel(model: ReadModel, filter: ReportFilter): ReportScope {
  const inWindow = windowTest(filter)
  const procurementsById = new Map(model.procurements.map((p) => [p.id, p]))
  const unattributedAwards: string[] = []
  const contractsById = new Map<string, ScopedContract>()

  for (const award of model.awards) {
    const contract = joinAward(award, procurementsById)
    if (contract === undefined) unattributedAwards.push(award.id)
    else contractsById.set(award.id, contract)
  }

  const attributesMatch = (contract: ScopedContract): boolean =>
    procurementMatches(contract.procurement, filter) &&
    (filter.lotId === undefined || contract.award.lotId === filter.lotId)

  // Each record is placed in time by its own event: a procedure when published, spend when
  // awarded, a performance report when its period ends (reports on older contracts still count).
  const procurements = model.procurements.filter(
    (p) =>
      procurementMatches(p, filter) &&
      (filter.lotId === undefined || p.lots.some((lot) => lot.id === filter.lotId)) &&
      inWindow(p.publishedAt),
  )
  const contracts = [...contractsById.values()].filter(
    (c) => attributesMatch(c) && inWindow(c.award.awardedAt),
  )

  const unattributedReports: string[] = []
  const performanceReports = model.performanceReports.filter((report) => {
    const contract = contractsById.get(report.contractId)
    if (contract === undefined) {
      unattributedReports.push(report.id)
      return false
    }
    return attributesMatch(contract) && inWindow(report.period.end)
  })

  const suppliersInScope = new Set(contracts.map((c) => c.award.supplierId))
  const certifications = model.certifications.filter((c) => suppliersInScope.has(c.supplierId))

  return {
    procurements,
    contracts,
    performanceReports,
    certifications,
    unattributed: { awardIds: unattributedAwards, performanceReportIds: unattributedReports },
  }
}

function joinAward(
  award: Award,
  procurementsById: ReadonlyMap<string, Procurement>,
): ScopedContract | undefined {
  const procurement = procurementsById.get(award.procurementId)
  if (procurement === undefined) return undefined
  if (award.lotId === null) return { award, procurement, tags: procurement }
  const lot = procurement.lots.find((l) => l.id === award.lotId)
  return lot === undefined ? undefined : { award, procurement, tags: lot }
}

function procurementMatches(procurement: Procurement, filter: ReportFilter): boolean {
  return (
    (filter.buyerId === undefined || procurement.buyerId === filter.buyerId) &&
    (filter.productCategory === undefined || procurement.productCategory === filter.productCategory)
  )
}

function windowTest(filter: ReportFilter): (timestamp: string) => boolean {
  const from = filter.from === undefined ? -Infinity : Date.parse(filter.from)
  const to = filter.to === undefined ? Infinity : Date.parse(filter.to)
  return (timestamp) => {
    const t = Date.parse(timestamp)
    return t >= from && t < to
  }
}
