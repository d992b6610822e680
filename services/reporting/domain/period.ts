export type Interval = 'quarter' | 'year'

export interface Span {
  from: string
  to: string
}

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

/** The end (exclusive) of the calendar quarter or year holding an instant: where a period "up to now" stops. */
export function periodEnd(instant: string, interval: Interval): Date {
  return addPeriods(periodStart(instant, interval), interval, 1)
}

/**
 * Consecutive calendar periods covering [from, to): the first and last may be cut to the range.
 * Null when there would be more than `atMost`, before any is built.
 */
export function calendarPeriods(from: string, to: string, interval: Interval, atMost: number): Span[] | null {
  const out: Span[] = []
  const end = Date.parse(to)
  if (Date.parse(from) >= end) return out
  for (let start = periodStart(from, interval); start.getTime() < end; start = addPeriods(start, interval, 1)) {
    if (out.length === atMost) return null
    const next = addPeriods(start, interval, 1)
    out.push({ from: new Date(Math.max(start.getTime(), Date.parse(from))).toISOString(), to: new Date(Math.min(next.getTime(), end)).toISOString() })
  }
  return out
}
