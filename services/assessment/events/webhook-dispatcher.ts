import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import type { AllowedHost } from '../../kernel/allowed-hosts.ts'
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
import { resolveWithSystem, type ResolveHost } from './webhook-addresses.ts'
import { attemptDelivery, type AttemptResult, type DeliveryPolicy } from './webhook-request.ts'
import { signWebhook } from './webhook-signature.ts'

export interface WebhookDispatcherOptions {
  db: Kysely<AssessmentDatabase>
  logger: Logger
  /** WEBHOOK_ALLOWED_HOSTS: every delivery is judged by it again, as it is now. */
  allowedHosts: readonly AllowedHost[] | null
  /** Looks host names up; the system resolver unless a test names its own. */
  resolve?: ResolveHost
  intervalMs?: number
  /** Most delivery attempts per run. */
  batchSize?: number
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

/**
 * Pushes outbox events to webhook subscribers: at least once, in order per subscription, signed,
 * retried with backoff. Several replicas may run it side by side; row locks keep them apart.
 */
export function startWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { db, logger, intervalMs = 1000, batchSize = 100, timeoutMs = DELIVERY_TIMEOUT_MS } = options
  const policy: DeliveryPolicy = { allowedHosts: options.allowedHosts, resolve: options.resolve ?? resolveWithSystem, timeoutMs }

  function attempt(delivery: ClaimedDelivery): Promise<AttemptResult> {
    const body = JSON.stringify(toCloudEvent(delivery))
    const timestamp = Math.floor(Date.now() / 1000)
    const headers = {
      'content-type': 'application/cloudevents+json',
      'webhook-id': delivery.id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(delivery.secret, delivery.id, timestamp, body),
    }
    return attemptDelivery(delivery.url, headers, body, policy)
  }

  async function record(trx: Kysely<AssessmentDatabase>, delivery: ClaimedDelivery, result: AttemptResult): Promise<void> {
    if (result.delivered) return markDelivered(trx, delivery.subscription_id, delivery.sequence)
    const attempts = delivery.attempts + 1
    const context = { subscriptionId: delivery.subscription_id, eventId: delivery.id, attempts, error: result.reason, cause: result.cause }
    if (attempts >= MAX_DELIVERY_ATTEMPTS) logger.error(context, 'webhook delivery given up')
    else logger.warn(context, 'webhook delivery failed; will retry')
    await markFailed(trx, delivery.subscription_id, delivery.sequence, result.reason, retryDelaySeconds(attempts))
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
        const outcomes = await Promise.all(due.map(async (delivery) => ({ delivery, result: await attempt(delivery) })))
        for (const { delivery, result } of outcomes) await record(trx, delivery, result)
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
