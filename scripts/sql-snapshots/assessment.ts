import type { Principal } from '../../services/kernel/auth/roles.ts'
import { awardOfLot, awardWithProcurement, insertAward, unawardedLots } from '../../services/assessment/repositories/awards.ts'
import { bidById, findBid, insertBid, listBidsOfProcurement, liveBidOf, markBidSubmitted, submittedBidsOfLot, updateBidContent } from '../../services/assessment/repositories/bids.ts'
import { clausesWithReports, contractOfAward, findClause, findContract, insertClauses, insertContract, insertReport, replaceReport, reportOfPeriod } from '../../services/assessment/repositories/contracts.ts'
import { insertEvaluation, latestEvaluation } from '../../services/assessment/repositories/evaluations.ts'
import { appendEvent, listEvents } from '../../services/assessment/repositories/events.ts'
import { clarificationRequested, evidenceForReview, evidenceOfBids, insertEvidence, recordVerdict } from '../../services/assessment/repositories/evidence.ts'
import {
  evaluatorsOf,
  findProcurement,
  insertEvaluatorAssignment,
  insertLots,
  insertProcurement,
  evaluatesForOrganisation,
  isAssignedEvaluator,
  listProcurements,
  lockProcurement,
  lotExists,
  lotsOf,
  setProcurementStatus,
} from '../../services/assessment/repositories/procurements.ts'
import {
  claimIdentifiers,
  endExclusion,
  exclusionsBySupplier,
  findExclusion,
  findSupplier,
  identifiersOf,
  insertExclusion,
  insertSupplier,
  listExclusions,
  listSuppliers,
  releaseIdentifiers,
  supplierExists,
  updateSupplier,
} from '../../services/assessment/repositories/suppliers.ts'
import {
  claimDueDeliveries,
  countDeliveryBacklog,
  deleteSubscription,
  enqueueDeliveries,
  findSubscription,
  insertSubscription,
  listDeliveries,
  listSubscriptions,
  markDelivered,
  markFailed,
} from '../../services/assessment/repositories/webhooks.ts'
import type { RepositoryQueries } from './compile.ts'

