import type { Kysely } from 'kysely'
import { userOf, type Actor } from '../../kernel/actor.ts'
import type { AllowedHost } from '../../kernel/allowed-hosts.ts'
import { recordAudit } from '../../kernel/audit.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { vetWebhookTarget, type ResolveHost } from '../events/webhook-addresses.ts'
import { newWebhookSecret } from '../events/webhook-signature.ts'
import { assessmentProblems } from '../problems.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'
import { deleteSubscription, findSubscription, insertSubscription, listDeliveries, listSubscriptions, type SubscriptionRow } from '../repositories/webhooks.ts'
import type { CreateWebhookSubscription } from '../schemas/event.ts'

type Db = Kysely<AssessmentDatabase>

/** Where subscriptions may point: the operator's allow-list and the resolver that looks host names up. */
export interface WebhookAddressPolicy {
  allowedHosts: readonly AllowedHost[] | null
  resolveHost: ResolveHost
}

/** How long a subscription waits for its host name to resolve. */
const SUBSCRIPTION_LOOKUP_TIMEOUT_MS = 5000

const webhookNotFound = (id: string) => new ProblemError(assessmentProblems.WEBHOOK_NOT_FOUND, `You have no webhook subscription ${id}.`)

/**
 * The URL is judged before anything is stored, with no transaction open while its host resolves.
 * The secret is returned here only; it is never shown again.
 */
export async function subscribeWebhook(db: Db, actor: Actor, body: CreateWebhookSubscription, policy: WebhookAddressPolicy): Promise<{ row: SubscriptionRow; secret: string }> {
  const owner = userOf(actor)
  const vetting = await vetWebhookTarget(body.url, policy.allowedHosts, policy.resolveHost, AbortSignal.timeout(SUBSCRIPTION_LOOKUP_TIMEOUT_MS))
  if ('refused' in vetting) {
    throw new ProblemError(assessmentProblems.WEBHOOK_TARGET_NOT_ALLOWED, `The URL ${vetting.detail}.`, [{ path: 'body/url', message: vetting.detail }])
  }
  const secret = newWebhookSecret()
  const row = await db.transaction().execute(async (trx) => {
    const created = await insertSubscription(trx, { ...body, secret, owner })
    await recordAudit(trx, actor, { action: 'webhook.created', entityType: 'webhookSubscription', entityId: created.id, details: { url: created.url, eventTypes: created.event_types } })
    return created
  })
  return { row, secret }
}

/** Only the caller's own subscriptions, ordered by id, plus one more when a next page exists. */
export function readSubscriptions(db: Db, actor: Actor, afterId: string | null, limit: number): Promise<SubscriptionRow[]> {
  return listSubscriptions(db, userOf(actor), afterId, limit)
}

/** Someone else's subscription is indistinguishable from a missing one. */
export async function readSubscription(db: Db, actor: Actor, webhookId: string): Promise<SubscriptionRow> {
  const row = await findSubscription(db, userOf(actor), webhookId)
  if (!row) throw webhookNotFound(webhookId)
  return row
}

export async function unsubscribeWebhook(db: Db, actor: Actor, webhookId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await deleteSubscription(trx, userOf(actor), webhookId))) throw webhookNotFound(webhookId)
    await recordAudit(trx, actor, { action: 'webhook.deleted', entityType: 'webhookSubscription', entityId: webhookId })
  })
}

export async function readDeliveries(db: Db, actor: Actor, webhookId: string, afterSequence: number, limit: number) {
  await readSubscription(db, actor, webhookId)
  return listDeliveries(db, webhookId, afterSequence, limit)
}
