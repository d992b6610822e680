import t from 'tap'
import { assessTarget, validateTarget } from '../../../services/reporting/domain/targets/target-progress.ts'
import type { Target } from '../../../services/reporting/domain/targets/target-progress.ts'

const at = (year: number) => new Date(Date.UTC(year, 0, 1)).toISOString()

// Share of ICT procedures with circular criteria from 10 % in 2024 to 50 % by 2028.
const target: Target = {
  kpiId: 'K01',
  targetValue: 50,
  direction: 'atLeast',
  baselineValue: 10,
  baselineDate: at(2024),
  deadline: at(2028),
}
const now = at(2026)

t.test('no observations, or only empty periods: noData', async (t) => {
  t.equal(assessTarget(target, [], now).status, 'noData')
  const empty = assessTarget(target, [{ at: at(2025), value: null }], now)
  t.equal(empty.status, 'noData')
  t.equal(empty.progress, null)
  t.equal(empty.note, 'no data')
})

t.test('on track: the fitted trend reaches the target by the deadline', async (t) => {
  const result = assessTarget(target, [{ at: at(2025), value: 21 }, { at: at(2026), value: 32 }], now)
  t.equal(result.status, 'onTrack')
  t.equal(result.basis, 'trend')
  t.equal(result.progress, 0.55)
  t.ok(Math.abs((result.expectedAtLatest ?? NaN) - 30) < 0.05, 'halfway in time, halfway in value')
  t.ok(Math.abs((result.projectedAtDeadline ?? NaN) - 54) < 0.1, 'about 11 a year from 32')
  t.ok(Math.abs((result.slopePerYear ?? NaN) - 11) < 0.05)
  t.equal(result.observationCount, 2)
})

t.test('off track: a flat trend falls short', async (t) => {
  const result = assessTarget(target, [{ at: at(2025), value: 12 }, { at: at(2026), value: 14 }], now)
  t.equal(result.status, 'offTrack')
  t.ok((result.projectedAtDeadline ?? Infinity) < 50)
  t.equal(result.progress, 0.1)
})

t.test('achieved once the latest value meets the target; progress may pass 1', async (t) => {
  const result = assessTarget(target, [{ at: at(2025), value: 60 }], now)
  t.equal(result.status, 'achieved')
  t.equal(result.progress, 1.25)
})

t.test('moving the wrong way gives negative progress', async (t) => {
  t.equal(assessTarget(target, [{ at: at(2025), value: 6 }], now).progress, -0.1)
})

t.test('atMost targets: lower is better', async (t) => {
  const reduce: Target = { ...target, kpiId: 'K15', direction: 'atMost', targetValue: 600, baselineValue: 1000 }
  t.equal(assessTarget(reduce, [{ at: at(2025), value: 890 }, { at: at(2026), value: 780 }], now).status, 'onTrack')
  t.equal(assessTarget(reduce, [{ at: at(2025), value: 990 }], now).status, 'offTrack')
  t.equal(assessTarget(reduce, [{ at: at(2025), value: 550 }], now).status, 'achieved')
})

t.test('past the deadline without reaching the target: offTrack', async (t) => {
  t.equal(assessTarget(target, [{ at: at(2027), value: 45 }], at(2029)).status, 'offTrack')
})

t.test('observations after now are ignored', async (t) => {
  const result = assessTarget(target, [{ at: at(2025), value: 20 }, { at: at(2027), value: 90 }], now)
  t.equal(result.latest?.value, 20)
})

t.test('with nothing to fit a line through, the planned trajectory decides', async (t) => {
  const result = assessTarget(target, [{ at: at(2024), value: 12 }], now)
  t.equal(result.basis, 'trajectory')
  t.equal(result.status, 'onTrack', '12 is above the planned 10 at the baseline date')
})

t.test('a target equal to its baseline has no progress ratio', async (t) => {
  const result = assessTarget({ ...target, targetValue: 10 }, [{ at: at(2025), value: 10 }], now)
  t.equal(result.progress, null)
  t.equal(result.status, 'achieved')
  t.match(result.note, /target equals baseline/)
})

t.test('validateTarget returns problems instead of throwing', async (t) => {
  t.same(validateTarget(target), [])
  t.same(validateTarget({ ...target, deadline: at(2023) }), [{ path: '/deadline', message: 'must be after baselineDate' }])
  t.same(
    validateTarget({ ...target, baselineDate: 'soon', targetValue: Number.NaN }).map((p) => p.path),
    ['/targetValue', '/baselineDate'],
  )
})
