import { factorSetRef } from '../../../kernel/factor-library.ts'
import type { FactorSet } from '../../../kernel/factor-library.ts'
import { totalResult } from '../kpi-result.ts'
import type { KpiResult } from '../kpi-result.ts'
import type { ReportScope } from '../read-model-filter.ts'
import type { ContractedUnits } from '../types.ts'

export interface LineValue {
  line: ContractedUnits
  value: number
}

export type LineOutcome = { value: number } | { excluded: string }

export function contractedUnitLines(scope: ReportScope): ContractedUnits[] {
  return scope.contracts.flatMap((c) => c.award.units)
}

// Lines a KPI cannot use (no factor for the device type, a second-life unit, a zero lifetime)
// are counted in a note by reason instead of being dropped silently or valued at zero.
export function evaluateLines(
  lines: readonly ContractedUnits[],
  evaluate: (line: ContractedUnits) => LineOutcome,
): { values: LineValue[]; notes: string[] } {
  const values: LineValue[] = []
  const excluded = new Map<string, number>()
  for (const line of lines) {
    const outcome = evaluate(line)
    if ('value' in outcome) values.push({ line, value: outcome.value })
    else excluded.set(outcome.excluded, (excluded.get(outcome.excluded) ?? 0) + 1)
  }
  const notes = [...excluded].map(([reason, count]) => `${count} unit line${count === 1 ? '' : 's'} left out: ${reason}`)
  return { values, notes }
}

// A factor-based total over the contracted unit lines (kg, kg CO2e), resting only on the lines
// that could be evaluated.
export function unitLineTotal<Id extends string>(
  scope: ReportScope,
  figures: { kpiId: Id; unit: string; factorSet: FactorSet; notes?: readonly string[] },
  evaluate: (line: ContractedUnits) => LineOutcome,
): KpiResult<Id> {
  const { values, notes } = evaluateLines(contractedUnitLines(scope), evaluate)
  return totalResult({
    kpiId: figures.kpiId,
    unit: figures.unit,
    factorSet: factorSetRef(figures.factorSet),
    total: values.reduce((sum, v) => sum + v.value, 0),
    recordCount: values.length,
    notes: [...(figures.notes ?? []), ...notes],
  })
}
