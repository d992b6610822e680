const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/

// OCDS dates are date-times. Contracts and reports carry calendar dates, so a start is taken as the
// first second of its day and an end as the last, in UTC like every timestamp of this building block.
export function dateTime(value: string): string {
  return CALENDAR_DATE.test(value) ? `${value}T00:00:00Z` : canonical(value)
}

export function endDateTime(value: string): string {
  return CALENDAR_DATE.test(value) ? `${value}T23:59:59Z` : canonical(value)
}

export function latest(dateTimes: string[]): string {
  return dateTimes.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))
}

// One spelling per instant, so equal inputs give byte-identical releases whatever the database
// driver's timestamp format; an unparseable date throws rather than producing an invalid release.
function canonical(value: string): string {
  return new Date(value).toISOString()
}
