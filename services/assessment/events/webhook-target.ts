import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'
import { normaliseHost, type AllowedHost } from '../../kernel/allowed-hosts.ts'

/**
 * Where a subscriber may make this service send requests: the rules against server-side request
 * forgery (a subscriber steering the service into its own network), as pure functions.
 */

export interface WebhookTarget {
  protocol: 'http:' | 'https:'
  /** Normalised (see normaliseHost): what is looked up and what the allow-list is compared with. */
  host: string
  port: number
  /** Path and query, as they go in the request line. */
  path: string
}

/**
 * A URL that may be tried, or why not. `trusted`: an allow-list entry names its host exactly, so
 * the operator vouches for wherever it leads, internal addresses included.
 */
export type TargetVerdict = { target: WebhookTarget; trusted: boolean } | { refused: string }

const ANY_HOST: readonly AllowedHost[] = [{ kind: 'any' }]

/**
 * Only global unicast counts as public. Anything else (loopback, private, link-local, CGNAT,
 * NAT64, 6to4, Teredo, multicast, unspecified, documentation and reserved ranges) is refused; an
 * IPv4-mapped IPv6 address is judged by the IPv4 address inside it, and the deprecated
 * IPv4-compatible form (`::a.b.c.d`) and scoped addresses (`%zone`) are refused outright.
 */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0 || address.includes('%')) return false
  // The URL parser writes IPv6 canonically; ipaddr.js would take `::a.b.c.d` for IPv4-mapped.
  const parsed = ipaddr.parse(family === 6 ? new URL(`http://[${address}]`).hostname.slice(1, -1) : address)
  if (parsed.kind() === 'ipv6' && parsed.toByteArray().slice(0, 12).every((byte) => byte === 0)) return false
  const judged = parsed instanceof ipaddr.IPv6 && parsed.isIPv4MappedAddress() ? parsed.toIPv4Address() : parsed
  return judged.range() === 'unicast'
}

function reaches(entry: AllowedHost, target: WebhookTarget): boolean {
  if (entry.kind === 'host') return entry.port === null ? target.protocol === 'https:' && target.port === 443 : target.port === entry.port
  return target.protocol === 'https:' && target.port === 443
}

/**
 * Judges a URL by what it says; the addresses its host resolves to are judged separately, at
 * subscription and at every delivery (see webhook-addresses.ts). A `host:port` entry opens that
 * port for http and https; any other entry, and no allow-list at all, only https on port 443.
 * A host named only by a `.domain` or `*` entry, or with no allow-list, must be public.
 */
export function checkWebhookTarget(url: string, allowedHosts: readonly AllowedHost[] | null): TargetVerdict {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { refused: 'is not a URL' }
  }
  const protocol = parsed.protocol
  if (protocol !== 'https:' && protocol !== 'http:') return { refused: 'must be an http or https URL' }
  const host = normaliseHost(parsed.hostname)
  const port = parsed.port === '' ? (protocol === 'https:' ? 443 : 80) : Number(parsed.port)
  const target: WebhookTarget = { protocol, host, port, path: `${parsed.pathname}${parsed.search}` }
  const entries = allowedHosts ?? ANY_HOST
  const naming = entries.filter((entry) => entry.kind === 'host' && entry.host === host)
  const covering = entries.filter((entry) => entry.kind === 'any' || (entry.kind === 'domain' && host.endsWith(entry.suffix)))
  if (naming.length === 0 && covering.length === 0) return { refused: `host ${host} is not in WEBHOOK_ALLOWED_HOSTS` }
  if (naming.some((entry) => reaches(entry, target))) return { target, trusted: true }
  if (!covering.some((entry) => reaches(entry, target))) {
    return { refused: `must be https on port 443 (WEBHOOK_ALLOWED_HOSTS would have to name ${host}:${port})` }
  }
  if (isIP(host) !== 0 && !isPublicAddress(host)) return { refused: `${host} is not a public address` }
  return { target, trusted: false }
}
