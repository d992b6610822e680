import { isIP } from 'node:net'

// Loopback, private, link-local and unspecified ranges: a subscriber must not make this service
// call into its own network (server-side request forgery).
const INTERNAL_V4 = [/^127\./, /^10\./, /^172\.(1[6-9]|2\d|3[01])\./, /^192\.168\./, /^169\.254\./, /^0\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./]
const INTERNAL_V6 = [/^::1$/, /^::$/, /^f[cd][0-9a-f]{2}:/, /^fe[89ab][0-9a-f]:/, /^64:ff9b:/]

function isInternal(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  const bare = host.replace(/^\[|\]$/g, '')
  const version = isIP(bare)
  if (version === 4) return INTERNAL_V4.some((range) => range.test(bare))
  if (version === 6) return INTERNAL_V6.some((range) => range.test(bare)) || /^::ffff:/.test(bare)
  return false
}

function allowedBy(host: string, allowed: readonly string[]): boolean {
  return allowed.some((entry) => entry === '*' || entry === host || (entry.startsWith('.') && host.endsWith(entry)))
}

/**
 * Why a webhook URL may not be subscribed, or null when it may. With an allow-list the host must
 * be on it; without one, only https to a host that is not an internal address. A name that
 * resolves to an internal address is not caught here: production deployments set the allow-list.
 */
export function webhookTargetProblem(url: string, allowedHosts: readonly string[] | null): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'is not a URL'
  }
  // A trailing dot names the same host (localhost. is loopback).
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '')
  if (allowedHosts) return allowedBy(host, allowedHosts) ? null : `host ${host} is not in WEBHOOK_ALLOWED_HOSTS`
  if (parsed.protocol !== 'https:') return 'must be https (set WEBHOOK_ALLOWED_HOSTS to allow http to named hosts)'
  if (isInternal(host)) return `host ${host} is a loopback, private or link-local address`
  return null
}
