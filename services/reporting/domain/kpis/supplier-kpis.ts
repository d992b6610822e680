import { countShare } from '../share.ts'
import type { KpiResult } from '../kpi-result.ts'
import type { ReportScope } from '../read-model-filter.ts'
import type { SupplierCertification } from '../types.ts'

export const DEFAULT_EMS_SCHEMES = ['ISO 14001', 'EMAS'] as const

// K19: suppliers awarded in scope holding a verified certificate valid on the as-of date.
export function certifiedSupplierShare(
  scope: ReportScope,
  asOf: string,
  schemes: readonly string[] = DEFAULT_EMS_SCHEMES,
): KpiResult {
  const suppliers = [...new Set(scope.contracts.map((c) => c.award.supplierId))]
  const certified = new Set(
    scope.certifications.filter((c) => schemes.includes(c.scheme) && isValidOn(c, asOf)).map((c) => c.supplierId),
  )
  return countShare(suppliers, (supplierId) => certified.has(supplierId), {
    kpiId: 'K19',
    notes: [`schemes ${schemes.join(', ')} valid on ${asOf}`],
  })
}

export function isValidOn(certification: Pick<SupplierCertification, 'verified' | 'validFrom' | 'validUntil'>, asOf: string): boolean {
  const t = Date.parse(asOf)
  return certification.verified && Date.parse(certification.validFrom) <= t && (certification.validUntil === null || t <= Date.parse(certification.validUntil))
}
