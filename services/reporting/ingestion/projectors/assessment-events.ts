import type { Kysely } from 'kysely'
import type { OcdsUnit } from '../../domain/ocds/input.ts'
import type { ReportingDatabase } from '../../repositories/database.ts'
import {
  findProcurementCriteria,
  insertSubmittedBid,
  recordBidEvaluation,
  updateProcurementStatus,
  upsertAward,
  upsertCertificate,
  upsertContract,
  upsertPerformanceReport,
  upsertProcurement,
  upsertSupplier,
} from '../../repositories/read-model-writes.ts'
import type { StoredCriterion, StoredFigures, StoredLot, StoredPriceScoring, StoredResponse, StoredUnitLine, StoredWeighting } from '../../repositories/stored-shapes.ts'
import { eventData } from '../event-data.ts'
import { ASSESSMENT_TYPE_PREFIX, CERTIFICATE_TYPES, type AssessmentCloudEvent, type CertificateType } from '../feed-types.ts'
import { declaredSoftwareSupportYears } from '../software-support-reading.ts'
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

// Every projector ends in an upsert keyed by the source's own ids (repositories/read-model-writes.ts).
const projectors: Record<string, Projector> = {
  'procurement.created': async (db, data, event) => {
    const criteriaSet = data.object<{ id: string; version: number; ambitionLevel: string }>('criteriaSet')
    await upsertProcurement(db, {
      id: data.string('procurementId'),
      buyerId: data.string('buyerOrganisationId'),
      title: data.string('title'),
      productCategory: data.string('productCategory'),
      cpvCodes: data.array<string>('cpvCodes'),
      currency: data.string('currency'),
      criteriaSet: { id: criteriaSet.id, version: criteriaSet.version, ambitionLevel: criteriaSet.ambitionLevel },
      // Titles and requirements reach the feed with later events; older ones leave them out.
      criteria: data.array<StoredCriterion>('criteria').map((c) => ({
        id: c.id, type: c.type, goals: c.goals, strategies: c.strategies, maxPoints: c.maxPoints ?? null,
        title: c.title ?? null, description: c.description ?? null, requirements: c.requirements ?? [], aspects: c.aspects ?? [],
      })),
      lots: data.array<StoredLot>('lots').map((lot) => ({ id: lot.id, title: lot.title })),
      weighting: data.optionalObject<StoredWeighting>('weighting'),
      priceScoring: data.optionalObject<StoredPriceScoring>('priceScoring'),
      createdAt: event.time,
    })
  },

  'procurement.statusChanged': async (db, data, event) => {
    await updateProcurementStatus(db, data.string('procurementId'), data.string('to'), event.time)
  },

  'award.made': async (db, data, event) => {
    const procurementId = data.string('procurementId')
    const criteria = await findProcurementCriteria(db, procurementId)
    const responses = data.array<StoredResponse>('responses')
    const warrantyYears = declaredWarrantyYears(criteria ?? [], responses)
    const softwareSupportYears = declaredSoftwareSupportYears(criteria ?? [], responses)
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
      softwareSupportYears,
    }))
    const value = data.object<{ amount: string; currency: string }>('value')
    await upsertAward(db, {
      id: data.string('awardId'),
      procurementId,
      lotId: data.string('lotId'),
      supplierId: data.string('supplierId'),
      bidId: data.string('bidId'),
      value: { amount: value.amount, currency: value.currency },
      lifeCycleCost: data.optionalObject<{ amount: string }>('lifeCycleCost')?.amount ?? null,
      co2e: data.optionalObject('co2e') ?? {},
      units,
      responses: responses.map((r) => ({ requirementId: r.requirementId, value: r.value, ...(r.unit ? { unit: r.unit } : {}) })),
      awardedAt: event.time,
    })
  },

  // A bid enters as submitted; a replay never takes back the status an evaluation gave it.
  'bid.submitted': async (db, data, event) => {
    await insertSubmittedBid(db, {
      id: data.string('bidId'),
      procurementId: data.string('procurementId'),
      lotId: data.string('lotId'),
      supplierId: data.string('supplierId'),
      submittedAt: event.time,
    })
  },

  // The lot's latest evaluation decides each bid's status, reasons and rank.
  'evaluation.completed': async (db, data) => {
    const ranking = data.array<string>('ranking')
    for (const bid of data.array<EvaluatedBid>('bids')) {
      const rank = ranking.indexOf(bid.bidId)
      await recordBidEvaluation(db, bid.bidId, { status: bid.status, reasons: bid.reasons ?? [], rank: rank < 0 ? null : rank + 1 })
    }
  },

  'contract.signed': async (db, data) => {
    await upsertContract(db, {
      id: data.string('contractId'),
      awardId: data.string('awardId'),
      procurementId: data.string('procurementId'),
      supplierId: data.string('supplierId'),
      signedOn: data.string('signedOn'),
      endsOn: data.optionalString('endsOn'),
    })
  },

  'performance.reported': async (db, data, event) => {
    await upsertPerformanceReport(db, {
      contractId: data.string('contractId'),
      criterionId: data.string('criterionId'),
      periodStart: data.string('periodStart'),
      periodEnd: data.string('periodEnd'),
      figures: data.object<StoredFigures>('figures'),
      met: data.boolean('met'),
      reportedAt: event.time,
    })
  },

  'evidence.reviewed': async (db, data, event) => {
    // Events published before the feed named the evidence type cannot be told apart from
    // evidence that is no certificate; neither is counted.
    const type = data.optionalString('type')
    if (!isCertificate(type)) return
    await upsertCertificate(db, {
      evidenceId: data.string('evidenceId'),
      supplierId: data.string('supplierId'),
      bidId: data.string('bidId'),
      type,
      issuer: data.string('issuer'),
      status: data.string('status'),
      validUntil: data.optionalString('validUntil'),
      reviewedAt: event.time,
      // Absent from reviews published before evidence named its scheme and coverage.
      scheme: data.optionalString('scheme'),
      coverage: data.optionalString('coverage'),
      coveredModels: data.optionalStrings('coveredModels'),
    })
  },

  'supplier.registered': async (db, data, event) => {
    await upsertSupplier(db, { id: data.string('supplierId'), name: data.string('name'), updatedAt: event.time })
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
