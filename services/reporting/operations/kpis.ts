import type { Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { reportingProblems } from '../problems.ts'
import { calculateKpis, type KpiOptions } from '../domain/calculate-kpis.ts'
import { applyFeedCoverage } from '../domain/feed-coverage.ts'
import { KPI_CATALOGUE, type KpiDefinition as DomainKpiDefinition, type KpiId } from '../domain/kpi-catalogue.ts'
import { addPeriods, periodEnd, periodStart, type Interval } from '../domain/period.ts'
import { filterReadModel, type ReportFilter } from '../domain/read-model-filter.ts'
import { toFreshness, type Freshness } from '../mappers/freshness.ts'
import { notComputable, toKpiValue } from '../mappers/kpi.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { listFeedCursors } from '../repositories/feed-cursors.ts'
import { loadReadModel, type LoadedReadModel } from '../repositories/read-model.ts'
import type { KpiSeries, KpiValue, KpiValues } from '../schemas/kpi.ts'
import { kpiRequest, type KpiQuery } from './kpi-request.ts'
import { buckets } from './period-query.ts'

type Db = Kysely<ReportingDatabase>

export const kpiNotFound = (kpiId: string) => new ProblemError(reportingProblems.KPI_NOT_FOUND, `There is no KPI ${kpiId}; the catalogue has K01 to K21.`)

export function findKpi(kpiId: string): DomainKpiDefinition {
  const definition = KPI_CATALOGUE.find((kpi) => kpi.id === kpiId)
  if (!definition) throw kpiNotFound(kpiId)
  return definition
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

/** Every KPI for the caller's query, with how fresh the feeds behind it are. */
export async function kpiValuesReport(db: Db, actor: Actor, query: KpiQuery, now: Date): Promise<KpiValues> {
  const { filter, options, applied } = await kpiRequest(db, actor, query, now)
  return { filter: applied, asOf: options.asOf, values: await kpiValues(db, filter, options), freshness: await freshness(db, now) }
}

/** Points a series shows when the caller names no start: two years of quarters, five years. */
export const DEFAULT_POINTS: Record<Interval, number> = { quarter: 8, year: 5 }

/** One KPI over time; without a period, the last few quarters or years up to the current one. */
export async function kpiSeriesReport(db: Db, actor: Actor, kpiId: string, query: KpiQuery & { interval?: Interval }, now: Date): Promise<KpiSeries> {
  const kpi = findKpi(kpiId)
  const interval = query.interval ?? 'quarter'
  const to = query.to ?? periodEnd(now.toISOString(), interval).toISOString()
  const from = query.from ?? addPeriods(periodStart(to, interval), interval, -DEFAULT_POINTS[interval]).toISOString()
  const { filter, options, applied } = await kpiRequest(db, actor, { ...query, from, to }, now)
  return {
    kpiId: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    interval,
    filter: applied,
    points: await kpiSeries(db, kpi.id, { ...filter, from: applied.from!, to: applied.to! }, options, interval),
    freshness: await freshness(db, now),
  }
}
