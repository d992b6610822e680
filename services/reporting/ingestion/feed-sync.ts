import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import type { ReportingDatabase } from '../repositories/database.ts'
import { readCursor, recordPoll } from '../repositories/feed-cursors.ts'
import { applyPage, type PageToApply } from './apply-page.ts'
import type { FeedClient } from './feed-client.ts'
import { FeedError } from './feed-error.ts'
import type { CatalogueChange, CatalogueCriterionVersion, FeedPage, FeedSource } from './feed-types.ts'
import { projectAssessmentEvent } from './projectors/assessment-events.ts'
import { needsCriterionVersion, projectCriterionVersion } from './projectors/catalogue-changes.ts'

export interface SourceSync {
  source: FeedSource
  applied: number
  skipped: number
  error: string | null
}

export interface FeedSync {
  /** Drains both feeds until they are empty, once; never throws. Tests call it directly. */
  runOnce(): Promise<SourceSync[]>
  /** Polls in the background: drain, sleep the poll interval, again, until stopped. */
  start(): void
  stop(): Promise<void>
}

export interface FeedSyncOptions {
  db: Kysely<ReportingDatabase>
  client: FeedClient
  logger: Logger
  intervalMs: number
  pageSize?: number
  /**
   * How long after start a source that has never answered is taken to be still starting: its
   * failures are logged at info without a stack, as on a normal start where the three services come
   * up together. After that, or once it has answered, each failure is a warning.
   */
  startupGraceMs?: number
  /** Milliseconds since the epoch; tests move it. */
  now?: () => number
}

interface Prepared<Item> {
  page: FeedPage<Item>
  apply: Omit<PageToApply<Item>, 'source' | 'from' | 'to' | 'items'>
}

export function createFeedSync({ db, client, logger, intervalMs, pageSize = 100, startupGraceMs = 60_000, now = Date.now }: FeedSyncOptions): FeedSync {
  const createdAt = now()
  const answered = new Set<FeedSource>()
  const stillStarting = (source: FeedSource, error: unknown) => error instanceof FeedError && !answered.has(source) && now() - createdAt < startupGraceMs

  const readers: Record<FeedSource, (cursor: string | null, correlationId: string) => Promise<Prepared<any>>> = {
    'assessment-events': async (cursor, correlationId) => ({
      page: await client.assessmentEvents(cursor, pageSize, correlationId),
      apply: { idOf: (event) => event.id, project: projectAssessmentEvent },
    }),
    // Criterion versions are fetched before the transaction opens: no network wait holds it.
    'catalogue-changes': async (cursor, correlationId) => {
      const page = await client.catalogueChanges(cursor, pageSize, correlationId)
      const versions = new Map<number, CatalogueCriterionVersion>()
      for (const change of page.items.filter(needsCriterionVersion)) versions.set(change.sequence, await client.criterionVersion(change.href, correlationId))
      return {
        page,
        apply: {
          idOf: (change: CatalogueChange) => `change-${change.sequence}`,
          project: async (trx, change: CatalogueChange) => {
            const version = versions.get(change.sequence)
            if (version) await projectCriterionVersion(trx, version, change.occurredAt)
          },
        },
      }
    },
  }

  async function drain(source: FeedSource, correlationId: string): Promise<SourceSync> {
    const totals = { source, applied: 0, skipped: 0, error: null }
    for (;;) {
      const from = await readCursor(db, source)
      const { page, apply } = await readers[source](from, correlationId)
      if (page.items.length === 0) return totals
      const to = page.nextCursor
      if (to === null || to === from) throw new FeedError(`${source} returned events without moving its cursor`)
      const outcome = await applyPage(db, { source, from, to, items: page.items, ...apply })
      if ('cursorMoved' in outcome) continue
      totals.applied += outcome.applied
      totals.skipped += outcome.skipped
    }
  }

  async function syncSource(source: FeedSource, correlationId: string): Promise<SourceSync> {
    try {
      const result = await drain(source, correlationId)
      await recordPoll(db, source, null)
      answered.add(source)
      if (result.applied > 0) logger.info({ source, applied: result.applied, correlationId }, 'read model updated')
      return result
    } catch (error) {
      // Only our own feed errors are worded for readers; anything else (a database message) stays
      // in the logs, because the status is shown on public dashboards.
      const message = error instanceof FeedError ? error.message : `sync failed; see the service logs (correlation id ${correlationId})`
      if (stillStarting(source, error)) logger.info({ source, correlationId, reason: message }, 'feed source not answering yet; retrying at the next poll')
      else logger.warn({ source, correlationId, err: error }, 'feed sync failed; serving the read model as it is')
      await recordPoll(db, source, message).catch((err: unknown) => logger.error({ err }, 'could not record the feed status'))
      return { source, applied: 0, skipped: 0, error: message }
    }
  }

  // Runs are queued, never overlapping: a caller that asks after new events gets a run that sees them.
  let queue: Promise<unknown> = Promise.resolve()
  const runOnce = () => {
    const run = queue.then(async () => {
      const correlationId = `reporting-sync-${randomUUID()}`
      return [await syncSource('assessment-events', correlationId), await syncSource('catalogue-changes', correlationId)]
    })
    queue = run.catch(() => undefined)
    return run
  }

  let stopping: AbortController | null = null
  let loop: Promise<void> | null = null
  return {
    runOnce,
    start() {
      if (loop) return
      const controller = new AbortController()
      stopping = controller
      loop = (async () => {
        while (!controller.signal.aborted) {
          await runOnce()
          await sleep(intervalMs, undefined, { signal: controller.signal }).catch(() => undefined)
        }
      })()
    },
    async stop() {
      stopping?.abort()
      await loop
      loop = null
      stopping = null
    },
  }
}
