import t from 'tap'
import { certifiedSupplierShare } from '../../../services/reporting/domain/kpis/supplier-kpis.ts'
import { EMPTY_SCOPE, award, certification, procurement, scope } from './fixtures.ts'

const scoped = scope({
  procurements: [procurement()],
  awards: ['s-1', 's-2', 's-3', 's-4'].map((supplierId, i) => award({ id: `c-${i}`, supplierId })),
  certifications: [
    certification({ supplierId: 's-1', scheme: 'ISO_14001' }),
    certification({ supplierId: 's-2', scheme: 'EMAS', validUntil: '2025-01-01T00:00:00Z' }),
    certification({ supplierId: 's-3', scheme: 'EMAS', verified: false }),
    certification({ supplierId: 's-4', scheme: 'ISO_9001' }),
    certification({ supplierId: 's-4', certificateId: 'older-1', scheme: null }),
    certification({ supplierId: 's-4', certificateId: 'older-2', scheme: null, verified: false }),
  ],
})

t.test('K19 counts awarded suppliers with a verified EMS certificate valid on the as-of date', async (t) => {
  const result = certifiedSupplierShare(scoped, '2025-06-30T00:00:00Z')
  t.equal(result.numerator, 1, 'expired, unverified, ISO 9001 and unnamed certificates do not count')
  t.equal(result.denominator, 4)
  t.equal(result.value, 25)
  t.equal(result.recordCount, 4)
  // s-4's verified certificate naming no standard is left out; its unverified one never counted.
  t.equal(result.note, 'schemes ISO_14001, EMAS valid on 2025-06-30T00:00:00Z; 1 verified management-system certificate left out: it names no standard')
})

t.test('K19 depends on the as-of date passed in', async (t) => {
  t.equal(certifiedSupplierShare(scoped, '2024-12-31T00:00:00Z').numerator, 2)
})

t.test('K19 schemes are configurable', async (t) => {
  t.equal(certifiedSupplierShare(scoped, '2025-06-30T00:00:00Z', ['ISO_14001', 'ISO_9001']).numerator, 2)
})

t.test('K19 with no awarded supplier says no data', async (t) => {
  t.equal(certifiedSupplierShare(EMPTY_SCOPE, '2025-06-30T00:00:00Z').value, null)
})

t.test('K19: a certificate without an end date does not lapse, but counts only from its start', async (t) => {
  const open = scope({ procurements: [procurement()], awards: [award({ supplierId: 's-1' })], certifications: [certification({ supplierId: 's-1', validFrom: '2025-03-01T00:00:00Z', validUntil: null })] })
  t.equal(certifiedSupplierShare(open, '2040-01-01T00:00:00Z').value, 100)
  t.equal(certifiedSupplierShare(open, '2025-02-28T00:00:00Z').value, 0)
})
