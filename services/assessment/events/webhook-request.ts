import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import type { AllowedHost } from '../../kernel/allowed-hosts.ts'
import { vetWebhookTarget, type ResolvedAddress, type ResolveHost, type VettedTarget } from './webhook-addresses.ts'

export interface DeliveryPolicy {
  allowedHosts: readonly AllowedHost[] | null
  resolve: ResolveHost
  /** For the whole attempt: name lookup, connection and the answer's status line. */
  timeoutMs: number
}

/**
 * `reason` is what the subscriber reads in its delivery list, so it is one of a few plain words
 * (`unreachable`, `timeout`, `HTTP 503`, `refused by address policy`): raw socket errors would let
 * a subscriber tell a closed port from a filtered one. `cause` is for the operator's log only.
 */
export type AttemptResult = { delivered: true } | { delivered: false; reason: string; cause?: string }

/**
 * Hands the connection the vetted addresses instead of looking the name up again, so a name that
 * resolves elsewhere by the time of the connection (DNS rebinding) still goes where it was judged.
 */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) return callback(null, addresses)
    const chosen = addresses.find(({ family }) => !options.family || family === options.family) ?? addresses[0]!
    callback(null, chosen.address, chosen.family)
  }
}

/**
 * Node's own client, not fetch: it takes a `lookup` per request, and never follows redirects.
 * The name stays in the Host header and in TLS (SNI and certificate check); only the address is
 * fixed. The answer's body is not read: its status is all a delivery needs.
 */
function post({ target, addresses }: VettedTarget, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = (target.protocol === 'https:' ? https : http).request(
      {
        method: 'POST',
        hostname: target.host,
        port: target.port,
        path: target.path,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        lookup: pinnedLookup(addresses),
        signal,
      },
      (response) => {
        resolve(response.statusCode ?? 0)
        response.destroy()
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

function codeOf(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  return String(code ?? message ?? error)
}

/** One delivery attempt: the URL is judged again (allow-list and addresses), then POSTed to. */
export async function attemptDelivery(url: string, headers: Record<string, string>, body: string, policy: DeliveryPolicy): Promise<AttemptResult> {
  const deadline = AbortSignal.timeout(policy.timeoutMs)
  const vetting = await vetWebhookTarget(url, policy.allowedHosts, policy.resolve, deadline)
  if ('refused' in vetting) {
    const reason = { policy: 'refused by address policy', unresolved: 'unreachable', timeout: 'timeout' }[vetting.refused]
    return { delivered: false, reason, cause: vetting.detail }
  }
  try {
    const status = await post(vetting.vetted, headers, body, deadline)
    return status >= 200 && status < 300 ? { delivered: true } : { delivered: false, reason: `HTTP ${status}` }
  } catch (error) {
    return deadline.aborted ? { delivered: false, reason: 'timeout' } : { delivered: false, reason: 'unreachable', cause: codeOf(error) }
  }
}
