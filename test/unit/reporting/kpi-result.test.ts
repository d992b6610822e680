import t from 'tap'
import { NO_DATA, ratioResult, totalResult } from '../../../services/reporting/domain/kpi-result.ts'

t.test('no records: the value is null and the note says no data, never 0 % or NaN', async (t) => {
  const result = ratioResult({ kpiId: 'K09', unit: '%', numerator: 0, denominator: 0, recordCount: 0, scale: 100 })
  t.equal(result.value, null)
  t.equal(result.note, NO_DATA)
  t.equal(result.recordCount, 0)
})

t.test('records with a zero denominator: null with the reason', async (t) => {
  const result = ratioResult({ kpiId: 'K12', unit: '%', numerator: 0, denominator: 0, recordCount: 3, scale: 100 })
  t.equal(result.value, null)
  t.match(result.note, /denominator is zero/)
  t.equal(result.denominator, 0)
  t.equal(result.recordCount, 3)
})

t.test('a share keeps its numerator, denominator and record count', async (t) => {
  const result = ratioResult({ kpiId: 'K05', unit: '%', numerator: 1, denominator: 4, recordCount: 2, scale: 100 })
  t.same(
    { value: result.value, numerator: result.numerator, denominator: result.denominator, recordCount: result.recordCount },
    { value: 25, numerator: 1, denominator: 4, recordCount: 2 },
  )
  t.equal(result.note, null)
})

t.test('a share above 100 % is shown but flagged', async (t) => {
  const result = ratioResult({ kpiId: 'K09', unit: '%', numerator: 12, denominator: 10, recordCount: 1, scale: 100 })
  t.equal(result.value, 120)
  t.match(result.note, /above 100 %/)
})

t.test('a mean is the same ratio at scale 1', async (t) => {
  const result = ratioResult({ kpiId: 'K06', unit: 'years', numerator: 2200, denominator: 400, recordCount: 2, scale: 1 })
  t.equal(result.value, 5.5)
})

t.test('a total with no contributing record is no data, not zero', async (t) => {
  t.equal(totalResult({ kpiId: 'K13', unit: 'kg', total: 0, recordCount: 0 }).value, null)
  t.equal(totalResult({ kpiId: 'K13', unit: 'kg', total: 0, recordCount: 2 }).value, 0)
})
