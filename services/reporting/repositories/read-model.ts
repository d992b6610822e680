import { sql, type Kysely } from 'kysely'
import { combineClauseReports } from '../domain/clause-reports.ts'
import { nothingUndeclared, type Undeclared } from '../domain/feed-coverage.ts'
import type { ReportFilter } from '../domain/read-model-filter.ts'
import type { ReadModel } from '../domain/types.ts'
import {
  bidEcolabels,
  toAward,
  toCertifications,
  toClauseReport,
  toProcurement,
  type AwardRecord,
  type ProcurementRecord,
  type ReportRecord,
} from './read-model-rows.ts'
import type { ReportingDatabase } from './database.ts'

type Db = Kysely<ReportingDatabase>

export interface LoadedReadModel {
  model: ReadModel
  undeclared: Undeclared
}

const procurementColumns = ['p.id', 'p.buyer_id', 'p.product_category', 'p.cpv_codes', 'p.currency', 'p.criteria', 'p.lots', 'p.created_at', 'p.published_at', 'p.awarded_at'] as const
const awardColumns = ['a.id', 'a.procurement_id', 'a.lot_id', 'a.supplier_id', 'a.bid_id', 'a.value_amount', 'a.currency', 'a.life_cycle_cost', 'a.awarded_at', 'a.units'] as const

/**
 * Loads the part of the read model a filter can touch: procedures published, awards made and
 * reports ending in the period, plus whatever those point at, with the certificates of the
 * awarded suppliers. The SQL only narrows the rows; the domain's filterReadModel decides exactly
 * what counts, so the two can never disagree. Ecolabels are judged on `asOf`, the date the
 * KPIs judge certificates on.
 */
export async function loadReadModel(db: Db, filter: ReportFilter, asOf: string): Promise<LoadedReadModel> {
  const { buyerId, productCategory, lotId, from, to } = filter
  const [procurements, awards, reports] = await Promise.all([
    db
      .selectFrom('procurements as p')
      .select(procurementColumns)
      .where('p.published_at', 'is not', null)
      .$if(buyerId !== undefined, (q) => q.where('p.buyer_id', '=', buyerId!))
      .$if(productCategory !== undefined, (q) => q.where('p.product_category', '=', productCategory!))
      .$if(from !== undefined, (q) => q.where('p.published_at', '>=', new Date(from!)))
      .$if(to !== undefined, (q) => q.where('p.published_at', '<', new Date(to!)))
      .execute(),
    db
      .selectFrom('awards as a')
      .innerJoin('procurements as p', 'p.id', 'a.procurement_id')
      .select(awardColumns)
      .$if(buyerId !== undefined, (q) => q.where('p.buyer_id', '=', buyerId!))
      .$if(productCategory !== undefined, (q) => q.where('p.product_category', '=', productCategory!))
      .$if(lotId !== undefined, (q) => q.where('a.lot_id', '=', lotId!))
      .$if(from !== undefined, (q) => q.where('a.awarded_at', '>=', new Date(from!)))
      .$if(to !== undefined, (q) => q.where('a.awarded_at', '<', new Date(to!)))
      .execute(),
    // One report per contract, clause and period; the domain combines a contract's clauses.
    db
      .selectFrom('performance_reports as r')
      .innerJoin('contracts as c', 'c.id', 'r.contract_id')
      .innerJoin('procurements as p', 'p.id', 'c.procurement_id')
      .select(['c.award_id', 'r.contract_id', 'r.criterion_id', 'r.period_start', 'r.period_end', 'r.figures'])
      .$if(buyerId !== undefined, (q) => q.where('p.buyer_id', '=', buyerId!))
      .$if(productCategory !== undefined, (q) => q.where('p.product_category', '=', productCategory!))
      // Dates against instants: a day's margin either side, the domain cuts exactly.
      .$if(from !== undefined, (q) => q.where('r.period_end', '>=', sql<string>`(${from}::timestamptz at time zone 'UTC')::date - 1`))
      .$if(to !== undefined, (q) => q.where('r.period_end', '<=', sql<string>`(${to}::timestamptz at time zone 'UTC')::date + 1`))
      .execute(),
  ])

  const loadedAwards = new Set(awards.map((a) => a.id))
  const missingAwards = [...new Set(reports.map((r) => r.award_id))].filter((id) => !loadedAwards.has(id))
  if (missingAwards.length > 0) {
    awards.push(...(await db.selectFrom('awards as a').select(awardColumns).where('a.id', 'in', missingAwards).execute()))
  }
  const loadedProcurements = new Set(procurements.map((p) => p.id))
  const missingProcurements = [...new Set(awards.map((a) => a.procurement_id))].filter((id) => !loadedProcurements.has(id))
  if (missingProcurements.length > 0) {
    procurements.push(...(await db.selectFrom('procurements as p').select(procurementColumns).where('p.id', 'in', missingProcurements).execute()))
  }

  const supplierIds = [...new Set(awards.map((a) => a.supplier_id))]
  const [sources, certificates] = await Promise.all([
    criteriaSources(db, procurements),
    supplierIds.length === 0 ? [] : db.selectFrom('certificates').selectAll().where('supplier_id', 'in', supplierIds).execute(),
  ])
  const ecolabels = bidEcolabels(certificates, asOf)
  const undeclared = nothingUndeclared()
  return {
    model: {
      procurements: (procurements as ProcurementRecord[]).map((row) => toProcurement(row, sources)),
      awards: (awards as AwardRecord[]).map((row) => toAward(row, ecolabels, undeclared)),
      performanceReports: combineClauseReports((reports as ReportRecord[]).map(toClauseReport)),
      certifications: toCertifications(certificates),
    },
    undeclared,
  }
}

/** A tender's criteria source (EU-GPP-2021-CMTS, ...) from the catalogue feed, when all its criteria share one. */
async function criteriaSources(db: Db, procurements: { criteria: unknown }[]): Promise<(ids: string[]) => string | null> {
  const ids = [...new Set(procurements.flatMap((p) => (p.criteria as { id: string }[]).map((c) => c.id)))]
  const rows = ids.length === 0 ? [] : await db.selectFrom('criteria').select(['id', 'source_code']).where('id', 'in', ids).execute()
  const sourceOf = new Map(rows.map((r) => [r.id, r.source_code]))
  return (criterionIds) => {
    const found = new Set(criterionIds.map((id) => sourceOf.get(id)))
    const [only] = found
    return found.size === 1 && only !== undefined ? only : null
  }
}
