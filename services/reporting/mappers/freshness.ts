import type { FeedCursorRow } from '../repositories/feed-cursors.ts'

export interface Freshness {
  source: 'assessment-events' | 'catalogue-changes'
  lastSuccessAt: string | null
  lastError: string | null
  lagSeconds: number | null
}

export function toFreshness(row: FeedCursorRow, now: Date): Freshness {
  const lastSuccess = row.last_success_at ? new Date(row.last_success_at) : null
  return {
    source: row.source,
    lastSuccessAt: lastSuccess?.toISOString() ?? null,
    lastError: row.last_error,
    lagSeconds: lastSuccess ? Math.max(0, Math.floor((now.getTime() - lastSuccess.getTime()) / 1000)) : null,
  }
}
