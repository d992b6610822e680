import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import type { AllowedHost } from '../../kernel/allowed-hosts.ts'
import { checkWebhookTarget, isPublicAddress, type WebhookTarget } from './webhook-target.ts'

export interface ResolvedAddress {
  address: string
  family: 4 | 6
}

/** Every address a host name resolves to. */
export type ResolveHost = (host: string) => Promise<ResolvedAddress[]>

/** The system resolver (hosts file, then DNS): the addresses a connection to the name would use. */
export const resolveWithSystem: ResolveHost = async (host) => (await lookup(host, { all: true, order: 'verbatim' })) as ResolvedAddress[]

/** A target with the addresses it was judged by; a request must connect to one of these, never look the name up again. */
export interface VettedTarget {
  target: WebhookTarget
  addresses: ResolvedAddress[]
}

/**
 * `policy`: the URL or an address it resolves to is not allowed; `unresolved`: the name did not
 * resolve; `timeout`: the signal fired first. `detail` is for the subscriber at subscription time,
 * and never tells an unresolvable name from an internal one, so it cannot map internal DNS.
 */
export type Vetting = { vetted: VettedTarget } | { refused: 'policy' | 'unresolved' | 'timeout'; detail: string }

function beforeAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason)
    if (signal.aborted) return abort()
    signal.addEventListener('abort', abort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

/**
 * Judges a URL against the allow-list, then resolves its host and requires every address to be
 * public, unless the allow-list names the host (its addresses are then taken as they come). All
 * addresses, not just the first: a name with one public and one internal address would otherwise
 * reach the internal one whenever the connection falls back to it.
 */
export async function vetWebhookTarget(
  url: string,
  allowedHosts: readonly AllowedHost[] | null,
  resolve: ResolveHost,
  signal: AbortSignal,
): Promise<Vetting> {
  const verdict = checkWebhookTarget(url, allowedHosts)
  if ('refused' in verdict) return { refused: 'policy', detail: verdict.refused }
  const { target, trusted } = verdict
  const family = isIP(target.host)
  if (family === 4 || family === 6) return { vetted: { target, addresses: [{ address: target.host, family }] } }
  const detail = `host ${target.host} does not resolve, or not to public addresses only`
  let addresses: ResolvedAddress[]
  try {
    addresses = await beforeAbort(resolve(target.host), signal)
  } catch {
    return signal.aborted ? { refused: 'timeout', detail } : { refused: 'unresolved', detail }
  }
  if (addresses.length === 0) return { refused: 'unresolved', detail }
  if (!trusted && !addresses.every(({ address }) => isPublicAddress(address))) return { refused: 'policy', detail }
  return { vetted: { target, addresses } }
}
