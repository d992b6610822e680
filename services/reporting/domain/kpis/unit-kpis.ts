import { factorSetRef } from '../../../kernel/factor-library.ts'
import type { FactorSet } from '../../../kernel/factor-library.ts'
import type { KpiId } from '../kpi-catalogue.ts'
import { ratioResult } from '../kpi-result.ts'
import type { FactorSetRef, KpiResult } from '../kpi-result.ts'
import type { ReportScope } from '../read-model-filter.ts'
import { certificatesLeftOut } from '../certification-schemes.ts'
import { contractedUnitLines, evaluateLines } from './unit-lines.ts'
import type { LineValue } from './unit-lines.ts'

// TCO Certified Generation 10 asks for 5 years of software updates (docs/sources.md#kpi-formulas, K08).
export const DEFAULT_SOFTWARE_SUPPORT_YEARS = 5

// K05
export function refurbishedUnitShare(scope: ReportScope): KpiResult {
  const values = contractedUnitLines(scope).map((line) => ({ line, value: line.condition === 'refurbished' ? 1 : 0 }))
  return unitWeighted('K05', values, { unit: '%', scale: 100 })
}

// K06
export function averageContractedServiceLife(scope: ReportScope): KpiResult {
  const values = contractedUnitLines(scope).map((line) => ({ line, value: line.plannedLifetimeYears }))
  return unitWeighted('K06', values, { unit: 'years', scale: 1 })
}

// K07
export function lifetimeExtension(scope: ReportScope, factorSet: FactorSet): KpiResult {
  const { values, notes } = evaluateLines(contractedUnitLines(scope), (line) => {
    if (line.condition === 'refurbished') return { excluded: 'refurbished (planned life is a second life)' }
    const baseline = factorSet.lifetimeYears.values[line.deviceType]
    if (baseline === undefined) return { excluded: `no default lifetime for ${line.deviceType}` }
    return { value: line.plannedLifetimeYears - baseline }
  })
  return unitWeighted('K07', values, { unit: 'years', scale: 1, notes, factorSet: factorSetRef(factorSet) })
}

// K08: the mean warranty and the share of units with long software support.
export function warrantyAndSupportCoverage(
  scope: ReportScope,
  minimumSupportYears: number = DEFAULT_SOFTWARE_SUPPORT_YEARS,
): KpiResult[] {
  const lines = contractedUnitLines(scope)
  return [
    unitWeighted(
      'K08',
      lines.map((line) => ({ line, value: line.warrantyYears })),
      { unit: 'years', scale: 1, dimension: { measure: 'meanWarrantyYears' } },
    ),
    unitWeighted(
      'K08',
      lines.map((line) => ({ line, value: line.softwareSupportYears >= minimumSupportYears ? 1 : 0 })),
      { unit: '%', scale: 100, dimension: { measure: 'softwareSupportShare', minimumYears: String(minimumSupportYears) } },
    ),
  ]
}

// K18: units of the models a verified Type I ecolabel certificate covers. Certificates naming no
// scheme cannot be told from another label or a management system, so they count for no unit.
export function ecolabelCoverage(scope: ReportScope): KpiResult {
  const values = contractedUnitLines(scope).map((line) => ({ line, value: line.hasType1Ecolabel ? 1 : 0 }))
  const unnamed = scope.contracts.reduce((sum, contract) => sum + contract.award.unnamedEcolabelCertificates, 0)
  return unitWeighted('K18', values, { unit: '%', scale: 100, notes: unnamed === 0 ? [] : [certificatesLeftOut(unnamed, 'ecolabel certificate', 'scheme')] })
}

// Every unit KPI is quantity-weighted: a share when values are 0/1, otherwise a mean.
function unitWeighted(
  kpiId: KpiId,
  values: readonly LineValue[],
  figures: {
    unit: string
    scale: 1 | 100
    dimension?: Readonly<Record<string, string>>
    notes?: readonly string[]
    factorSet?: FactorSetRef
  },
): KpiResult {
  return ratioResult({
    ...figures,
    kpiId,
    numerator: values.reduce((sum, { line, value }) => sum + line.quantity * value, 0),
    denominator: values.reduce((sum, { line }) => sum + line.quantity, 0),
    recordCount: values.length,
  })
}
