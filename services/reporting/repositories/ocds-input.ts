import type { Kysely } from 'kysely'
import type { OcdsAward, OcdsBid, OcdsContract, OcdsCriterion, OcdsEvidence, OcdsProcurement } from '../domain/ocds/input.ts'
import type { ReportingDatabase } from './database.ts'
import type { StoredCriterion, StoredLot, StoredPriceScoring, StoredResponse, StoredUnitLine, StoredWeighting } from './stored-shapes.ts'

type Db = Kysely<ReportingDatabase>

export type OcdsSelection = { procurementId: string } | { buyerId?: string; from?: string; to?: string; limit: number }

const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const out = new Map<string, T[]>()
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row])
  return out
}

const weightingOf = (w: StoredWeighting) => ({ priceWeight: w.priceWeight, qualityWeight: w.qualityWeight, minimumQualityScore: w.minimumQualityScore ?? null })

/** The procurements of one export with their awards, contracts and reports, as the OCDS builder takes them. */
export async function loadOcdsProcurements(db: Db, selection: OcdsSelection): Promise<OcdsProcurement[]> {
  const procurements = await db
    .selectFrom('procurements as p')
    .leftJoin('buyer_settings as b', 'b.buyer_id', 'p.buyer_id')
    .selectAll('p')
    .select('b.display_name')
    // Drafts stay inside the buyer organisation (as in assessment): only published tenders are exported.
    .where('p.published_at', 'is not', null)
    .$if('procurementId' in selection, (q) => q.where('p.id', '=', (selection as { procurementId: string }).procurementId))
    .$if(!('procurementId' in selection), (q) => {
      const { buyerId, from, to, limit } = selection as Exclude<OcdsSelection, { procurementId: string }>
      return q
        .$if(buyerId !== undefined, (w) => w.where('p.buyer_id', '=', buyerId!))
        .$if(from !== undefined, (w) => w.where('p.published_at', '>=', new Date(from!)))
        .$if(to !== undefined, (w) => w.where('p.published_at', '<', new Date(to!)))
        .orderBy('p.published_at')
        .orderBy('p.id')
        .limit(limit)
    })
    .execute()
  if (procurements.length === 0) return []
  const ids = procurements.map((p) => p.id)
  const [bids, awards, contracts, reports, evidence] = await Promise.all([
    db.selectFrom('bids as b').leftJoin('suppliers as s', 's.id', 'b.supplier_id').selectAll('b').select('s.name as supplier_name').where('b.procurement_id', 'in', ids).orderBy('b.lot_id').orderBy('b.rank').orderBy('b.submitted_at').orderBy('b.id').execute(),
    db.selectFrom('awards as a').leftJoin('suppliers as s', 's.id', 'a.supplier_id').selectAll('a').select('s.name as supplier_name').where('a.procurement_id', 'in', ids).orderBy('a.awarded_at').execute(),
    db.selectFrom('contracts').selectAll().where('procurement_id', 'in', ids).orderBy('signed_on').execute(),
    db
      .selectFrom('performance_reports as r')
      .innerJoin('contracts as c', 'c.id', 'r.contract_id')
      .select(['r.contract_id', 'r.criterion_id', 'r.period_start', 'r.period_end', 'r.met'])
      .where('c.procurement_id', 'in', ids)
      .orderBy('r.period_start')
      .orderBy('r.criterion_id')
      .execute(),
    db
      .selectFrom('certificates as c')
      .innerJoin('bids as b', 'b.id', 'c.bid_id')
      .selectAll('c')
      .where('b.procurement_id', 'in', ids)
      .where('c.status', '=', 'verified')
      .orderBy('c.reviewed_at')
      .orderBy('c.evidence_id')
      .execute(),
  ])
  const bidsOf = groupBy(bids, (b) => b.procurement_id)
  const awardsOf = groupBy(awards, (a) => a.procurement_id)
  const contractsOf = groupBy(contracts, (c) => c.procurement_id)
  const reportsOf = groupBy(reports, (r) => r.contract_id)
  const evidenceOf = groupBy(evidence, (e) => e.bid_id)

  return procurements.map((p): OcdsProcurement => ({
    id: p.id,
    buyerId: p.buyer_id,
    buyerName: p.display_name,
    title: p.title,
    productCategory: p.product_category,
    cpvCodes: p.cpv_codes,
    currency: p.currency,
    status: p.status,
    criteriaSet: { id: p.criteria_set_id, version: p.criteria_set_version, ambitionLevel: p.ambition_level },
    criteria: (p.criteria as StoredCriterion[]).map((c): OcdsCriterion => ({
      id: c.id, type: c.type, goals: c.goals, strategies: c.strategies, maxPoints: c.maxPoints,
      title: c.title ?? null, description: c.description ?? null, requirements: c.requirements ?? [],
    })),
    weighting: p.weighting ? weightingOf(p.weighting as StoredWeighting) : null,
    priceScoring: (p.price_scoring as StoredPriceScoring | null) ?? null,
    bids: (bidsOf.get(p.id) ?? []).map((b): OcdsBid => ({
      id: b.id, lotId: b.lot_id, supplierId: b.supplier_id, supplierName: b.supplier_name, status: b.status, reasons: b.reasons as string[], rank: b.rank,
      documents: (evidenceOf.get(b.id) ?? []).map((e): OcdsEvidence => ({
        id: e.evidence_id, type: e.type, scheme: e.scheme, issuer: e.issuer, coverage: e.coverage, coveredModels: e.covered_models,
        validUntil: e.valid_until, verifiedAt: new Date(e.reviewed_at).toISOString(),
      })),
    })),
    lots: (p.lots as StoredLot[]).map((lot) => ({ id: lot.id, title: lot.title })),
    createdAt: new Date(p.created_at).toISOString(),
    publishedAt: p.published_at ? new Date(p.published_at).toISOString() : null,
    awardedAt: p.awarded_at ? new Date(p.awarded_at).toISOString() : null,
    awards: (awardsOf.get(p.id) ?? []).map((a): OcdsAward => ({
      id: a.id,
      lotId: a.lot_id,
      // Nullable only because the column was added after the table: every award.made carries it.
      bidId: a.bid_id ?? a.id,
      supplierId: a.supplier_id,
      supplierName: a.supplier_name,
      value: { amount: a.value_amount, currency: a.currency },
      awardedAt: new Date(a.awarded_at).toISOString(),
      units: (a.units as StoredUnitLine[]).map((u) => ({ model: u.model, gtin: u.gtin, deviceType: u.deviceType, quantity: u.quantity, unitPrice: u.unitPrice, condition: u.condition })),
      responses: (a.responses as StoredResponse[]).map((r) => ({ requirementId: r.requirementId, value: r.value })),
    })),
    contracts: (contractsOf.get(p.id) ?? []).map((c): OcdsContract => ({
      id: c.id,
      awardId: c.award_id,
      signedOn: c.signed_on,
      endsOn: c.ends_on,
      reports: (reportsOf.get(c.id) ?? []).map((r) => ({ criterionId: r.criterion_id, periodStart: r.period_start, periodEnd: r.period_end, met: r.met })),
    })),
  }))
}
