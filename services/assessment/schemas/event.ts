import { Type, type Static, type TSchema } from 'typebox'
import { Page } from '../../kernel/pagination.ts'
import { Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'
import { exemplified } from './common.ts'
import { cloudEventTypes, EVENT_SOURCE } from '../events/cloud-event.ts'
import { eventTypes } from '../events/outbox.ts'
import { MAX_DELIVERY_ATTEMPTS } from '../repositories/webhooks.ts'

export const EventTypeName = StringEnum(eventTypes, { description: 'Event type, without the CloudEvents prefix `org.govstack.circular-ict.`.' })

const Sequence = Type.String({ pattern: '^\\d{19}$', description: 'Position in the outbox, zero-padded so that it orders as text (CloudEvents sequence extension).' })

const exampleEvent = {
  specversion: '1.0',
  id: '3f1c2a9e-7b4d-4c8e-9a51-0d6b2f7e8c13',
  source: EVENT_SOURCE,
  type: 'org.govstack.circular-ict.bid.submitted',
  subject: 'bids/5b0f6a6e-2f0c-4f43-8f1e-6b3a9d2c7e41',
  time: '2026-11-26T10:00:00.000Z',
  datacontenttype: 'application/json',
  sequence: '0000000000000000042',
  data: { bidId: '5b0f6a6e-2f0c-4f43-8f1e-6b3a9d2c7e41', procurementId: '9c3e1d2b-4a5f-4e6d-8b7c-1a2b3c4d5e6f' },
} as const

export const CloudEvent = Type.Object(
  {
    specversion: Type.Literal('1.0'),
    id: Type.String({ format: 'uuid', description: 'Unique per event; a receiver seeing it twice has seen the same event.' }),
    source: Type.Literal(EVENT_SOURCE),
    type: StringEnum(cloudEventTypes),
    subject: Type.String({ description: 'Path of the resource the event is about, e.g. `bids/{id}`.' }),
    time: Timestamp,
    datacontenttype: Type.Literal('application/json'),
    sequence: Sequence,
    data: Type.Object({}, { additionalProperties: true, description: 'The event payload; its shape depends on `type`.' }),
  },
  { $id: 'CloudEvent', additionalProperties: false, description: 'A domain event in the CloudEvents 1.0 JSON format.', examples: [exampleEvent] },
)

export const CloudEventPage = Type.Object(
  {
    items: Type.Array(Ref(CloudEvent)),
    nextCursor: Type.String({ description: 'Always present: pass as `cursor` to continue, or keep it and poll with it later to resume from exactly here.' }),
  },
  { $id: 'CloudEventPage', additionalProperties: false },
)

const WebhookUrl = Type.String({
  format: 'uri',
  // A host is required; credentials in the URL are refused because subscriptions are read back in full.
  pattern: '^https?://[^\\s/?#@]+([/?#]\\S*)?$',
  maxLength: 2000,
  description:
    'The URL events are POSTed to, without credentials in it: https on port 443 to a host whose addresses are all public, unless the operator\'s allow-list names the host (and, for http or another port, the port). Redirects are not followed.',
  examples: ['https://reporting.example.gov/api/v1/inbox/assessment'],
})

const EventTypeList = Type.Array(EventTypeName, { minItems: 1, maxItems: eventTypes.length, uniqueItems: true })

export const CreateWebhookSubscription = Type.Object(
  { url: WebhookUrl, eventTypes: EventTypeList },
  { $id: 'CreateWebhookSubscription', additionalProperties: false },
)
export type CreateWebhookSubscription = Static<typeof CreateWebhookSubscription>

const subscriptionProperties = {
  id: Type.String({ format: 'uuid' }),
  url: WebhookUrl,
  eventTypes: EventTypeList,
  active: Type.Boolean({ description: 'Whether new events are being sent.' }),
  createdAt: Timestamp,
}

const exampleSubscription = {
  id: '0c7d4e2a-1b3f-4a5c-9d8e-7f6a5b4c3d2e',
  url: 'https://reporting.example.gov/api/v1/inbox/assessment',
  eventTypes: ['award.made' as const, 'contract.signed' as const],
  active: true,
  createdAt: '2026-11-26T09:00:00.000Z',
}

export const WebhookSubscription = Type.Object(subscriptionProperties, {
  $id: 'WebhookSubscription',
  additionalProperties: false,
  description: 'Events of these types, created after the subscription, are POSTed to the URL.',
  examples: [exampleSubscription],
})
export type WebhookSubscription = Static<typeof WebhookSubscription>

export const CreatedWebhookSubscription = Type.Object(
  {
    ...subscriptionProperties,
    secret: Type.String({
      pattern: '^whsec_[A-Za-z0-9+/]{43}=$',
      description:
        'Signing secret in the Standard Webhooks format (`whsec_` and the base64 of 32 random bytes), shown only in this response. Each delivery carries `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the decoded secret; any Standard Webhooks library verifies it with this secret as given.',
    }),
  },
  {
    $id: 'CreatedWebhookSubscription',
    additionalProperties: false,
    examples: [{ ...exampleSubscription, secret: 'whsec_q5Jx0b7mS2vH3kL9tW1yZ4cN8pR6dF0aE2gU5iO7sQc=' }],
  },
)

const exampleDelivery = {
  eventId: exampleEvent.id,
  eventType: 'bid.submitted' as const,
  sequence: exampleEvent.sequence,
  status: 'pending' as const,
  attempts: 2,
  lastError: 'HTTP 503',
  nextAttemptAt: '2026-11-26T10:00:40.000Z',
  deliveredAt: null,
}

export const WebhookDelivery = Type.Object(
  {
    eventId: Type.String({ format: 'uuid' }),
    eventType: EventTypeName,
    sequence: Sequence,
    status: StringEnum(['pending', 'delivered', 'failed'] as const, {
      description: `\`failed\`: given up after ${MAX_DELIVERY_ATTEMPTS} attempts; later events are still delivered.`,
    }),
    attempts: Type.Integer({ minimum: 0 }),
    lastError: Nullable(
      Type.String({ description: 'Why the last failed attempt failed: `HTTP <status>`, `timeout`, `unreachable` or `refused by address policy`.' }),
    ),
    nextAttemptAt: Nullable({
      ...Timestamp,
      description: 'When the next attempt is due (while one is under way, when it is retried should it never report back); null once delivered or given up.',
    }),
    deliveredAt: Nullable(Timestamp),
  },
  {
    $id: 'WebhookDelivery',
    additionalProperties: false,
    examples: [exampleDelivery],
  },
)
export type WebhookDelivery = Static<typeof WebhookDelivery>

export const WebhookSubscriptionPage = Page(Ref(WebhookSubscription), 'WebhookSubscriptionPage')
export const WebhookDeliveryPage = Page(Ref(WebhookDelivery), 'WebhookDeliveryPage')

/** Request bodies are inlined with their examples, so CreateWebhookSubscription is not among them. */
export const eventSchemas: TSchema[] = [
  CloudEvent,
  exemplified(CloudEventPage, [{ items: [exampleEvent], nextCursor: exampleEvent.sequence }]),
  WebhookSubscription,
  CreatedWebhookSubscription,
  WebhookDelivery,
  exemplified(WebhookSubscriptionPage, [{ items: [exampleSubscription], nextCursor: null }]),
  exemplified(WebhookDeliveryPage, [{ items: [exampleDelivery], nextCursor: null }]),
]
