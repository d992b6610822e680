import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import type { AssessmentDatabase } from '../repositories/database.ts'
import {
  claimDueDeliveries,
  enqueueDeliveries,
  markDelivered,
  markFailed,
  MAX_DELIVERY_ATTEMPTS,
  type ClaimedDelivery,
} from '../repositories/webhooks.ts'
import { toCloudEvent } from './cloud-event.ts'
import { signWebhook } from './webhook-signature.ts'

export interface WebhookDispatcherOptions {
  db: Kysely<AssessmentDatabase>
  logger: Logger
  intervalMs?: number
  /** Most delivery attempts per run. */
  batchSize?: number
  fetch?: typeof fetch
  timeoutMs?: number
}

export interface WebhookDispatcher {
  /** Waits for a run in progress, then stops; the server calls it on close. */
  stop(): Promise<void>
  /** One enqueue-and-deliver pass; resolves to the number of delivery attempts made. */
  runOnce(): Promise<number>
}

export const DELIVERY_TIMEOUT_MS = 10_000
const BASE_RETRY_SECONDS = 10
const MAX_RETRY_SECONDS = 3600

/** Exponential backoff with ±20 % jitter, so receivers that fail together do not retry in lockstep. */
function retryDelaySeconds(failures: number): number {
  const base = Math.min(BASE_RETRY_SECONDS * 2 ** (failures - 1), MAX_RETRY_SECONDS)
  return Math.min(base * (0.8 + 0.4 * Math.random()), MAX_RETRY_SECONDS)
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no response within ${timeoutMs} ms`
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined
  const message = error instanceof Error ? error.message : String(error)
  return (cause?.code ?? cause?.message ?? message).slice(0, 500)
}

/**
 * Pushes outbox events to webhook subscribers: at least once, in order per subscription, signed,
 * retried with backoff. Several replicas may run it side by side; row locks keep them apart.
 */
export function startWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { db, logger, intervalMs = 1000, batchSize = 100, fetch: send = fetch, timeoutMs = DELIVERY_TIMEOUT_MS } = options

  /** The error text to record, or null when the receiver took it. */
  async function attempt(delivery: ClaimedDelivery): Promise<string | null> {
    const body = JSON.stringify(toCloudEvent(delivery))
    const timestamp = Math.floor(Date.now() / 1000)
    try {
      const response = await send(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/cloudevents+json',
          'webhook-id': delivery.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(delivery.secret, delivery.id, timestamp, body),
        },
        body,
        // A redirect could lead the signed event anywhere; the subscriber registers the final URL.
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      })
      await response.body?.cancel()
      return response.status >= 200 && response.status < 300 ? null : `HTTP ${response.status}`
    } catch (error) {
      return describe(error, timeoutMs)
    }
  }

  async function record(trx: Kysely<AssessmentDatabase>, delivery: ClaimedDelivery, error: string | null): Promise<void> {
    if (error === null) return markDelivered(trx, delivery.subscription_id, delivery.sequence)
    const attempts = delivery.attempts + 1
    const context = { subscriptionId: delivery.subscription_id, eventId: delivery.id, attempts, error }
    if (attempts >= MAX_DELIVERY_ATTEMPTS) logger.error(context, 'webhook delivery given up')
    else logger.warn(context, 'webhook delivery failed; will retry')
    await markFailed(trx, delivery.subscription_id, delivery.sequence, error, retryDelaySeconds(attempts))
  }

  /**
   * Each round takes one pending delivery per subscription and holds its lock until the outcome is
   * written, so a crash mid-send leaves it pending (sent again later: receivers dedupe on
   * `webhook-id`). Rounds repeat while they find work, so a backlog drains within one run.
   */
  async function runOnce(): Promise<number> {
    await enqueueDeliveries(db)
    let attempted = 0
    while (attempted < batchSize) {
      const claimed = await db.transaction().execute(async (trx) => {
        const due = await claimDueDeliveries(trx, batchSize - attempted)
        const outcomes = await Promise.all(due.map(async (delivery) => ({ delivery, error: await attempt(delivery) })))
        for (const { delivery, error } of outcomes) await record(trx, delivery, error)
        return due.length
      })
      if (claimed === 0) break
      attempted += claimed
    }
    return attempted
  }

  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  const tick = () => {
    running = runOnce()
      .then(
        () => undefined,
        (err: unknown) => logger.error({ err }, 'webhook dispatch run failed'),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs)
      })
  }
  timer = setTimeout(tick, intervalMs)

  return {
    runOnce,
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
