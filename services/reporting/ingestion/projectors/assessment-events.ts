import type { Kysely } from 'kysely'
import type { OcdsUnit } from '../../domain/ocds/input.ts'
import type { ReportingDatabase } from '../../repositories/database.ts'
import type { StoredCriterion, StoredFigures, StoredLot, StoredPriceScoring, StoredResponse, StoredUnitLine, StoredWeighting } from '../../repositories/stored-shapes.ts'
import { eventData } from '../event-data.ts'
import { ASSESSMENT_TYPE_PREFIX, CERTIFICATE_TYPES, type AssessmentCloudEvent, type CertificateType } from '../feed-types.ts'
import { declaredWarrantyYears } from '../warranty-reading.ts'

type Db = Kysely<ReportingDatabase>
type Data = ReturnType<typeof eventData>
type Projector = (db: Db, data: Data, event: AssessmentCloudEvent) => Promise<void>

/** A product line as award.made carries it: the unit fields the OCDS export needs, and more. */
interface OfferedProduct extends OcdsUnit {
  declaredLifetimeYears: number
  yearlyEnergyKWh?: number | null
  massKg?: number | null
}

/** A bid as evaluation.completed carries it; reasons reach the feed with later events. */
interface EvaluatedBid {
  bidId: string
  status: string
  reasons?: string[]
}

const isCertificate = (type: string | null): type is CertificateType => (CERTIFICATE_TYPES as readonly (string | null)[]).includes(type)

