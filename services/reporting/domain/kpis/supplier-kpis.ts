import { certificatesLeftOut, ENVIRONMENTAL_MANAGEMENT_SCHEMES } from '../certification-schemes.ts'
import { countShare } from '../share.ts'
import type { KpiResult } from '../kpi-result.ts'
import type { ReportScope } from '../read-model-filter.ts'
import type { SupplierCertification } from '../types.ts'

export const DEFAULT_EMS_SCHEMES = ENVIRONMENTAL_MANAGEMENT_SCHEMES

// K19: suppliers awarded in scope holding a verified certificate of an environmental management
// system valid on the as-of date. A certificate naming no standard may be ISO 9001 as well as
// ISO 14001, so it counts for no supplier and the note says how many were left out.
export function certifiedSupplierShare(
  scope: ReportScope,
  asOf: string,
  schemes: readonly string[] = DEFAULT_EMS_SCHEMES,
): KpiResult {
  const suppliers = [...new Set(scope.contracts.map((c) => c.award.supplierId))]
  const valid = scope.certifications.filter((c) => isValidOn(c, asOf))
  const certified = new Set(valid.filter((c) => c.scheme !== null && schemes.includes(c.scheme)).map((c) => c.supplierId))
  const unnamed = valid.filter((c) => c.scheme === null).length
  return countShare(suppliers, (supplierId) => certified.has(supplierId), {
    kpiId: 'K19',
    notes: [`schemes ${schemes.join(', ')} valid on ${asOf}`, ...(unnamed === 0 ? [] : [certificatesLeftOut(unnamed, 'management-system certificate', 'standard')])],
  })
}

export function isValidOn(certification: Pick<SupplierCertification, 'verified' | 'validFrom' | 'validUntil'>, asOf: string): boolean {
  const t = Date.parse(asOf)
  return certification.verified && Date.parse(certification.validFrom) <= t && (certification.validUntil === null || t <= Date.parse(certification.validUntil))
}
