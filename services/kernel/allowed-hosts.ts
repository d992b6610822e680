import { isIP } from 'node:net'

/**
 * One entry of WEBHOOK_ALLOWED_HOSTS. `host` names one host (a name or an IP literal), optionally
 * with the one port it may be reached on; `domain` any host under a domain; `any` any host.
 */
export type AllowedHost = { kind: 'any' } | { kind: 'domain'; suffix: string } | { kind: 'host'; host: string; port: number | null }

/**
 * A URL's host the way two spellings of it compare equal: lower case, IDN as punycode, IPv4 in
 * dotted decimal (the WHATWG URL parser has done that much), IPv6 without brackets, no trailing dot.
 */
export function normaliseHost(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
}

/**
 * Parses `*`, `.domain`, `host`, `host:port`, `[ipv6]` or `[ipv6]:port`; null when the entry is
 * none of those. Hosts go through the URL parser, so `0x7f.1` in an entry and `127.0.0.1` in a
 * subscription are the same host. Port 443 is the default and so stands for "no port".
 */
export function parseAllowedHost(entry: string): AllowedHost | null {
  if (entry === '*') return { kind: 'any' }
  if (!/^[^\s/?#@\\]+$/.test(entry)) return null
  const domain = entry.startsWith('.')
  let url: URL
  try {
    url = new URL(`https://${domain ? entry.slice(1) : entry}`)
  } catch {
    return null
  }
  const host = normaliseHost(url.hostname)
  if (isIP(host) === 0 && !/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(host)) return null
  if (domain) return url.port === '' && isIP(host) === 0 ? { kind: 'domain', suffix: `.${host}` } : null
  const port = url.port === '' ? null : Number(url.port)
  return port === 0 ? null : { kind: 'host', host, port }
}
