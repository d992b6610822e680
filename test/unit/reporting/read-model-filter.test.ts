import t from 'tap'
import { filterReadModel } from '../../../services/reporting/domain/read-model-filter.ts'
import { award, certification, model, procurement, report } from './fixtures.ts'

const lots = [
  { id: 'lot-1', title: 'Laptops', hasCircularCriteria: true, goals: ['environmental.circularEconomy'], strategies: ['technicalSpecifications'] },
  { id: 'lot-2', title: 'Monitors', hasCircularCriteria: false, goals: [], strategies: [] },
]

const readModel = model({
  procurements: [
    procurement({ id: 'p-a', buyerId: 'buyer-a', lots, publishedAt: '2024-11-01T00:00:00Z' }),
    procurement({ id: 'p-b', buyerId: 'buyer-b', productCategory: 'smartphones', publishedAt: '2025-02-01T00:00:00Z' }),
    procurement({ id: 'p-c', buyerId: 'buyer-a', publishedAt: '2026-01-01T00:00:00Z' }),
  ],
  awards: [
    award({ id: 'c-a1', procurementId: 'p-a', lotId: 'lot-1', supplierId: 's-1', awardedAt: '2025-01-15T00:00:00Z' }),
    award({ id: 'c-a2', procurementId: 'p-a', lotId: 'lot-2', supplierId: 's-2', awardedAt: '2025-01-20T00:00:00Z' }),
    award({ id: 'c-b', procurementId: 'p-b', supplierId: 's-3', awardedAt: '2025-03-01T00:00:00Z' }),
    award({ id: 'c-old', procurementId: 'p-a', lotId: 'lot-1', supplierId: 's-1', awardedAt: '2023-05-01T00:00:00Z' }),
    award({ id: 'c-orphan', procurementId: 'p-missing' }),
    award({ id: 'c-bad-lot', procurementId: 'p-a', lotId: 'lot-9' }),
  ],
  performanceReports: [
    report({ id: 'r-old-contract', contractId: 'c-old', period: { start: '2025-01-01T00:00:00Z', end: '2025-06-30T00:00:00Z' } }),
    report({ id: 'r-late', contractId: 'c-a1', period: { start: '2025-07-01T00:00:00Z', end: '2026-01-01T00:00:00Z' } }),
    report({ id: 'r-orphan', contractId: 'c-unknown' }),
  ],
  certifications: [certification({ supplierId: 's-1' }), certification({ supplierId: 's-9' })],
})

const year2025 = { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }

t.test('each record is placed in time by its own event, in a half-open window', async (t) => {
  const scope = filterReadModel(readModel, year2025)
  t.same(scope.procurements.map((p) => p.id), ['p-b'], 'published in 2025; p-c on the closing bound is out')
  t.same(scope.contracts.map((c) => c.award.id), ['c-a1', 'c-a2', 'c-b'], 'awarded in 2025 although p-a was published in 2024')
  t.same(scope.performanceReports.map((r) => r.id), ['r-old-contract'], 'a report on a 2023 contract counts when its period ends in 2025')
})

t.test('buyer, product category and lot narrow every record type', async (t) => {
  const byBuyer = filterReadModel(readModel, { ...year2025, buyerId: 'buyer-a' })
  t.same(byBuyer.contracts.map((c) => c.award.id), ['c-a1', 'c-a2'])
  t.same(byBuyer.procurements, [])

  const byCategory = filterReadModel(readModel, { productCategory: 'smartphones' })
  t.same(byCategory.procurements.map((p) => p.id), ['p-b'])
  t.same(byCategory.contracts.map((c) => c.award.id), ['c-b'])

  const byLot = filterReadModel(readModel, { lotId: 'lot-1' })
  t.same(byLot.procurements.map((p) => p.id), ['p-a'])
  t.same(byLot.contracts.map((c) => c.award.id), ['c-a1', 'c-old'])
  t.same(byLot.performanceReports.map((r) => r.id), ['r-old-contract', 'r-late'])
})

t.test('an award takes its lot’s sustainability tags, or the tender’s when it has no lot', async (t) => {
  const scope = filterReadModel(readModel, {})
  const tagsOf = (id: string) => scope.contracts.find((c) => c.award.id === id)?.tags
  t.equal(tagsOf('c-a1')?.hasCircularCriteria, true)
  t.equal(tagsOf('c-a2')?.hasCircularCriteria, false)
  t.equal(tagsOf('c-b'), scope.procurements.find((p) => p.id === 'p-b'))
})

t.test('records pointing nowhere are listed, not silently dropped', async (t) => {
  const scope = filterReadModel(readModel, {})
  t.same(scope.unattributed.awardIds, ['c-orphan', 'c-bad-lot'])
  t.same(scope.unattributed.performanceReportIds, ['r-orphan'])
})

t.test('certifications follow the suppliers awarded in scope', async (t) => {
  t.same(filterReadModel(readModel, {}).certifications.map((c) => c.supplierId), ['s-1'])
  t.same(filterReadModel(readModel, { buyerId: 'buyer-b' }).certifications, [])
})

t.test('an empty read model gives an empty scope', async (t) => {
  const scope = filterReadModel(model(), year2025)
  t.same([scope.procurements, scope.contracts, scope.performanceReports, scope.certifications], [[], [], [], []])
})
