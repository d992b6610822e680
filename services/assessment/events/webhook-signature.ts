import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Webhook signatures in the Standard Webhooks scheme (https://www.standardwebhooks.com): the
 * receiver checks `webhook-signature` against an HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}`.
 * As in that scheme, the HMAC key is the secret's decoded bytes, not its text.
 */

/** 32 random bytes, base64url: the secret a subscriber receives once, when it subscribes. */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('base64url')
}

function keyOf(secret: string): Buffer {
  // Standard Webhooks libraries hand out secrets as `whsec_<base64>`; accept them as they come.
  return Buffer.from(secret.replace(/^whsec_/, ''), 'base64url')
}

function digest(secret: string, id: string, timestamp: number, body: string): Buffer {
  return createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest()
}

/** The `webhook-signature` header value: `v1,` and the base64 HMAC. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${digest(secret, id, timestamp, body).toString('base64')}`
}

export type WebhookHeaders = Record<string, string | string[] | undefined>

export interface VerifyOptions {
  /** How far `webhook-timestamp` may be from now, either way; a replay older than this fails. */
  toleranceSeconds?: number
  nowSeconds?: number
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value
}

/**
 * True when the headers carry a valid signature of this exact body (the raw text, before any JSON
 * parsing) made with this secret, and the timestamp is recent. The header may list several
 * space-separated signatures (a sender rotating secrets); one match is enough. Comparison is
 * constant-time so a forger learns nothing from response timing.
 */
export function verifyWebhook(secret: string, headers: WebhookHeaders, body: string, options: VerifyOptions = {}): boolean {
  const id = single(headers['webhook-id'])
  const timestampText = single(headers['webhook-timestamp'])
  const signatures = single(headers['webhook-signature'])
  if (!id || !timestampText || !signatures || !/^\d{1,12}$/.test(timestampText)) return false
  const timestamp = Number(timestampText)
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000)
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false
  const expected = digest(secret, id, timestamp, body)
  return signatures.split(' ').some((candidate) => {
    const [version, encoded] = candidate.split(',', 2)
    if (version !== 'v1' || encoded === undefined) return false
    const given = Buffer.from(encoded, 'base64')
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}
