import { ProblemError } from '../../kernel/problem.ts'
import { calendarPeriods, type Interval, type Span } from '../domain/period.ts'
import { reportingProblems } from '../problems.ts'

/**
 * A query date as an ISO instant. The schema has checked the shape; this refuses what only looks
 * like a date (2026-02-30, 25:00), naming the parameter.
 */
export function parseInstant(value: string, field: string): string {
  const day = value.slice(0, 10)
  const dayIsReal = !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
  if (!dayIsReal || Number.isNaN(ms)) {
    throw new ProblemError(reportingProblems.INVALID_DATE, `${field} is not a real date or time: ${value}.`, [{ path: `querystring/${field}`, message: 'must be a real calendar date or ISO 8601 date-time' }])
  }
  return new Date(ms).toISOString()
}

export interface Period {
  from?: string
  to?: string
}

/** from inclusive, to exclusive; an empty period (from = to) is allowed and simply holds nothing. */
export function parsePeriod(query: { from?: string; to?: string }): Period {
  const from = query.from === undefined ? undefined : parseInstant(query.from, 'from')
  const to = query.to === undefined ? undefined : parseInstant(query.to, 'to')
  if (from !== undefined && to !== undefined && Date.parse(from) > Date.parse(to)) {
    throw new ProblemError(reportingProblems.INVALID_PERIOD, `The period ends (${to}) before it starts (${from}).`, [{ path: 'querystring/to', message: 'must not be before from' }])
  }
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }
}

export const MAX_SERIES_POINTS = 100

/** The calendar periods of a series over [from, to), at most MAX_SERIES_POINTS of them. */
export function buckets(from: string, to: string, interval: Interval): Span[] {
  const periods = calendarPeriods(from, to, interval, MAX_SERIES_POINTS)
  if (periods === null) {
    throw new ProblemError(reportingProblems.TOO_MANY_PERIODS, `A series has at most ${MAX_SERIES_POINTS} points; shorten the period or use interval=year.`, [
      { path: 'querystring/from', message: `gives more than ${MAX_SERIES_POINTS} ${interval}s` },
    ])
  }
  return periods
}
