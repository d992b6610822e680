import { Decimal } from 'decimal.js'
import { emptyResult, totalResult } from '../kpi-result.ts'
import type { KpiResult } from '../kpi-result.ts'
import type { ReportScope } from '../read-model-filter.ts'

// K17: the life-cycle cost of the contracts awarded in scope, as the evaluation costed each winning
// bid (Directive 2014/24/EU Art. 68). Amounts are decimal strings; they are added as decimals, and
// never across currencies.
export function totalCostOfOwnership(scope: ReportScope): KpiResult {
  const costed = scope.contracts.flatMap((c) => (c.award.lifeCycleCost ? [c.award.lifeCycleCost] : []))
  const leftOut = scope.contracts.length - costed.length
  const notes = leftOut === 0 ? [] : [`${leftOut} contract${leftOut === 1 ? '' : 's'} left out: no life-cycle cost on the award`]
  const currencies = [...new Set(costed.map((m) => m.currency))].sort()
  const figures = { kpiId: 'K17' as const, unit: currencies.length === 1 ? currencies[0]! : 'currency', recordCount: costed.length, notes }
  if (currencies.length > 1) return emptyResult(figures, `mixed currencies (${currencies.join(', ')}): filter to one currency or convert first`)
  const total = costed.reduce((sum, m) => sum.plus(m.amount), new Decimal(0))
  return totalResult({ ...figures, total: total.toNumber() })
}