// Every projector is an upsert keyed by the source's own ids, so replaying the feed from zero
// after a rebuild, or a page that arrives twice, lands on the same rows.
const projectors: Record<string, Projector> = {
  'procurement.created': async (db, data, event) => {
    const criteriaSet = data.object<{ id: string; version: number; ambitionLevel: string }>('criteriaSet')
    const row = {
      id: data.string('procurementId'),
      buyer_id: data.string('buyerOrganisationId'),
      title: data.string('title'),
      product_category: data.string('productCategory'),
      cpv_codes: data.array<string>('cpvCodes'),
      currency: data.string('currency'),
      status: 'draft',
      criteria_set_id: criteriaSet.id,
      criteria_set_version: criteriaSet.version,
      ambition_level: criteriaSet.ambitionLevel,
      // Titles and requirements reach the feed with later events; older ones leave them out.
      criteria: JSON.stringify(
        data.array<StoredCriterion>('criteria').map((c) => ({
          id: c.id, type: c.type, goals: c.goals, strategies: c.strategies, maxPoints: c.maxPoints ?? null,
          title: c.title ?? null, description: c.description ?? null, requirements: c.requirements ?? [],
        })),
      ),
      lots: JSON.stringify(data.array<StoredLot>('lots').map((lot) => ({ id: lot.id, title: lot.title }))),
      weighting: JSON.stringify(data.optionalObject<StoredWeighting>('weighting')),
      price_scoring: JSON.stringify(data.optionalObject<StoredPriceScoring>('priceScoring')),
      created_at: event.time,
    }
    await db.insertInto('procurements').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined, status: undefined })).execute()
  },

  'procurement.statusChanged': async (db, data, event) => {
    const to = data.string('to')
    await db
      .updateTable('procurements')
      .set((eb) => ({
        status: to,
        // A procedure counts from publication; a replay keeps the first time it was seen.
        published_at: to === 'open' ? eb.fn.coalesce('published_at', eb.val(event.time)) : eb.ref('published_at'),
        awarded_at: to === 'awarded' ? eb.fn.coalesce('awarded_at', eb.val(event.time)) : eb.ref('awarded_at'),
      }))
      .where('id', '=', data.string('procurementId'))
      .execute()
  },

  'award.made': async (db, data, event) => {
    const procurementId = data.string('procurementId')
    const procurement = await db.selectFrom('procurements').select('criteria').where('id', '=', procurementId).executeTakeFirst()
    const responses = data.array<StoredResponse>('responses')
    const warrantyYears = declaredWarrantyYears((procurement?.criteria ?? []) as StoredCriterion[], responses)
    const units: StoredUnitLine[] = data.array<OfferedProduct>('offeredProducts').map((p) => ({
      model: p.model,
      gtin: p.gtin ?? null,
      deviceType: p.deviceType,
      quantity: p.quantity,
      unitPrice: p.unitPrice,
      condition: p.condition,
      plannedLifetimeYears: p.declaredLifetimeYears,
      yearlyEnergyKWh: p.yearlyEnergyKWh ?? null,
      massKg: p.massKg ?? null,
      warrantyYears,
    }))
    const value = data.object<{ amount: string; currency: string }>('value')
    const row = {
      id: data.string('awardId'),
      procurement_id: procurementId,
      lot_id: data.string('lotId'),
      supplier_id: data.string('supplierId'),
      bid_id: data.string('bidId'),
      value_amount: value.amount,
      currency: value.currency,
      life_cycle_cost: data.optionalObject<{ amount: string }>('lifeCycleCost')?.amount ?? null,
      co2e: JSON.stringify(data.optionalObject('co2e') ?? {}),
      units: JSON.stringify(units),
      responses: JSON.stringify(responses.map((r) => ({ requirementId: r.requirementId, value: r.value, ...(r.unit ? { unit: r.unit } : {}) }))),
      awarded_at: event.time,
    }
    await db.insertInto('awards').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined })).execute()
  },

  // A bid enters as submitted; a replay never takes back the status an evaluation gave it.
  'bid.submitted': async (db, data, event) => {
    const row = {
      id: data.string('bidId'),
      procurement_id: data.string('procurementId'),
      lot_id: data.string('lotId'),
      supplier_id: data.string('supplierId'),
      status: 'submitted',
      reasons: '[]',
      submitted_at: event.time,
    }
    await db.insertInto('bids').values(row).onConflict((oc) => oc.column('id').doNothing()).execute()
  },

  // The lot's latest evaluation decides each bid's status, reasons and rank.
  'evaluation.completed': async (db, data) => {
    const ranking = data.array<string>('ranking')
    for (const bid of data.array<EvaluatedBid>('bids')) {
      const rank = ranking.indexOf(bid.bidId)
      await db
        .updateTable('bids')
        .set({ status: bid.status, reasons: JSON.stringify(bid.reasons ?? []), rank: rank < 0 ? null : rank + 1 })
        .where('id', '=', bid.bidId)
        .execute()
    }
  },

  'contract.signed': async (db, data) => {
    const row = {
      id: data.string('contractId'),
      award_id: data.string('awardId'),
      procurement_id: data.string('procurementId'),
      supplier_id: data.string('supplierId'),
      signed_on: data.string('signedOn'),
      ends_on: data.optionalString('endsOn'),
    }
    await db.insertInto('contracts').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined })).execute()
  },

  'performance.reported': async (db, data, event) => {
    const row = {
      contract_id: data.string('contractId'),
      criterion_id: data.string('criterionId'),
      period_start: data.string('periodStart'),
      period_end: data.string('periodEnd'),
      figures: JSON.stringify(data.object<StoredFigures>('figures')),
      met: data.boolean('met'),
      reported_at: event.time,
    }
    await db
      .insertInto('performance_reports')
      .values(row)
      .onConflict((oc) => oc.columns(['contract_id', 'criterion_id', 'period_start', 'period_end']).doUpdateSet({ figures: row.figures, met: row.met, reported_at: row.reported_at }))
      .execute()
  },

  // Keyed by the evidence: a later verdict (verified, then rejected) replaces the earlier one.
  'evidence.reviewed': async (db, data, event) => {
    // Events published before the feed named the evidence type cannot be told apart from
    // evidence that is no certificate; neither is counted.
    const type = data.optionalString('type')
    if (!isCertificate(type)) return
    const row = {
      evidence_id: data.string('evidenceId'),
      supplier_id: data.string('supplierId'),
      bid_id: data.string('bidId'),
      type,
      issuer: data.string('issuer'),
      status: data.string('status'),
      valid_until: data.optionalString('validUntil'),
      reviewed_at: event.time,
    }
    await db.insertInto('certificates').values(row).onConflict((oc) => oc.column('evidence_id').doUpdateSet({ ...row, evidence_id: undefined })).execute()
  },

  'supplier.registered': async (db, data, event) => {
    const row = { id: data.string('supplierId'), name: data.string('name'), updated_at: event.time }
    await db.insertInto('suppliers').values(row).onConflict((oc) => oc.column('id').doUpdateSet({ name: row.name, updated_at: row.updated_at })).execute()
  },
}

/**
 * Applies one assessment event to the read model. Types reporting does not use (exclusions,
 * evidence other than certificates) and types added later are recorded as applied and otherwise
 * ignored.
 */
export async function projectAssessmentEvent(db: Db, event: AssessmentCloudEvent): Promise<void> {
  const type = event.type.startsWith(ASSESSMENT_TYPE_PREFIX) ? event.type.slice(ASSESSMENT_TYPE_PREFIX.length) : event.type
  const projector = projectors[type]
  if (projector) await projector(db, eventData(event.id, type, event.data ?? {}), event)
}
