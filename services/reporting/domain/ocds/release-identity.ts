import { createHash } from 'node:crypto'

export function ocidOf(ocidPrefix: string, procurementId: string): string {
  return `${ocidPrefix}-${procurementId}`
}

// A release id must name one content: a performance report or a correction can change a release
// without changing its latest date, so a digest of the content follows the date.
export function releaseIdOf(ocid: string, date: string, content: unknown): string {
  return `${ocid}-${date}-${digest(content)}`
}

export function digest(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12)
}
