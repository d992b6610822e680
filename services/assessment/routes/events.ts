import { Type } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { decodeCursor, encodeCursor, PageQuery, toPage } from '../../kernel/pagination.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { assessmentProblems } from '../problems.ts'
import { problemResponses } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { toCloudEvent } from '../events/cloud-event.ts'
import { DELIVERY_TIMEOUT_MS } from '../events/webhook-dispatcher.ts'
import { toDelivery, toSubscription } from '../mappers/webhooks.ts'
import { readEvents } from '../operations/events.ts'
import { readDeliveries, readSubscription, readSubscriptions, subscribeWebhook, unsubscribeWebhook } from '../operations/webhooks.ts'
import { MAX_DELIVERY_ATTEMPTS } from '../repositories/webhooks.ts'
import {
  CloudEventPage,
  CreatedWebhookSubscription,
  CreateWebhookSubscription,
  EventTypeName,
  WebhookDeliveryPage,
  WebhookSubscription,
  WebhookSubscriptionPage,
} from '../schemas/event.ts'
import type { AssessmentRouteContext } from './context.ts'

const EventsQuery = Type.Object(
  { ...PageQuery, type: Type.Optional({ ...EventTypeName, description: 'Only events of this type.' }) },
  { additionalProperties: false },
)
const ListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false })
const WebhookParams = Type.Object({ webhookId: Type.String({ format: 'uuid' }) }, { additionalProperties: false })

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const isSequence = (key: unknown): key is number => typeof key === 'number' && Number.isSafeInteger(key) && key >= 0
const isUuid = (key: unknown): key is string => typeof key === 'string' && UUID.test(key)

/** The kernel decodes any cursor shape; these lists also need its key to be what they issued. */
function cursorAfter<K extends string | number>(cursor: string | undefined, valid: (key: unknown) => key is K): K | null {
  const key = decodeCursor(cursor, 1)?.[0]
  if (key === undefined || valid(key)) return key ?? null
  throw new ProblemError(kernelProblems.INVALID_CURSOR, 'The cursor is not one this service issued.', [{ path: 'querystring/cursor', message: 'is not a valid cursor' }])
}

const exampleCreate: CreateWebhookSubscription = {
  url: 'https://reporting.example.gov/api/v1/inbox/assessment',
  eventTypes: ['award.made', 'contract.signed'],
}

