import { filterReadModel } from '../../../services/reporting/domain/read-model-filter.ts'
import type { ReportScope } from '../../../services/reporting/domain/read-model-filter.ts'
import type {
  Award,
  ContractedUnits,
  PerformanceReport,
  Procurement,
  ReadModel,
  SupplierCertification,
} from '../../../services/reporting/domain/types.ts'

export function procurement(overrides: Partial<Procurement> = {}): Procurement {
  return {
    id: 'ocds-1',
    buyerId: 'buyer-a',
    productCategory: 'notebooks',
    cpvCodes: ['30213100-6'],
    lots: [],
    publishedAt: '2025-03-01T00:00:00Z',
    awardedAt: null,
    currency: 'EUR',
    criteriaSource: null,
    hasSoftwareCriteria: false,
    hasCircularCriteria: false,
    goals: [],
    strategies: [],
    ...overrides,
  }
}

export function units(overrides: Partial<ContractedUnits> = {}): ContractedUnits {
  return {
    deviceType: 'laptop',
    quantity: 10,
    condition: 'new',
    plannedLifetimeYears: 4,
    warrantyYears: 3,
    softwareSupportYears: 5,
    yearlyEnergyKWh: 20,
    massKg: 1.5,
    hasType1Ecolabel: false,
    ...overrides,
  }
}

export function award(overrides: Partial<Award> = {}): Award {
  return {
    id: 'contract-1',
    procurementId: 'ocds-1',
    lotId: null,
    supplierId: 'supplier-1',
    value: { amount: '100000.00', currency: 'EUR' },
    lifeCycleCost: null,
    awardedAt: '2025-06-01T00:00:00Z',
    units: [],
    unnamedEcolabelCertificates: 0,
    ...overrides,
  }
}

export function report(overrides: Partial<PerformanceReport> = {}): PerformanceReport {
  return {
    id: 'report-1',
    contractId: 'contract-1',
    period: { start: '2025-01-01T00:00:00Z', end: '2025-12-31T00:00:00Z' },
    criterionIds: ['CPC2'],
    unitsReachedEndOfUse: null,
    unitsCollected: null,
    unitsPreparedForReuse: null,
    massCollectedKg: null,
    massToCertifiedRecyclersKg: null,
    storageUnitsCollected: null,
    unitsWithErasureCertificate: null,
    recoveredMetalsG: null,
    ...overrides,
  }
}

export function certification(overrides: Partial<SupplierCertification> = {}): SupplierCertification {
  return {
    supplierId: 'supplier-1',
    scheme: 'ISO_14001',
    certificateId: 'cert-1',
    issuer: 'Certifier',
    validFrom: '2024-01-01T00:00:00Z',
    validUntil: '2027-01-01T00:00:00Z',
    verified: true,
    ...overrides,
  }
}

export function model(parts: Partial<ReadModel> = {}): ReadModel {
  return { procurements: [], awards: [], performanceReports: [], certifications: [], ...parts }
}

export function scope(parts: Partial<ReadModel> = {}): ReportScope {
  return filterReadModel(model(parts), {})
}

export const EMPTY_SCOPE = scope()
