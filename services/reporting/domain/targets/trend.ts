export interface Observation {
  at: string
  value: number
}

// A least-squares line kept as its slope and the centroid it passes through, which stays
// readable and avoids evaluating an intercept at the Unix epoch.
export interface LinearTrend {
  slopePerYear: number
  centroidAt: string
  centroidValue: number
}

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000

export function leastSquaresTrend(observations: readonly Observation[]): LinearTrend | null {
  if (new Set(observations.map((o) => Date.parse(o.at))).size < 2) return null
  const points = observations.map((o) => ({ x: Date.parse(o.at) / YEAR_MS, y: o.value }))
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length
  const sxy = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0)
  const sxx = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0)
  return {
    slopePerYear: sxy / sxx,
    centroidAt: new Date(meanX * YEAR_MS).toISOString(),
    centroidValue: meanY,
  }
}

export function projectTrend(trend: LinearTrend, at: string): number {
  const years = (Date.parse(at) - Date.parse(trend.centroidAt)) / YEAR_MS
  return trend.centroidValue + trend.slopePerYear * years
}
