import { buyerExists, findBuyerSettings, lockBuyerSettings, upsertBuyerSettings } from '../../services/reporting/repositories/buyers.ts'
import { advanceCursor, claimEvents, listFeedCursors, readCursor, recordPoll } from '../../services/reporting/repositories/feed-cursors.ts'
import { insertMaturityAssessment, listMaturityAssessments } from '../../services/reporting/repositories/maturity-assessments.ts'
import { loadOcdsProcurements } from '../../services/reporting/repositories/ocds-input.ts'
import { countReadModelRows } from '../../services/reporting/repositories/read-model-counts.ts'
import { resetReadModel } from '../../services/reporting/repositories/read-model-reset.ts'
import {
  findProcurementCriteria,
  insertSubmittedBid,
  recordBidEvaluation,
  updateProcurementStatus,
  upsertAward,
  upsertCertificate,
  upsertContract,
  upsertCriterion,
  upsertPerformanceReport,
  upsertProcurement,
  upsertSupplier,
} from '../../services/reporting/repositories/read-model-writes.ts'
import { loadReadModel } from '../../services/reporting/repositories/read-model.ts'
import { deleteTarget, findTarget, insertTarget, listTargets, updateTarget } from '../../services/reporting/repositories/targets.ts'
import type { RepositoryQueries } from './compile.ts'

const buyer = 'ORG-MOF'
const targetId = '0b4f3c2e-8d1a-4c6b-9e7f-1a2b3c4d5e6f'
const target = { kpiId: 'K05', targetValue: 30, direction: 'atLeast' as const, baselineValue: 5, baselineDate: '2026-01-01', deadline: '2028-12-31' }
const at = '2026-03-01T09:00:00.000Z'

