import { createHmac, randomBytes } from 'node:crypto'

/**
 * Webhook signatures in the Standard Webhooks scheme (https://www.standardwebhooks.com), so any
 * of its libraries verifies them: the receiver checks `webhook-signature` against an HMAC-SHA256
 * of `${webhook-id}.${webhook-timestamp}.${body}`, keyed with the secret's decoded bytes.
 */

const PREFIX = 'whsec_'

/** `whsec_` and the standard (padded) base64 of 32 random bytes: the secret a subscriber receives once, when it subscribes. */
export function newWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`
}

function keyOf(secret: string): Buffer {
  if (!secret.startsWith(PREFIX)) throw new Error('A webhook secret starts with whsec_')
  return Buffer.from(secret.slice(PREFIX.length), 'base64')
}

/** The `webhook-signature` header value: `v1,` and the base64 HMAC. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`
}
