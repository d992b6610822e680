import { mintLocalToken } from '../../kernel/auth/local-keys.ts'
import type { ServiceConfig } from '../../kernel/config.ts'
import { FeedError } from './feed-error.ts'

export interface ServiceTokenProvider {
  token(): Promise<string>
  /** Forgets the cached token after the source refused it, so the next call fetches a fresh one. */
  invalidate(): void
}

const LOCAL_TTL_SECONDS = 3600
/** A token this close to expiry is renewed first, so a slow page never arrives with a dead one. */
const RENEW_BEFORE_MS = 60_000

interface CachedToken {
  value: string
  expiresAt: number
}

type Fetcher = () => Promise<CachedToken>

/** Never longer than the services accept (TOKEN_MAX_LIFETIME_SECONDS may be set below an hour). */
function mintLocal(dataDir: string, maxLifetimeSeconds: number): Fetcher {
  const ttlSeconds = Math.min(LOCAL_TTL_SECONDS, maxLifetimeSeconds)
  return async () => ({
    value: await mintLocalToken(dataDir, { subject: 'reporting-service', roles: ['auditor'], ttlSeconds }),
    expiresAt: Date.now() + ttlSeconds * 1000,
  })
}

/** OAuth 2.0 client credentials grant against the issuer's token endpoint. */
function clientCredentials({ clientId, clientSecret, tokenUrl }: ServiceConfig['serviceCredentials']): Fetcher {
  return async () => {
    if (!clientId || !clientSecret || !tokenUrl) {
      throw new FeedError('OIDC mode needs OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and a token URL for reporting to read the assessment feed')
    }
    let response: Response
    try {
      response = await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
        signal: AbortSignal.timeout(10_000),
      })
    } catch {
      throw new FeedError(`the token endpoint ${new URL(tokenUrl).host} could not be reached`)
    }
    if (!response.ok) throw new FeedError(`the token endpoint answered ${response.status} to the client credentials grant`)
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown }
    if (typeof body.access_token !== 'string') throw new FeedError('the token endpoint returned no access_token')
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 300
    return { value: body.access_token, expiresAt: Date.now() + lifetime * 1000 }
  }
}

/** The token reporting presents to the assessment feed (role auditor), cached until shortly before expiry. */
export function createServiceTokenProvider(config: Pick<ServiceConfig, 'auth' | 'dataDir' | 'serviceCredentials'>): ServiceTokenProvider {
  const fetchToken = config.auth.mode === 'local' ? mintLocal(config.dataDir, config.auth.maxLifetimeSeconds) : clientCredentials(config.serviceCredentials)
  let cached: CachedToken | null = null
  return {
    async token() {
      if (!cached || cached.expiresAt - Date.now() < RENEW_BEFORE_MS) cached = await fetchToken()
      return cached.value
    },
    invalidate() {
      cached = null
    },
  }
}
