import type { Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
import { recordAudit } from '../../kernel/audit.ts'
import { decodeCursor } from '../../kernel/pagination.ts'
import { assertIfMatch, entityTag } from '../../kernel/preconditions.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { reportingProblems } from '../problems.ts'
import { calculateKpis, type KpiOptions } from '../domain/calculate-kpis.ts'
import { feedGapOf } from '../domain/feed-coverage.ts'
import { KPI_CATALOGUE, type KpiId } from '../domain/kpi-catalogue.ts'
import { periodEnd } from '../domain/period.ts'
import { filterReadModel } from '../domain/read-model-filter.ts'
import { assessTarget, validateTarget, type Target as DomainTarget } from '../domain/targets/target-progress.ts'
import { toTarget } from '../mappers/target.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { deleteTarget, findTarget, insertTarget, listTargets, updateTarget, type TargetRecord } from '../repositories/targets.ts'
import { UUID } from '../schemas/common.ts'
import type { TargetInput, TargetProgress } from '../schemas/target.ts'
import { assertMayReadBuyer, assertOwnBuyer } from './buyer-access.ts'
import { kpiSeries } from './kpis.ts'

type Db = Kysely<ReportingDatabase>

export const targetEtag = (target: TargetRecord) => entityTag(target.id, target.revision)
export const targetNotFound = (buyerId: string, id: string) => new ProblemError(reportingProblems.TARGET_NOT_FOUND, `Buyer ${buyerId} has no target ${id}.`)

/**
 * A target follows one figure over time, so it can be set on a KPI that yields exactly one
 * figure and that this deployment computes: counted from the domain on an empty read model.
 */
export function targetableKpis(options: KpiOptions): ReadonlySet<KpiId> {
  const results = calculateKpis(filterReadModel({ procurements: [], awards: [], performanceReports: [], certifications: [] }, {}), options)
  const figures = new Map<KpiId, number>()
  for (const r of results) figures.set(r.kpiId, (figures.get(r.kpiId) ?? 0) + 1)
  const withGap = new Set(results.filter((r) => feedGapOf(r.kpiId, r.dimension)).map((r) => r.kpiId))
  return new Set([...figures].filter(([id, count]) => count === 1 && !withGap.has(id)).map(([id]) => id))
}

function domainTarget(input: TargetInput): DomainTarget {
  return { ...input, kpiId: input.kpiId as KpiId }
}

function assertValidTarget(input: TargetInput, targetable: ReadonlySet<KpiId>): void {
  if (!KPI_CATALOGUE.some((kpi) => kpi.id === input.kpiId)) {
    throw new ProblemError(reportingProblems.UNKNOWN_KPI, `There is no KPI ${input.kpiId}.`, [{ path: 'body/kpiId', message: 'is not a KPI of the catalogue' }])
  }
  if (!targetable.has(input.kpiId as KpiId)) {
    throw new ProblemError(reportingProblems.KPI_NOT_TARGETABLE, `A target needs a KPI with one computed figure; ${input.kpiId} has several or is not computed here.`, [
      { path: 'body/kpiId', message: `must be one of ${[...targetable].join(', ')}` },
    ])
  }
  const problems = validateTarget(domainTarget(input))
  if (problems.length > 0) {
    const errors = problems.map((p) => ({ path: `body${p.path}`, message: p.message }))
    throw new ProblemError(reportingProblems.INVALID_TARGET, errors.map((e) => `${e.path} ${e.message}`).join('; '), errors)
  }
}

/** A buyer's targets by id after the cursor, one more than the page so the caller knows whether another follows. */
export async function listBuyerTargets(db: Db, actor: Actor, buyerId: string, cursor: string | undefined, limit: number): Promise<TargetRecord[]> {
  await assertMayReadBuyer(db, actor, buyerId)
  const after = decodeCursor(cursor, 1, ([id]) => UUID.test(String(id)))
  return listTargets(db, buyerId, after ? String(after[0]) : null, limit)
}

export async function readTarget(db: Db, actor: Actor, buyerId: string, id: string): Promise<TargetRecord> {
  await assertMayReadBuyer(db, actor, buyerId)
  const target = await findTarget(db, buyerId, id)
  if (!target) throw targetNotFound(buyerId, id)
  return target
}

export async function createTarget(db: Db, actor: Actor, buyerId: string, input: TargetInput, targetable: ReadonlySet<KpiId>) {
  assertOwnBuyer(actor, buyerId)
  assertValidTarget(input, targetable)
  return db.transaction().execute(async (trx) => {
    const row = await insertTarget(trx, buyerId, input)
    await recordAudit(trx, actor, { action: 'target.created', entityType: 'target', entityId: row.id, details: { buyerId, ...input } })
    return row
  })
}

export async function replaceTarget(db: Db, actor: Actor, buyerId: string, id: string, input: TargetInput, ifMatch: string | undefined, targetable: ReadonlySet<KpiId>) {
  assertOwnBuyer(actor, buyerId)
  return db.transaction().execute(async (trx) => {
    const current = await findTarget(trx, buyerId, id, true)
    if (!current) throw targetNotFound(buyerId, id)
    assertIfMatch(ifMatch, targetEtag(current))
    assertValidTarget(input, targetable)
    const row = await updateTarget(trx, id, input)
    await recordAudit(trx, actor, { action: 'target.updated', entityType: 'target', entityId: id, details: { buyerId, ...input, revision: row.revision } })
    return row
  })
}

export async function removeTarget(db: Db, actor: Actor, buyerId: string, id: string, ifMatch: string | undefined) {
  assertOwnBuyer(actor, buyerId)
  await db.transaction().execute(async (trx) => {
    const current = await findTarget(trx, buyerId, id, true)
    if (!current) throw targetNotFound(buyerId, id)
    assertIfMatch(ifMatch, targetEtag(current))
    await deleteTarget(trx, id)
    await recordAudit(trx, actor, { action: 'target.deleted', entityType: 'target', entityId: id, details: { buyerId, kpiId: current.kpiId } })
  })
}

/** Progress and trend: the domain's assessment over the KPI per quarter since the baseline. */
export async function targetProgress(db: Db, record: TargetRecord, options: KpiOptions, now: Date): Promise<TargetProgress> {
  const target = toTarget(record)
  const to = periodEnd(now.toISOString(), 'quarter').toISOString()
  const from = `${target.baselineDate}T00:00:00.000Z`
  const points = await kpiSeries(db, target.kpiId as KpiId, { buyerId: record.buyerId, from, to }, options, 'quarter')
  const series = points.map((p) => ({ from: p.from, to: p.to, value: p.values[0]?.value ?? null, recordCount: p.values[0]?.recordCount ?? 0 }))
  // A quarter still running is observed as of now, not as of its end.
  const observations = series.map((p) => ({ at: new Date(Math.min(Date.parse(p.to), now.getTime())).toISOString(), value: p.value }))
  const { kpiId: _kpiId, ...progress } = assessTarget(domainTarget(target), observations, now.toISOString())
  return { target, ...progress, interval: 'quarter', series }
}
