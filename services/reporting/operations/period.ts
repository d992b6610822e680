import { ProblemError } from '../../kernel/problem.ts'
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

export type Interval = 'quarter' | 'year'

const MONTHS: Record<Interval, number> = { quarter: 3, year: 12 }

/** The start of the calendar quarter or year (UTC) holding an instant. */
export function periodStart(instant: string, interval: Interval): Date {
  const d = new Date(instant)
  const month = d.getUTCMonth() - (d.getUTCMonth() % MONTHS[interval])
  return new Date(Date.UTC(d.getUTCFullYear(), month, 1))
}

export function addPeriods(start: Date, interval: Interval, count: number): Date {
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + MONTHS[interval] * count, 1))
}

export const MAX_SERIES_POINTS = 100

/** Consecutive calendar periods covering [from, to): the first and last may be cut to the range. */
export function buckets(from: string, to: string, interval: Interval): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = []
  const end = Date.parse(to)
  if (Date.parse(from) >= end) return out
  for (let start = periodStart(from, interval); start.getTime() < end; start = addPeriods(start, interval, 1)) {
    if (out.length === MAX_SERIES_POINTS) {
      throw new ProblemError(reportingProblems.TOO_MANY_PERIODS, `A series has at most ${MAX_SERIES_POINTS} points; shorten the period or use interval=year.`, [
        { path: 'querystring/from', message: `gives more than ${MAX_SERIES_POINTS} ${interval}s` },
      ])
    }
    const next = addPeriods(start, interval, 1)
    out.push({ from: new Date(Math.max(start.getTime(), Date.parse(from))).toISOString(), to: new Date(Math.min(next.getTime(), end)).toISOString() })
  }
  return out
}
