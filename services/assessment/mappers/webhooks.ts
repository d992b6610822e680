import { toSequence } from '../events/cloud-event.ts'
import type { EventType } from '../events/outbox.ts'
import { MAX_DELIVERY_ATTEMPTS, type DeliveryRow, type SubscriptionRow } from '../repositories/webhooks.ts'
import type { WebhookDelivery, WebhookSubscription } from '../schemas/event.ts'

export function toSubscription(row: SubscriptionRow): WebhookSubscription {
  return { id: row.id, url: row.url, eventTypes: row.event_types as EventType[], active: row.active, createdAt: row.created_at.toISOString() }
}

export function toDelivery(row: DeliveryRow): WebhookDelivery {
  // The last attempt is counted when claimed: it has failed only once its lease is released.
  const givenUp = row.attempts >= MAX_DELIVERY_ATTEMPTS && row.lease_id === null
  const status = row.delivered_at ? 'delivered' : givenUp ? 'failed' : 'pending'
  return {
    eventId: row.event_id,
    eventType: row.event_type as EventType,
    sequence: toSequence(row.event_sequence),
    status,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: status === 'pending' ? row.next_attempt_at.toISOString() : null,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
  }
}
