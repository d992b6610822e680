import type { Kysely } from 'kysely'
import type { KpiId } from '../domain/kpi-catalogue.ts'
import { addPeriods, periodEnd } from '../domain/period.ts'
import type { DashboardData } from '../dashboard/page.ts'
import { toMaturityAssessment } from '../mappers/maturity.ts'
import { toTarget } from '../mappers/target.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { findBuyerSettings } from '../repositories/buyers.ts'
import { loadReadModel } from '../repositories/read-model.ts'
import { listMaturityAssessments } from '../repositories/maturity-assessments.ts'
import { listTargets } from '../repositories/targets.ts'
import { defaultKpiOptions } from './kpi-request.ts'
import { findKpi, freshness, kpiValuesOf } from './kpis.ts'
import { buckets } from './period-query.ts'
import { targetProgress } from './targets.ts'

/** The headline KPIs charted over time: procedures, spend, refurbishment, service life, reuse, CO2e avoided. */
export const CHARTED_KPIS: readonly KpiId[] = ['K01', 'K02', 'K05', 'K06', 'K10', 'K14']
const QUARTERS_SHOWN = 8
/** Targets on the page at most; a buyer with more sees them all through the API. */
const TARGETS_SHOWN = 50

const quarterLabel = (iso: string) => `${iso.slice(0, 4)} Q${Math.floor(Number(iso.slice(5, 7)) / 3) + 1}`

/** Everything the dashboard shows for one buyer, read model loaded once for the eight quarters. */
export async function dashboardData(db: Kysely<ReportingDatabase>, buyerId: string, now: Date): Promise<DashboardData> {
  const to = periodEnd(now.toISOString(), 'quarter').toISOString()
  const from = addPeriods(new Date(to), 'quarter', -QUARTERS_SHOWN).toISOString()
  const options = defaultKpiOptions(now)
  const filter = { buyerId, from, to }
  const [loaded, settings, targetRows, [latestMaturity], feeds] = await Promise.all([
    loadReadModel(db, filter, options.asOf),
    findBuyerSettings(db, buyerId),
    listTargets(db, buyerId, null, TARGETS_SHOWN),
    listMaturityAssessments(db, buyerId, null, 1),
    freshness(db, now),
  ])
  const quarters = buckets(from, to, 'quarter').map((period) => ({ period, values: kpiValuesOf(loaded, { ...filter, ...period }, options) }))
  const targets = targetRows.slice(0, TARGETS_SHOWN).map(toTarget)
  const progress = await Promise.all(targetRows.slice(0, TARGETS_SHOWN).map((row) => targetProgress(db, row, options, now)))

  return {
    buyerId,
    displayName: settings?.displayName ?? null,
    isPublic: settings?.publicDashboard ?? false,
    generatedAt: now.toISOString(),
    period: { from, to },
    freshness: feeds,
    values: kpiValuesOf(loaded, filter, options),
    charts: CHARTED_KPIS.map((kpiId) => {
      const kpi = findKpi(kpiId)
      return {
        kpiId,
        name: kpi.name,
        unit: kpi.unit,
        points: quarters.map(({ period, values }) => {
          const figure = values.find((v) => v.kpiId === kpiId)
          return { label: quarterLabel(period.from), value: figure?.value ?? null, recordCount: figure?.recordCount ?? 0 }
        }),
        targets: targets.filter((t) => t.kpiId === kpiId).map((t) => ({ value: t.targetValue, deadline: t.deadline, direction: t.direction })),
      }
    }),
    targets: progress.map((p) => ({
      kpiId: p.target.kpiId,
      name: findKpi(p.target.kpiId).name,
      unit: findKpi(p.target.kpiId).unit,
      targetValue: p.target.targetValue,
      direction: p.target.direction,
      deadline: p.target.deadline,
      status: p.status,
      latest: p.latest?.value ?? null,
      projectedAtDeadline: p.projectedAtDeadline,
    })),
    maturity: latestMaturity ? toMaturityAssessment(latestMaturity).result : null,
  }
}
