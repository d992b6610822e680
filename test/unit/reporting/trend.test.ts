import t from 'tap'
import { leastSquaresTrend, projectTrend } from '../../../services/reporting/domain/targets/trend.ts'

const at = (year: number) => new Date(Date.UTC(year, 0, 1)).toISOString()

t.test('a straight series gives its slope per year and projects forward', async (t) => {
  const trend = leastSquaresTrend([
    { at: at(2022), value: 10 },
    { at: at(2023), value: 20 },
    { at: at(2024), value: 30 },
  ])
  t.ok(trend !== null)
  if (trend === null) return
  t.ok(Math.abs(trend.slopePerYear - 10) < 0.02, 'about 10 per year (calendar years differ by a day)')
  t.ok(Math.abs(projectTrend(trend, at(2026)) - 50) < 0.1)
})

t.test('least squares through noisy points', async (t) => {
  // x = 0, 1, 2 years; y = 1, 3, 2 → slope 0.5, line through the centroid (1, 2).
  const year = 365.25 * 24 * 3600 * 1000
  const trend = leastSquaresTrend([0, 1, 2].map((x, i) => ({ at: new Date(x * year).toISOString(), value: [1, 3, 2][i] ?? 0 })))
  t.ok(trend !== null && Math.abs(trend.slopePerYear - 0.5) < 1e-9)
  t.ok(trend !== null && Math.abs(projectTrend(trend, new Date(4 * year).toISOString()) - 3.5) < 1e-9)
})

t.test('no trend from a single date', async (t) => {
  t.equal(leastSquaresTrend([]), null)
  t.equal(leastSquaresTrend([{ at: at(2024), value: 1 }]), null)
  t.equal(leastSquaresTrend([{ at: at(2024), value: 1 }, { at: at(2024), value: 3 }]), null)
})
