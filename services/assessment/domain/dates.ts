import { AssessmentInputError } from './errors.ts'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/** True for a real calendar day written 'YYYY-MM-DD' (so '2025-02-30' is rejected). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** Validated 'YYYY-MM-DD' dates compare correctly as plain strings, so they stay strings. */
export function assertIsoDate(value: string, path: string): string {
  if (!isIsoDate(value)) {
    throw new AssessmentInputError('INVALID_DATE', path, `'${value}' is not a calendar date in the form YYYY-MM-DD`)
  }
  return value
}

/** Milliseconds since the epoch; the offset is required so the instant never depends on the server's zone. */
export function parseTimestamp(value: string, path: string): number {
  const millis = ISO_TIMESTAMP.test(value) ? Date.parse(value) : Number.NaN
  if (Number.isNaN(millis)) {
    throw new AssessmentInputError('INVALID_DATE', path, `'${value}' is not an ISO 8601 timestamp with a time zone`)
  }
  return millis
}
