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
/** Added to the attempt's own time limit: the lease outlasts any attempt that is still alive. */
const LEASE_MARGIN_SECONDS = 60
const BASE_RETRY_SECONDS = 10
const MAX_RETRY_SECONDS = 3600

/** Exponential backoff with ±20 % jitter, so receivers that fail together do not retry in lockstep. */
function retryDelaySeconds(failures: number): number {
  const base = Math.min(BASE_RETRY_SECONDS * 2 ** (failures - 1), MAX_RETRY_SECONDS)
  return Math.min(base * (0.8 + 0.4 * Math.random()), MAX_RETRY_SECONDS)
}

/**
 * Pushes outbox events to webhook subscribers: at least once, in order per subscription, signed,
 * retried with backoff. Several replicas may run it side by side; leases keep them apart. No
 * database connection is held while a subscriber is being called: a slow or hanging subscriber
 * ties up no transaction, and a database connection lost meanwhile costs nothing.
 */
export function startWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { db, logger, intervalMs = 1000, batchSize = 100, timeoutMs = DELIVERY_TIMEOUT_MS } = options
  const policy: DeliveryPolicy = { allowedHosts: options.allowedHosts, resolve: options.resolve ?? resolveWithSystem, timeoutMs }
  const leaseSeconds = Math.ceil(timeoutMs / 1000) + LEASE_MARGIN_SECONDS

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

  async function record(delivery: ClaimedDelivery, result: AttemptResult): Promise<void> {
    const context = { subscriptionId: delivery.subscription_id, eventId: delivery.id, attempts: delivery.attempts }
    if (!result.delivered) {
      const failure = { ...context, error: result.reason, cause: result.cause }
      if (context.attempts >= MAX_DELIVERY_ATTEMPTS) logger.error(failure, 'webhook delivery given up')
      else logger.warn(failure, 'webhook delivery failed; will retry')
    }
    const current = result.delivered
      ? await markDelivered(db, delivery)
      : await markFailed(db, delivery, result.reason, retryDelaySeconds(context.attempts))
    if (!current) logger.warn(context, 'webhook delivery outcome came after its lease ran out; another attempt owns it now')
  }

  /**
   * Each round claims one due delivery per subscription and commits the claim; the calls run
   * with no transaction open, and each outcome is written in a statement of its own. A process
   * that dies mid-call leaves the lease to run out, and the delivery is tried again (receivers
   * dedupe on `webhook-id`). Rounds repeat while they find work, so a backlog drains in one run.
   */
  async function runOnce(): Promise<number> {
    await enqueueDeliveries(db)
    let attempted = 0
    while (attempted < batchSize) {
      const claimed = await claimDueDeliveries(db, batchSize - attempted, leaseSeconds)
      if (claimed.length === 0) break
      attempted += claimed.length
      const outcomes = await Promise.allSettled(claimed.map(async (delivery) => record(delivery, await attempt(delivery))))
      const failed = outcomes.find((outcome) => outcome.status === 'rejected')
      if (failed) throw failed.reason
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