/** The outbox as a CloudEvents feed, and webhook subscriptions that push it. Auditors only. */
export function eventRoutes({ db, webhookAllowedHosts, resolveHost }: AssessmentRouteContext) {
  const common = { onRequest: requireRole('auditor') }
  const docs = { tags: ['events'], security: [{ bearerAuth: [] }] }

  return async function (app: ServiceApp) {
    app.get(
      '/events',
      {
        ...common,
        schema: {
          ...docs,
          operationId: 'listEvents',
          summary: 'Feed of domain events, as CloudEvents',
          description:
            'Every event this service has committed, oldest first, in the CloudEvents 1.0 JSON format. `nextCursor` is always set: keep the last one and poll with it to resume exactly where you stopped; an empty page means you are up to date. Role: auditor.',
          querystring: EventsQuery,
          response: { 200: Ref(CloudEventPage), ...problemResponses(kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => {
        const { limit, cursor, type } = request.query
        const after = cursorAfter(cursor, isSequence) ?? 0
        const rows = await readEvents(db, after, type, limit)
        const page = toPage(rows, limit, (row) => [row.sequence], toCloudEvent)
        // A feed reader needs a cursor even at the end, to resume from exactly here next time.
        return { items: page.items, nextCursor: page.nextCursor ?? encodeCursor([rows.at(-1)?.sequence ?? after]) }
      },
    )

    app.post(
      '/webhooks',
      {
        ...common,
        schema: {
          ...docs,
          operationId: 'createWebhookSubscription',
          summary: 'Subscribe a URL to events',
          description:
            `Events of the chosen types committed from now on are POSTed to the URL as \`application/cloudevents+json\`, one at a time and in order, signed with the secret returned here (and only here) in the Standard Webhooks scheme. A delivery succeeds on a 2xx within ${DELIVERY_TIMEOUT_MS / 1000} s; otherwise it is retried with exponential backoff up to ${MAX_DELIVERY_ATTEMPTS} attempts. Redirects are not followed. Deliveries are at least once: deduplicate on \`webhook-id\`. The URL's host is resolved now and again at every delivery, and every address it resolves to must be public unless the operator's allow-list names the host: otherwise 422 now, or \`refused by address policy\` on the delivery. Role: auditor.`,
          headers: IdempotencyKeyHeaders,
          body: withExamples(CreateWebhookSubscription, [exampleCreate]),
          response: { 201: Ref(CreatedWebhookSubscription), ...problemResponses(kernelProblems.UNAUTHENTICATED, assessmentProblems.WEBHOOK_TARGET_NOT_ALLOWED) },
        },
      },
      async (request, reply) => {
        const { row, secret } = await subscribeWebhook(db, request.actor, request.body, { allowedHosts: webhookAllowedHosts, resolveHost })
        reply.code(201).header('location', `${request.url.split('?')[0]!.replace(/\/$/, '')}/${row.id}`)
        return { ...toSubscription(row), secret }
      },
    )

    app.get(
      '/webhooks',
      {
        ...common,
        schema: {
          ...docs,
          operationId: 'listWebhookSubscriptions',
          summary: 'List your webhook subscriptions',
          description: 'Only the caller’s own subscriptions, ordered by id; secrets are never shown again. Role: auditor.',
          querystring: ListQuery,
          response: { 200: Ref(WebhookSubscriptionPage), ...problemResponses(kernelProblems.INVALID_CURSOR, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => {
        const { limit, cursor } = request.query
        const rows = await readSubscriptions(db, request.actor, cursorAfter(cursor, isUuid), limit)
        return toPage(rows, limit, (row) => [row.id], toSubscription)
      },
    )

    app.get(
      '/webhooks/:webhookId',
      {
        ...common,
        schema: {
          ...docs,
          operationId: 'getWebhookSubscription',
          summary: 'Read one of your webhook subscriptions',
          description:
            'One of the caller’s own webhook subscriptions: URL, event types and state; the signing secret is never shown again. Another caller’s subscription is 404. Role: auditor.',
          params: WebhookParams,
          response: { 200: Ref(WebhookSubscription), ...problemResponses(kernelProblems.UNAUTHENTICATED, assessmentProblems.WEBHOOK_NOT_FOUND) },
        },
      },
      async (request) => {
        return toSubscription(await readSubscription(db, request.actor, request.params.webhookId))
      },
    )

    app.delete(
      '/webhooks/:webhookId',
      {
        ...common,
        schema: {
          ...docs,
          operationId: 'deleteWebhookSubscription',
          summary: 'Unsubscribe',
          description: 'Stops all deliveries to the URL, pending retries included, and forgets their history.',
          params: WebhookParams,
          response: { 204: { description: 'Unsubscribed.', type: 'null' }, ...problemResponses(kernelProblems.UNAUTHENTICATED, assessmentProblems.WEBHOOK_NOT_FOUND) },
        },
      },
      async (request, reply) => {
        await unsubscribeWebhook(db, request.actor, request.params.webhookId)
        return reply.code(204).send(null)
      },
    )

    app.get(
      '/webhooks/:webhookId/deliveries',
      {
        ...common,
        schema: {
          ...docs,
          operationId: 'listWebhookDeliveries',
          summary: 'Delivery state of each event sent to one of your webhooks',
          description: 'In event order: attempts made, the last error, and when it was delivered.',
          params: WebhookParams,
          querystring: ListQuery,
          response: { 200: Ref(WebhookDeliveryPage), ...problemResponses(kernelProblems.INVALID_CURSOR, kernelProblems.UNAUTHENTICATED, assessmentProblems.WEBHOOK_NOT_FOUND) },
        },
      },
      async (request) => {
        const { limit, cursor } = request.query
        const rows = await readDeliveries(db, request.actor, request.params.webhookId, cursorAfter(cursor, isSequence) ?? 0, limit)
        return toPage(rows, limit, (row) => [row.event_sequence], toDelivery)
      },
    )
  }
}
