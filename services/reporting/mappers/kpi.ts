import { FEED_GAPS, feedAvailability } from '../domain/feed-coverage.ts'
import type { KpiDefinition as DomainKpiDefinition } from '../domain/kpi-catalogue.ts'
import { KPI_EVENT_FIELDS } from '../domain/kpi-event-fields.ts'
import type { KpiResult } from '../domain/kpi-result.ts'
import type { KpiDefinition, KpiValue } from '../schemas/kpi.ts'

export function toKpiDefinition(kpi: DomainKpiDefinition): KpiDefinition {
  const gaps = FEED_GAPS.filter((gap) => gap.kpiId === kpi.id)
  const reason = kpi.computable
    ? gaps.length === 0
      ? null
      : gaps.map((gap) => `${gap.measure ? `${gap.measure}: ` : ''}not available from the assessment feed: ${gap.reason}`).join('; ')
    : kpi.reason
  return {
    id: kpi.id,
    name: kpi.name,
    formula: kpi.formula,
    unit: kpi.unit,
    dataSource: kpi.dataSource,
    basis: kpi.basis,
    flags: [...kpi.flags],
    availability: feedAvailability(kpi),
    recordKind: kpi.computable ? kpi.recordKind : null,
    implementationNote: kpi.computable ? kpi.implementationNote : null,
    eventFields: [...KPI_EVENT_FIELDS[kpi.id]],
    reason,
  }
}

export function toKpiValue(result: KpiResult, kpi: DomainKpiDefinition): KpiValue {
  return {
    kpiId: result.kpiId,
    name: kpi.name,
    dimension: result.dimension ? { ...result.dimension } : null,
    value: result.value,
    unit: result.unit,
    numerator: result.numerator,
    denominator: result.denominator,
    recordCount: result.recordCount,
    factorSet: result.factorSet,
    formula: kpi.formula,
    note: result.note,
  }
}

export function notComputable(kpi: DomainKpiDefinition & { computable: false }): KpiValue {
  return { kpiId: kpi.id, name: kpi.name, dimension: null, value: null, unit: kpi.unit, numerator: null, denominator: null, recordCount: 0, factorSet: null, formula: kpi.formula, note: `not computable: ${kpi.reason}` }
}
