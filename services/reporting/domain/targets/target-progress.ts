import type { KpiId } from '../kpi-catalogue.ts'
import { leastSquaresTrend, projectTrend } from './trend.ts'
import type { Observation } from './trend.ts'

export type TargetDirection = 'atLeast' | 'atMost'

export interface Target {
  kpiId: KpiId
  targetValue: number
  direction: TargetDirection
  baselineValue: number
  baselineDate: string
  deadline: string
}

export type TargetStatus = 'achieved' | 'onTrack' | 'offTrack' | 'noData'

export interface TargetProgress {
  kpiId: KpiId
  status: TargetStatus
  // Which test decided onTrack/offTrack: the fitted trend, or the planned straight line from
  // baseline to target when no trend can be fitted.
  basis: 'trend' | 'trajectory' | null
  latest: Observation | null
  // Share of the way from baseline to target: 0 at baseline, 1 at target, beyond either end
  // when the KPI overshoots or moves the wrong way.
  progress: number | null
  expectedAtLatest: number | null
  projectedAtDeadline: number | null
  slopePerYear: number | null
  observationCount: number
  note: string | null
}

export interface TargetProblem {
  path: string
  message: string
}

export function validateTarget(target: Target): TargetProblem[] {
  const problems: TargetProblem[] = []
  for (const field of ['targetValue', 'baselineValue'] as const) {
    if (!Number.isFinite(target[field])) problems.push({ path: `/${field}`, message: 'must be a finite number' })
  }
  for (const field of ['baselineDate', 'deadline'] as const) {
    if (Number.isNaN(Date.parse(target[field]))) problems.push({ path: `/${field}`, message: 'must be an ISO 8601 date' })
  }
  if (problems.length === 0 && Date.parse(target.deadline) <= Date.parse(target.baselineDate)) {
    problems.push({ path: '/deadline', message: 'must be after baselineDate' })
  }
  return problems
}

// Series points with a null value are periods where the KPI had no data; points after `now`
// are ignored so a status never rests on the future.
export function assessTarget(
  target: Target,
  series: readonly { at: string; value: number | null }[],
  now: string,
): TargetProgress {
  const nowMs = Date.parse(now)
  const observations = series
    .filter((p): p is Observation => p.value !== null && Date.parse(p.at) <= nowMs)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  const latest = observations.at(-1)
  const empty = {
    kpiId: target.kpiId,
    basis: null,
    progress: null,
    expectedAtLatest: null,
    projectedAtDeadline: null,
    slopePerYear: null,
    observationCount: 0,
  }
  if (latest === undefined) return { ...empty, status: 'noData', latest: null, note: 'no data' }

  const span = target.targetValue - target.baselineValue
  const progress = span === 0 ? null : (latest.value - target.baselineValue) / span
  const expectedAtLatest = trajectoryAt(target, latest.at)
  const trend = leastSquaresTrend(withBaseline(target, observations))
  const projectedAtDeadline = trend === null ? null : projectTrend(trend, target.deadline)
  const figures = {
    ...empty,
    latest,
    progress,
    expectedAtLatest,
    projectedAtDeadline,
    slopePerYear: trend?.slopePerYear ?? null,
    observationCount: observations.length,
    note: span === 0 ? 'target equals baseline: progress undefined' : null,
  }

  if (meets(latest.value, target)) return { ...figures, status: 'achieved', basis: null }
  if (nowMs > Date.parse(target.deadline)) return { ...figures, status: 'offTrack', basis: null }
  if (projectedAtDeadline !== null) {
    return { ...figures, status: meets(projectedAtDeadline, target) ? 'onTrack' : 'offTrack', basis: 'trend' }
  }
  const onPlan = meets(latest.value, { ...target, targetValue: expectedAtLatest })
  return { ...figures, status: onPlan ? 'onTrack' : 'offTrack', basis: 'trajectory' }
}

// The baseline is itself a measurement, so it anchors the fit; an observation on the same date
// supersedes it.
function withBaseline(target: Target, observations: readonly Observation[]): Observation[] {
  const baselineMs = Date.parse(target.baselineDate)
  const superseded = observations.some((o) => Date.parse(o.at) === baselineMs)
  return superseded ? [...observations] : [{ at: target.baselineDate, value: target.baselineValue }, ...observations]
}

function trajectoryAt(target: Target, at: string): number {
  const start = Date.parse(target.baselineDate)
  const elapsed = (Date.parse(at) - start) / (Date.parse(target.deadline) - start)
  const fraction = Math.min(1, Math.max(0, elapsed))
  return target.baselineValue + (target.targetValue - target.baselineValue) * fraction
}

// Tolerates floating-point noise from the fit, so a projection of 49.999999999 meets 50.
const TOLERANCE = 1e-9

function meets(value: number, target: Pick<Target, 'targetValue' | 'direction'>): boolean {
  return target.direction === 'atLeast'
    ? value >= target.targetValue - TOLERANCE
    : value <= target.targetValue + TOLERANCE
}
