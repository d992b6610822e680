import type { Kysely } from 'kysely'
import { ProblemError } from '../../kernel/problem.ts'
import { reportingProblems } from '../problems.ts'
import { calculateKpis, type KpiOptions } from '../domain/calculate-kpis.ts'
import { applyFeedCoverage, FEED_GAPS, feedAvailability } from '../domain/feed-coverage.ts'
import { KPI_EVENT_FIELDS } from '../domain/kpi-event-fields.ts'
import { KPI_CATALOGUE, type KpiDefinition as DomainKpiDefinition, type KpiId } from '../domain/kpi-catalogue.ts'
import type { KpiResult } from '../domain/kpi-result.ts'
import { filterReadModel, type ReportFilter } from '../domain/read-model-filter.ts'
import { toFreshness, type Freshness } from '../mappers/freshness.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { listFeedCursors } from '../repositories/feed-cursors.ts'
import { loadReadModel, type LoadedReadModel } from '../repositories/read-model.ts'
import type { KpiDefinition, KpiValue } from '../schemas/kpi.ts'
import { buckets, type Interval } from './period.ts'

type Db = Kysely<ReportingDatabase>

export const kpiNotFound = (kpiId: string) => new ProblemError(reportingProblems.KPI_NOT_FOUND, `There is no KPI ${kpiId}; the catalogue has K01 to K20.`)

export function findKpi(kpiId: string): DomainKpiDefinition {
  const definition = KPI_CATALOGUE.find((kpi) => kpi.id === kpiId)
  if (!definition) throw kpiNotFound(kpiId)
  return definition
}

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

function toKpiValue(result: KpiResult, kpi: DomainKpiDefinition): KpiValue {
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

function notComputable(kpi: DomainKpiDefinition & { computable: false }): KpiValue {
  return { kpiId: kpi.id, name: kpi.name, dimension: null, value: null, unit: kpi.unit, numerator: null, denominator: null, recordCount: 0, factorSet: null, formula: kpi.formula, note: `not computable: ${kpi.reason}` }
}

/** Every KPI of the catalogue in catalogue order, for one filter, over a loaded read model. */
export function kpiValuesOf(loaded: LoadedReadModel, filter: ReportFilter, options: KpiOptions, only?: KpiId): KpiValue[] {
  const scope = filterReadModel(loaded.model, filter)
  const results = applyFeedCoverage(calculateKpis(scope, options), scope, loaded.undeclared)
  return KPI_CATALOGUE.filter((kpi) => only === undefined || kpi.id === only).flatMap((kpi) =>
    kpi.computable ? results.filter((r) => r.kpiId === kpi.id).map((r) => toKpiValue(r, kpi)) : [notComputable(kpi)],
  )
}

export async function kpiValues(db: Db, filter: ReportFilter, options: KpiOptions): Promise<KpiValue[]> {
  return kpiValuesOf(await loadReadModel(db, filter, options.asOf), filter, options)
}

export interface SeriesPoint {
  from: string
  to: string
  values: KpiValue[]
}

/** One KPI per calendar quarter or year; the read model is loaded once for the whole range. */
export async function kpiSeries(db: Db, kpiId: KpiId, filter: ReportFilter & { from: string; to: string }, options: KpiOptions, interval: Interval): Promise<SeriesPoint[]> {
  const periods = buckets(filter.from, filter.to, interval)
  const loaded = await loadReadModel(db, filter, options.asOf)
  return periods.map((period) => ({ ...period, values: kpiValuesOf(loaded, { ...filter, ...period }, options, kpiId) }))
}

export async function freshness(db: Db, now: Date): Promise<Freshness[]> {
  return (await listFeedCursors(db)).map((row) => toFreshness(row, now))
}