const procurementId = '0d6f7a52-5b1e-4c53-9a0e-6f1d2c3b4a50'
const bidId = '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d'
const supplierId = '5c3e2d1f-0a9b-4c8d-8e7f-6a5b4c3d2e1f'
const contractId = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b'
const buyer: Principal = { subject: 'buyer-1', roles: ['buyer'], organisationId: 'ministry-of-finance', supplierId: null }
const evaluator: Principal = { subject: 'evaluator-17', roles: ['evaluator'], organisationId: null, supplierId: null }
const supplier: Principal = { subject: 'supplier-user-3', roles: ['supplier'], organisationId: null, supplierId }
const auditor: Principal = { subject: 'auditor-2', roles: ['auditor'], organisationId: null, supplierId: null }
const claim = { subscription_id: 'b7a6c5d4-e3f2-4a1b-9c8d-7e6f5a4b3c2d', sequence: 42, lease_id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f' }
const content = { offeredProducts: [{ model: 'EcoBook 14 G3', quantity: 1000 }], responses: [{ requirementId: 'TS3.years.core', value: 4 }] }

export const assessmentQueries: RepositoryQueries[] = [
  {
    module: 'services/assessment/repositories/suppliers.ts',
    helpers: ['identifierKey'],
    queries: [
      { name: 'insertSupplier', run: (db) => insertSupplier(db, { name: 'EcoBook Ltd', country: 'DE', contacts: [] }, 'ministry-of-finance') },
      { name: 'updateSupplier', run: (db) => updateSupplier(db, supplierId, { name: 'EcoBook GmbH', country: 'DE', contacts: [] }) },
      { name: 'findSupplier', run: (db) => findSupplier(db, supplierId) },
      { name: 'findSupplier (for update)', run: (db) => findSupplier(db, supplierId, true) },
      { name: 'supplierExists', run: (db) => supplierExists(db, supplierId) },
      { name: 'claimIdentifiers', run: (db) => claimIdentifiers(db, supplierId, [{ scheme: 'VAT', value: 'DE123456789' }]) },
      { name: 'releaseIdentifiers', run: (db) => releaseIdentifiers(db, supplierId) },
      { name: 'identifiersOf', run: (db) => identifiersOf(db, [supplierId]) },
      { name: 'listSuppliers', run: (db) => listSuppliers(db, { after: null, limit: 20 }) },
      { name: 'listSuppliers (filtered, next page)', run: (db) => listSuppliers(db, { country: 'DE', identifier: 'DE123456789', q: 'eco', after: ['ecobook ltd', supplierId], limit: 20 }) },
      { name: 'insertExclusion', run: (db) => insertExclusion(db, supplierId, { reason: 'Art. 57(4)(b): insolvency', endsOn: '2027-12-31', scope: 'buyer', organisationId: 'ministry-of-finance' }) },
      { name: 'findExclusion', run: (db) => findExclusion(db, supplierId, 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b') },
      { name: 'findExclusion (for update)', run: (db) => findExclusion(db, supplierId, 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', true) },
      { name: 'endExclusion', run: (db) => endExclusion(db, 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', 'Art. 57(6): self-cleaning proven') },
      { name: 'listExclusions', run: (db) => listExclusions(db, supplierId, null, 20) },
      { name: 'listExclusions (next page)', run: (db) => listExclusions(db, supplierId, 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', 20) },
      { name: 'exclusionsBySupplier', run: (db) => exclusionsBySupplier(db, [supplierId], 'ministry-of-finance') },
    ],
  },
  {
    module: 'services/assessment/repositories/procurements.ts',
    helpers: ['visibleTo'],
    queries: [
      { name: 'findProcurement (buyer)', run: (db) => findProcurement(db, procurementId, buyer) },
      { name: 'findProcurement (evaluator, for update)', run: (db) => findProcurement(db, procurementId, evaluator, true) },
      { name: 'findProcurement (auditor)', run: (db) => findProcurement(db, procurementId, auditor) },
      { name: 'lotsOf', run: (db) => lotsOf(db, [procurementId]) },
      { name: 'listProcurements', run: (db) => listProcurements(db, supplier, { limit: 20 }) },
      { name: 'listProcurements (by status, next page)', run: (db) => listProcurements(db, buyer, { status: 'open', after: procurementId, limit: 20 }) },
      { name: 'isAssignedEvaluator', run: (db) => isAssignedEvaluator(db, procurementId, 'evaluator-17') },
      { name: 'evaluatesForOrganisation', run: (db) => evaluatesForOrganisation(db, 'evaluator-17', 'ministry-of-finance') },
      {
        name: 'insertProcurement',
        run: (db) =>
          insertProcurement(db, {
            buyerOrganisationId: 'ministry-of-finance',
            title: 'Notebooks for the Ministry of Finance, 2027',
            description: null,
            productCategory: 'computers-and-monitors',
            cpvCodes: ['30213100'],
            currency: 'EUR',
            estimatedValue: '900000.00',
            criteriaSet: { id: 'notebooks-core', version: 1, snapshot: {} },
            evaluationCriteria: {},
            settings: {},
          }),
      },
      { name: 'insertLots', run: (db) => insertLots(db, procurementId, [{ id: 'LOT-1', title: 'Standard notebooks', estimatedValue: null }]) },
      { name: 'lotExists', run: (db) => lotExists(db, procurementId, 'LOT-1') },
      { name: 'setProcurementStatus', run: (db) => setProcurementStatus(db, procurementId, 'open') },
      { name: 'lockProcurement', run: (db) => lockProcurement(db, procurementId) },
      { name: 'insertEvaluatorAssignment', run: (db) => insertEvaluatorAssignment(db, procurementId, 'evaluator-17') },
      { name: 'evaluatorsOf', run: (db) => evaluatorsOf(db, procurementId) },
    ],
  },
  {
    module: 'services/assessment/repositories/bids.ts',
    helpers: ['bidVisibleTo'],
    queries: [
      { name: 'findBid (supplier)', run: (db) => findBid(db, bidId, supplier) },
      { name: 'findBid (buyer and evaluator, for update)', run: (db) => findBid(db, bidId, { ...buyer, roles: ['buyer', 'evaluator'] }, true) },
      { name: 'findBid (auditor)', run: (db) => findBid(db, bidId, auditor) },
      { name: 'listBidsOfProcurement', run: (db) => listBidsOfProcurement(db, procurementId, buyer, undefined, null, 20) },
      { name: 'listBidsOfProcurement (one lot, next page)', run: (db) => listBidsOfProcurement(db, procurementId, supplier, 'LOT-1', bidId, 20) },
      { name: 'submittedBidsOfLot', run: (db) => submittedBidsOfLot(db, procurementId, 'LOT-1') },
      { name: 'liveBidOf', run: (db) => liveBidOf(db, procurementId, 'LOT-1', supplierId) },
      { name: 'insertBid', run: (db) => insertBid(db, { procurementId, lotId: 'LOT-1', supplierId, ...content }) },
      { name: 'updateBidContent', run: (db) => updateBidContent(db, bidId, content) },
      { name: 'markBidSubmitted', run: (db) => markBidSubmitted(db, bidId) },
      { name: 'bidById', run: (db) => bidById(db, bidId) },
    ],
  },
  {
    module: 'services/assessment/repositories/evidence.ts',
    queries: [
      { name: 'evidenceOfBids', run: (db) => evidenceOfBids(db, [bidId]) },
      { name: 'clarificationRequested', run: (db) => clarificationRequested(db, bidId, 'EU-GPP-2021-CMTS.TS3') },
      {
        name: 'insertEvidence',
        run: (db) =>
          insertEvidence(db, { bidId, criterionId: 'EU-GPP-2021-CMTS.TS3', type: 'warrantyTerms', issuer: 'EcoBook Ltd', identifier: null, validUntil: '2031-12-31', url: null, documentHash: null, scheme: null, coverage: null, coveredModels: [] }),
      },
      { name: 'evidenceForReview', run: (db) => evidenceForReview(db, procurementId, 'f0e1d2c3-b4a5-4968-8776-655443322110') },
      { name: 'recordVerdict', run: (db) => recordVerdict(db, 'f0e1d2c3-b4a5-4968-8776-655443322110', { status: 'verified', reason: null, reviewer: 'evaluator-17' }) },
    ],
  },
  {
    module: 'services/assessment/repositories/evaluations.ts',
    queries: [
      { name: 'insertEvaluation', run: (db) => insertEvaluation(db, { procurementId, lotId: 'LOT-1', evaluationDate: '2027-01-15', provisional: false, result: {} }) },
      { name: 'latestEvaluation', run: (db) => latestEvaluation(db, procurementId, 'LOT-1') },
    ],
  },
  {
    module: 'services/assessment/repositories/awards.ts',
    queries: [
      { name: 'awardOfLot', run: (db) => awardOfLot(db, procurementId, 'LOT-1') },
      {
        name: 'insertAward',
        run: (db) =>
          insertAward(db, { procurementId, lotId: 'LOT-1', bidId, supplierId, evaluationId: '7d0c5b1e-0b8f-4a53-9a61-3c1f2e4d5a6b', value: { amount: '820000.00', currency: 'EUR' } }),
      },
      { name: 'unawardedLots', run: (db) => unawardedLots(db, procurementId) },
      { name: 'awardWithProcurement', run: (db) => awardWithProcurement(db, '3b2a1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d') },
    ],
  },
  {
    module: 'services/assessment/repositories/contracts.ts',
    queries: [
      { name: 'findContract (buyer and supplier)', run: (db) => findContract(db, contractId, { ...buyer, roles: ['buyer', 'supplier'], supplierId }) },
      { name: 'findContract (auditor)', run: (db) => findContract(db, contractId, auditor) },
      { name: 'clausesWithReports', run: (db) => clausesWithReports(db, contractId) },
      { name: 'contractOfAward', run: (db) => contractOfAward(db, '3b2a1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d') },
      {
        name: 'insertContract',
        run: (db) => insertContract(db, { awardId: '3b2a1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d', procurementId, supplierId, signedOn: '2027-02-01', endsOn: '2031-01-31' }),
      },
      { name: 'insertClauses', run: (db) => insertClauses(db, contractId, [{ criterionId: 'EU-GPP-2021-CMTS.CPC2', title: 'Take-back and reuse', targets: [] }]) },
      { name: 'findClause', run: (db) => findClause(db, contractId, 'a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d') },
      { name: 'reportOfPeriod', run: (db) => reportOfPeriod(db, 'a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d', { start: '2027-01-01', end: '2027-12-31' }) },
      {
        name: 'insertReport',
        run: (db) =>
          insertReport(db, { clauseId: 'a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d', periodStart: '2027-01-01', periodEnd: '2027-12-31', figures: {}, met: true, assessment: {} }),
      },
      { name: 'replaceReport', run: (db) => replaceReport(db, 'a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d', { figures: {}, met: false, assessment: {} }) },
    ],
  },
  {
    module: 'services/assessment/repositories/events.ts',
    queries: [
      { name: 'appendEvent', run: (db) => appendEvent(db, { type: 'award.made', subject: `procurements/${procurementId}/lots/LOT-1`, data: {} }) },
      { name: 'listEvents', run: (db) => listEvents(db, { afterSequence: 0, limit: 20 }) },
      { name: 'listEvents (one type, next page)', run: (db) => listEvents(db, { afterSequence: 40, type: 'award.made', limit: 20 }) },
    ],
  },
  {
    module: 'services/assessment/repositories/webhooks.ts',
    queries: [
      {
        name: 'insertSubscription',
        run: (db) => insertSubscription(db, { url: 'https://reporting.example.gov/api/v1/inbox/assessment', eventTypes: ['award.made'], secret: 'whsec_…', owner: auditor }),
      },
      { name: 'listSubscriptions', run: (db) => listSubscriptions(db, auditor, null, 20) },
      { name: 'listSubscriptions (next page)', run: (db) => listSubscriptions(db, auditor, claim.subscription_id, 20) },
      { name: 'findSubscription', run: (db) => findSubscription(db, auditor, claim.subscription_id) },
      { name: 'deleteSubscription', run: (db) => deleteSubscription(db, auditor, claim.subscription_id) },
      { name: 'listDeliveries', run: (db) => listDeliveries(db, claim.subscription_id, 0, 20) },
      { name: 'enqueueDeliveries', run: (db) => enqueueDeliveries(db) },
      { name: 'claimDueDeliveries', run: (db) => claimDueDeliveries(db, 100, 70) },
      { name: 'markDelivered', run: (db) => markDelivered(db, claim) },
      { name: 'markFailed', run: (db) => markFailed(db, claim, 'HTTP 503', 20) },
      { name: 'countDeliveryBacklog', run: (db) => countDeliveryBacklog(db) },
    ],
  },
]