export const reportingQueries: RepositoryQueries[] = [
  {
    module: 'services/reporting/repositories/buyers.ts',
    queries: [
      { name: 'buyerExists', run: (db) => buyerExists(db, buyer) },
      { name: 'findBuyerSettings', run: (db) => findBuyerSettings(db, buyer) },
      { name: 'lockBuyerSettings', run: (db) => lockBuyerSettings(db, buyer) },
      { name: 'upsertBuyerSettings', run: (db) => upsertBuyerSettings(db, buyer, { publicDashboard: true, displayName: 'Ministry of Finance' }) },
    ],
  },
  {
    module: 'services/reporting/repositories/feed-cursors.ts',
    queries: [
      { name: 'readCursor', run: (db) => readCursor(db, 'assessment-events') },
      { name: 'listFeedCursors', run: (db) => listFeedCursors(db) },
      { name: 'advanceCursor', run: (db) => advanceCursor(db, 'assessment-events', 'WzQxXQ', 'WzQyXQ', 1) },
      { name: 'recordPoll', run: (db) => recordPoll(db, 'catalogue-changes', null) },
      { name: 'recordPoll (failed)', run: (db) => recordPoll(db, 'catalogue-changes', '127.0.0.1:3001/api/v1/changes could not be reached') },
      { name: 'claimEvents', run: (db) => claimEvents(db, 'assessment-events', ['event-41', 'event-42']) },
    ],
  },
  {
    module: 'services/reporting/repositories/maturity-assessments.ts',
    queries: [
      { name: 'insertMaturityAssessment', run: (db) => insertMaturityAssessment(db, buyer, [{ itemId: 'P1.1', value: 2 }], { overall: { score: 40 } }) },
      { name: 'listMaturityAssessments', run: (db) => listMaturityAssessments(db, buyer, null, 20) },
      { name: 'listMaturityAssessments (next page)', run: (db) => listMaturityAssessments(db, buyer, { createdAt: at, id: targetId }, 20) },
    ],
  },
  {
    module: 'services/reporting/repositories/ocds-input.ts',
    queries: [
      { name: 'loadOcdsProcurements', run: (db) => loadOcdsProcurements(db, { procurementId: 'p-1' }) },
      { name: 'loadOcdsProcurements (a buyer and period)', run: (db) => loadOcdsProcurements(db, { buyerId: buyer, from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z', limit: 501 }) },
    ],
  },
  {
    module: 'services/reporting/repositories/read-model-counts.ts',
    queries: [{ name: 'countReadModelRows', run: (db) => countReadModelRows(db) }],
  },
  {
    module: 'services/reporting/repositories/read-model-reset.ts',
    queries: [{ name: 'resetReadModel', run: (db) => resetReadModel(db) }],
  },
  {
    module: 'services/reporting/repositories/read-model-rows.ts',
    queries: [],
    helpers: ['toProcurement', 'toAward', 'toClauseReport', 'toCertifications', 'bidEcolabels'],
  },
  {
    module: 'services/reporting/repositories/read-model-writes.ts',
    queries: [
      {
        name: 'upsertProcurement',
        run: (db) =>
          upsertProcurement(db, {
            id: 'p-1',
            buyerId: buyer,
            title: 'Laptops',
            productCategory: 'computers',
            cpvCodes: ['30213100'],
            currency: 'EUR',
            criteriaSet: { id: 'EU-GPP-2021-CMTS', version: 1, ambitionLevel: 'core' },
            criteria: [],
            lots: [{ id: 'lot-1', title: 'Laptops' }],
            weighting: null,
            priceScoring: { basis: 'lifeCycleCost', rule: 'relativeToLowest' },
            createdAt: at,
          }),
      },
      { name: 'insertSubmittedBid', run: (db) => insertSubmittedBid(db, { id: 'b-1', procurementId: 'p-1', lotId: 'lot-1', supplierId: 's-1', submittedAt: at }) },
      { name: 'recordBidEvaluation', run: (db) => recordBidEvaluation(db, 'b-1', { status: 'excluded', reasons: ['supplier excluded'], rank: null }) },
      { name: 'updateProcurementStatus', run: (db) => updateProcurementStatus(db, 'p-1', 'open', at) },
      { name: 'findProcurementCriteria', run: (db) => findProcurementCriteria(db, 'p-1') },
      {
        name: 'upsertAward',
        run: (db) =>
          upsertAward(db, {
            id: 'a-1',
            procurementId: 'p-1',
            lotId: 'lot-1',
            supplierId: 's-1',
            bidId: 'b-1',
            value: { amount: '120000.00', currency: 'EUR' },
            lifeCycleCost: null,
            co2e: {},
            units: [],
            responses: [],
            awardedAt: at,
          }),
      },
      { name: 'upsertContract', run: (db) => upsertContract(db, { id: 'c-1', awardId: 'a-1', procurementId: 'p-1', supplierId: 's-1', signedOn: '2026-03-15', endsOn: null }) },
      {
        name: 'upsertPerformanceReport',
        run: (db) =>
          upsertPerformanceReport(db, {
            contractId: 'c-1',
            criterionId: 'EU-GPP-2021-CMTS.CPC2',
            periodStart: '2026-01-01',
            periodEnd: '2026-12-31',
            figures: { unitsCollected: 40, unitsReused: 30, unitsRecycled: 10, unitsSanitised: 40, sanitisationCertificates: 38, repairs: 2, sparePartsDelivered: 5 },
            met: true,
            reportedAt: at,
          }),
      },
      {
        name: 'upsertCertificate',
        run: (db) =>
          upsertCertificate(db, { evidenceId: 'e-1', supplierId: 's-1', bidId: 'b-1', type: 'type1EcolabelCertificate', issuer: 'TCO Development', status: 'verified', validUntil: '2028-12-31', reviewedAt: at, scheme: 'TCO_CERTIFIED', coverage: 'products', coveredModels: ['Notebook 14'] }),
      },
      { name: 'upsertSupplier', run: (db) => upsertSupplier(db, { id: 's-1', name: 'Refurb Ltd', updatedAt: at }) },
      {
        name: 'upsertCriterion',
        run: (db) => upsertCriterion(db, { id: 'EU-GPP-2021-CMTS.TS3', version: 2, type: 'technicalSpecification', sourceCode: 'EU-GPP-2021-CMTS', goals: ['circularEconomy'], strategies: ['lifetimeExtension'], updatedAt: at }),
      },
    ],
  },
  {
    module: 'services/reporting/repositories/read-model.ts',
    queries: [
      { name: 'loadReadModel', run: (db) => loadReadModel(db, {}, at) },
      { name: 'loadReadModel (a buyer, category, lot and period)', run: (db) => loadReadModel(db, { buyerId: buyer, productCategory: 'computers', lotId: 'lot-1', from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' }, at) },
    ],
  },
  {
    module: 'services/reporting/repositories/targets.ts',
    queries: [
      { name: 'insertTarget', run: (db) => insertTarget(db, buyer, target) },
      { name: 'updateTarget', run: (db) => updateTarget(db, targetId, target) },
      { name: 'findTarget', run: (db) => findTarget(db, buyer, targetId) },
      { name: 'findTarget (locked)', run: (db) => findTarget(db, buyer, targetId, true) },
      { name: 'listTargets', run: (db) => listTargets(db, buyer, null, 20) },
      { name: 'listTargets (next page)', run: (db) => listTargets(db, buyer, targetId, 20) },
      { name: 'deleteTarget', run: (db) => deleteTarget(db, targetId) },
    ],
  },
]
