import type { FeedCursorRecord } from '../repositories/feed-cursors.ts'
import type { FeedStatus } from '../schemas/read-model.ts'

export interface Freshness {
  source: 'assessment-events' | 'catalogue-changes'
  lastSuccessAt: string | null
  lastError: string | null
  lagSeconds: number | null
}

export function toFreshness(feed: FeedCursorRecord, now: Date): Freshness {
  const lastSuccess = feed.lastSuccessAt
  return {
    source: feed.source,
    lastSuccessAt: lastSuccess?.toISOString() ?? null,
    lastError: feed.lastError,
    lagSeconds: lastSuccess ? Math.max(0, Math.floor((now.getTime() - lastSuccess.getTime()) / 1000)) : null,
  }
}

/** Freshness and the position in the feed, for the read-model status. */
export function toFeedStatus(feed: FeedCursorRecord, now: Date): FeedStatus {
  return { ...toFreshness(feed, now), cursor: feed.cursor, eventsApplied: feed.eventsApplied, lastPolledAt: feed.lastPolledAt?.toISOString() ?? null }
}
