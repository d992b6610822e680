import { sql, type ExpressionBuilder, type Kysely, type Selectable, type UpdateObject } from 'kysely'
import type { Caller } from '../../kernel/auth/caller.ts'
import type { EventType } from '../events/outbox.ts'
import type { AssessmentDatabase, EventTable, WebhookSubscriptionTable } from './database.ts'

type Db = Kysely<AssessmentDatabase>

/** After this many failed attempts a delivery is given up: it keeps its error and no longer holds back later events. */
export const MAX_DELIVERY_ATTEMPTS = 12

export type SubscriptionRow = Selectable<WebhookSubscriptionTable>

/** A subscription is its owner's: the same subject acting for another organisation or supplier is someone else. */
const ownedBy = (owner: Caller) => (eb: ExpressionBuilder<AssessmentDatabase, 'webhook_subscriptions'>) =>
  eb.and([
    eb('owner_subject', '=', owner.subject),
    eb('owner_organisation_id', 'is not distinct from', owner.organisationId),
    eb('owner_supplier_id', 'is not distinct from', owner.supplierId),
  ])

export async function insertSubscription(db: Db, values: { url: string; eventTypes: EventType[]; secret: string; owner: Caller }) {
  const { owner } = values
  return db
    .insertInto('webhook_subscriptions')
    .values({ url: values.url, event_types: values.eventTypes, secret: values.secret, owner_subject: owner.subject, owner_organisation_id: owner.organisationId, owner_supplier_id: owner.supplierId })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function listSubscriptions(db: Db, owner: Caller, after: string | null, limit: number) {
  return db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where(ownedBy(owner))
    .$if(after !== null, (q) => q.where('id', '>', after!))
    .orderBy('id')
    .limit(limit + 1)
    .execute()
}

/** Someone else's subscription is indistinguishable from a missing one. */
export async function findSubscription(db: Db, owner: Caller, id: string) {
  return db.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).where(ownedBy(owner)).executeTakeFirst()
}

export async function deleteSubscription(db: Db, owner: Caller, id: string): Promise<boolean> {
  const deleted = await db.deleteFrom('webhook_subscriptions').where('id', '=', id).where(ownedBy(owner)).executeTakeFirst()
  return deleted.numDeletedRows > 0n
}

export type DeliveryRow = Awaited<ReturnType<typeof listDeliveries>>[number]

export async function listDeliveries(db: Db, subscriptionId: string, after: number, limit: number) {
  return db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('events as e', 'e.sequence', 'd.event_sequence')
    .select(['d.event_sequence', 'd.attempts', 'd.next_attempt_at', 'd.delivered_at', 'd.last_error', 'd.lease_id', 'e.id as event_id', 'e.type as event_type'])
    .where('d.subscription_id', '=', subscriptionId)
    .where('d.event_sequence', '>', after)
    .orderBy('d.event_sequence')
    .limit(limit + 1)
    .execute()
}

/**
 * Gives each active subscription a delivery row for every matching event past the last one it
 * already has. Events become visible in sequence order (see the outbox), so nothing below that
 * mark can still appear. Only events from the subscription's creation on are sent. Concurrent
 * dispatchers insert the same rows; the primary key keeps one.
 */
export async function enqueueDeliveries(db: Db): Promise<void> {
  await db
    .insertInto('webhook_deliveries')
    .columns(['subscription_id', 'event_sequence'])
    .expression((eb) =>
      eb
        .selectFrom('webhook_subscriptions as s')
        .innerJoin('events as e', (join) => join.on(sql<boolean>`e.type = any(s.event_types)`).onRef('e.time', '>=', 's.created_at'))
        .select(['s.id', 'e.sequence'])
        .where('s.active', '=', true)
        .where((w) =>
          w(
            'e.sequence',
            '>',
            w.fn.coalesce(
              w.selectFrom('webhook_deliveries as d').select((m) => m.fn.max('d.event_sequence').as('enqueued')).whereRef('d.subscription_id', '=', 's.id'),
              w.lit(0),
            ),
          ),
        ),
    )
    .onConflict((oc) => oc.doNothing())
    .execute()
}

export type ClaimedDelivery = Selectable<EventTable> & { subscription_id: string; url: string; secret: string; attempts: number; lease_id: string }

/**
 * Claims the deliveries to attempt now, in one statement that commits at once: per subscription
 * only the oldest one still pending, so events go out in order and a later one never overtakes an
 * earlier one in flight or being retried. A claim gives the row a fresh lease id and moves
 * `next_attempt_at` to the lease's end, so no dispatcher finds it due while the call is under way,
 * and any dispatcher finds it due again if the claimer dies without recording an outcome. Rows
 * another claim has locked are skipped, and the conditions on `d` are checked again on the locked
 * row, so two replicas never claim the same delivery.
 */
