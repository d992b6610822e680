import type { Kysely } from 'kysely'
import type { ReportingDatabase } from '../repositories/database.ts'
import { advanceCursor, claimEvents } from '../repositories/feed-cursors.ts'
import type { FeedSource } from './feed-types.ts'

export interface PageToApply<Item> {
  source: FeedSource
  /** The cursor the page was read with; the stored cursor must still be this. */
  from: string | null
  to: string
  items: Item[]
  idOf: (item: Item) => string
  project: (db: Kysely<ReportingDatabase>, item: Item) => Promise<void>
}

export type PageOutcome = { applied: number; skipped: number } | { cursorMoved: true }

class CursorMoved extends Error {}

/**
 * One transaction per page: the read-model rows, the applied-event ids and the advanced cursor
 * commit together, so a crash never leaves a page half-applied, and an event seen before (a
 * replayed page, a second replica) is recorded once and projected once.
 */
export async function applyPage<Item>(db: Kysely<ReportingDatabase>, page: PageToApply<Item>): Promise<PageOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      const fresh = await claimEvents(trx, page.source, page.items.map(page.idOf))
      let applied = 0
      for (const item of page.items) {
        const id = page.idOf(item)
        if (!fresh.delete(id)) continue
        await page.project(trx, item)
        applied++
      }
      if (!(await advanceCursor(trx, page.source, page.from, page.to, applied))) throw new CursorMoved()
      return { applied, skipped: page.items.length - applied }
    })
  } catch (error) {
    if (error instanceof CursorMoved) return { cursorMoved: true }
    throw error
  }
}
