import { randomUUID } from 'node:crypto'
import type { fakeFeeds } from './fake-feeds.ts'

type Feeds = Awaited<ReturnType<typeof fakeFeeds>>

const WARRANTY = { id: 'TS3.years.core', title: 'Warranty years', dataType: 'integer', unit: 'year', minValue: 3, maxValue: null, allowedValues: null, expectedValue: null }
export const CIRCULAR = { id: 'EU-GPP-2021-CMTS.TS3', type: 'technicalSpecification', aspects: ['durability'], goals: ['environmental.circularEconomy'], strategies: ['technicalSpecifications', 'euGPPCriteria'], maxPoints: null, title: 'Warranty', description: 'Devices come with a warranty.', requirements: [WARRANTY] }
export const ENERGY = { id: 'EU-GPP-2021-CMTS.TS18', type: 'technicalSpecification', aspects: ['energyEfficiency'], goals: ['environmental.energyEfficiency'], strategies: ['technicalSpecifications'], maxPoints: null, title: 'Energy', description: 'Energy efficiency.', requirements: [] as typeof WARRANTY[] }
const UPDATE_YEARS = { ...WARRANTY, id: 'TS-UPDATES-NB.years', title: 'Years of OS and security updates', minValue: 4 }
/** The catalogue's OS and security updates specification for notebooks, found by its aspect and unit. */
export const UPDATES = { ...CIRCULAR, id: 'CIRC-ICT.TS-UPDATES-NB', aspects: ['softwareSupport'], goals: ['environmental.wasteReduction', 'environmental.circularEconomy'], strategies: ['technicalSpecifications'], title: 'OS and security updates', description: 'Updates for a set number of years.', requirements: [UPDATE_YEARS] }

export interface TenderSpec {
  buyer: string
  publishedAt: string
  criteria?: typeof CIRCULAR[]
  category?: string
  lots?: string[]
  cpv?: string
  /** Leave the tender a draft: created, never opened. */
  draft?: boolean
}

export interface AwardSpec {
  lotId?: string
  awardedAt: string
  amount: string
  units: { quantity: number; condition: 'new' | 'refurbished'; lifetime?: number; deviceType?: string; model?: string }[]
  warrantyYears?: number
  /** The bid's answer to the updates requirement (UPDATES). */
  softwareSupportYears?: number
}

export interface CertificateReview {
  type: 'type1EcolabelCertificate' | 'managementSystemCertificate' | 'testReport'
  reviewedAt: string
  status?: 'verified' | 'rejected' | 'under_review'
  validUntil?: string | null
  evidenceId?: string
  /** Absent: a review published before evidence named its scheme and coverage. */
  scheme?: string
  coverage?: 'products' | 'organisation'
  coveredModels?: string[]
}

/** Writes a tender's life into the fake feed as the assessment service would emit it. */
export function tender(feeds: Feeds, spec: TenderSpec) {
  const procurementId = randomUUID()
  const lots = spec.lots ?? ['LOT-1']
  feeds.emit('procurement.created', {
    procurementId,
    buyerOrganisationId: spec.buyer,
    title: `Tender of ${spec.buyer}`,
    productCategory: spec.category ?? 'notebooks',
    cpvCodes: [spec.cpv ?? '30213100'],
    currency: 'EUR',
    lots: lots.map((id) => ({ id, title: `Lot ${id}`, estimatedValue: null })),
    criteriaSet: { id: 'notebooks-core', version: 1, ambitionLevel: 'core' },
    // Price only: the tenders pick no award criteria to give quality points to.
    weighting: { priceWeight: 100, qualityWeight: 0, minimumQualityScore: null },
    priceScoring: { basis: 'lifeCycleCost', rule: 'relativeToLowest' },
    criteria: spec.criteria ?? [CIRCULAR],
  }, spec.publishedAt)
  if (!spec.draft) feeds.emit('procurement.statusChanged', { procurementId, from: 'draft', to: 'open' }, spec.publishedAt)
  return {
    procurementId,
    award(award: AwardSpec) {
      const awardId = randomUUID()
      const supplierId = randomUUID()
      const bidId = randomUUID()
      feeds.emit('supplier.registered', { supplierId, name: `Supplier ${supplierId.slice(0, 4)}`, country: 'EE', identifiers: [] }, award.awardedAt)
      feeds.emit('award.made', {
        awardId,
        procurementId,
        lotId: award.lotId ?? lots[0],
        bidId,
        supplierId,
        value: { amount: award.amount, currency: 'EUR' },
        lifeCycleCost: { amount: award.amount, currency: 'EUR' },
        co2e: { totalKg: 1, embodiedKg: 1, usePhaseKg: 0, factorSetId: 'ademe-boavizta' },
        offeredProducts: award.units.map((u) => ({
          model: u.model ?? 'Notebook 14', gtin: '04012345678901', deviceType: u.deviceType ?? 'laptop', quantity: u.quantity,
          unitPrice: { amount: '500.00', currency: 'EUR' }, condition: u.condition, declaredLifetimeYears: u.lifetime ?? 5, yearlyEnergyKWh: 18.8, massKg: 1.65,
        })),
        responses: [
          ...(award.warrantyYears === undefined ? [] : [{ requirementId: 'TS3.years.core', value: award.warrantyYears, unit: 'year' }]),
          ...(award.softwareSupportYears === undefined ? [] : [{ requirementId: UPDATE_YEARS.id, value: award.softwareSupportYears, unit: 'year' }]),
        ],
        totalPoints: 80,
      }, award.awardedAt)
      return {
        awardId,
        bidId,
        supplierId,
        /** An evaluator's verdict on a certificate the winning bid carried; returns the evidence id for a later verdict. */
        certificate(review: CertificateReview): string {
          const evidenceId = review.evidenceId ?? randomUUID()
          feeds.emit('evidence.reviewed', {
            evidenceId, procurementId, bidId, supplierId, criterionId: 'EU-GPP-2021-CMTS.TS18',
            type: review.type, issuer: 'Certifier', validUntil: review.validUntil ?? null, status: review.status ?? 'verified',
            ...(review.scheme === undefined ? {} : { scheme: review.scheme, coverage: review.coverage ?? null, coveredModels: review.coveredModels ?? [] }),
          }, review.reviewedAt)
          return evidenceId
        },
        sign(signedOn: string) {
          const contractId = randomUUID()
          feeds.emit('contract.signed', { contractId, awardId, procurementId, lotId: award.lotId ?? lots[0], supplierId, signedOn, endsOn: null, clauses: ['EU-GPP-2021-CMTS.CPC2'] }, `${signedOn}T12:00:00.000Z`)
          return {
            contractId,
            report(periodStart: string, periodEnd: string, figures: Record<string, unknown>, criterionId = 'EU-GPP-2021-CMTS.CPC2') {
              feeds.emit('performance.reported', {
                contractId, procurementId, supplierId, criterionId, periodStart, periodEnd,
                figures,
                met: true,
              }, `${periodEnd}T12:00:00.000Z`)
            },
          }
        },
      }
    },
  }
}