export async function claimDueDeliveries(db: Db, limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
  return db
    .with('heads', (w) =>
      w
        .selectFrom('webhook_deliveries')
        .distinctOn('subscription_id')
        .select(['subscription_id', 'event_sequence'])
        .where('delivered_at', 'is', null)
        .where('attempts', '<', MAX_DELIVERY_ATTEMPTS)
        .orderBy('subscription_id')
        .orderBy('event_sequence'),
    )
    .with('due', (w) =>
      w
        .selectFrom('webhook_deliveries as d')
        .innerJoin('heads as h', (join) => join.onRef('h.subscription_id', '=', 'd.subscription_id').onRef('h.event_sequence', '=', 'd.event_sequence'))
        .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
        .select(['d.subscription_id', 'd.event_sequence'])
        .where('d.delivered_at', 'is', null)
        .where('d.attempts', '<', MAX_DELIVERY_ATTEMPTS)
        .where('d.next_attempt_at', '<=', sql<Date>`now()`)
        .where('s.active', '=', true)
        .orderBy('d.next_attempt_at')
        .limit(limit)
        .forUpdate('d')
        .skipLocked(),
    )
    .with('claimed', (w) =>
      w
        .updateTable('webhook_deliveries as d')
        .from('due')
        .set({
          // Counted when claimed: an attempt that kills its process still counts towards giving up.
          attempts: sql<number>`d.attempts + 1`,
          lease_id: sql<string>`gen_random_uuid()`,
          next_attempt_at: sql<Date>`clock_timestamp() + make_interval(secs => ${leaseSeconds})`,
        })
        .whereRef('d.subscription_id', '=', 'due.subscription_id')
        .whereRef('d.event_sequence', '=', 'due.event_sequence')
        .returning(['d.subscription_id', 'd.event_sequence', 'd.attempts', 'd.lease_id']),
    )
    .selectFrom('claimed as c')
    .innerJoin('webhook_subscriptions as s', 's.id', 'c.subscription_id')
    .innerJoin('events as e', 'e.sequence', 'c.event_sequence')
    .select(['c.subscription_id', 'c.attempts', 'c.lease_id', 's.url', 's.secret', 'e.sequence', 'e.id', 'e.type', 'e.subject', 'e.time', 'e.data'])
    .$narrowType<{ lease_id: string }>()
    .execute()
}

type Claim = Pick<ClaimedDelivery, 'subscription_id' | 'sequence' | 'lease_id'>

/** Only the current lease holder's outcome counts; false when the lease had run out and been taken over. */
async function updateClaimed(db: Db, claim: Claim, values: UpdateObject<AssessmentDatabase, 'webhook_deliveries'>): Promise<boolean> {
  const updated = await db
    .updateTable('webhook_deliveries')
    .set(values)
    .where('subscription_id', '=', claim.subscription_id)
    .where('event_sequence', '=', claim.sequence)
    .where('lease_id', '=', claim.lease_id)
    .executeTakeFirst()
  return updated.numUpdatedRows > 0n
}

export function markDelivered(db: Db, claim: Claim): Promise<boolean> {
  return updateClaimed(db, claim, { delivered_at: sql<Date>`clock_timestamp()`, lease_id: null })
}

export function markFailed(db: Db, claim: Claim, error: string, retryInSeconds: number): Promise<boolean> {
  return updateClaimed(db, claim, {
    last_error: error,
    next_attempt_at: sql<Date>`clock_timestamp() + make_interval(secs => ${retryInSeconds})`,
    lease_id: null,
  })
}

/**
 * The webhook backlog, for /metrics: deliveries still to make (not delivered, not given up), how
 * many of them are due now, and how many were given up.
 */
export async function countDeliveryBacklog(db: Db): Promise<{ pending: number; due: number; givenUp: number }> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('delivered_at', 'is', null).filterWhere('attempts', '<', MAX_DELIVERY_ATTEMPTS).as('pending'),
      eb.fn.countAll<number>().filterWhere('delivered_at', 'is', null).filterWhere('attempts', '<', MAX_DELIVERY_ATTEMPTS).filterWhere('next_attempt_at', '<=', sql<Date>`now()`).as('due'),
      eb.fn.countAll<number>().filterWhere('delivered_at', 'is', null).filterWhere('attempts', '>=', MAX_DELIVERY_ATTEMPTS).as('givenUp'),
    ])
    .executeTakeFirstOrThrow()
  return { pending: Number(row.pending), due: Number(row.due), givenUp: Number(row.givenUp) }
}
