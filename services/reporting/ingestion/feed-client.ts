import { FeedError } from './feed-error.ts'
import type { AssessmentCloudEvent, CatalogueChange, CatalogueCriterionVersion, FeedPage } from './feed-types.ts'
import type { ServiceTokenProvider } from './service-token.ts'

export interface FeedClient {
  assessmentEvents(cursor: string | null, limit: number, correlationId: string): Promise<FeedPage<AssessmentCloudEvent>>
  catalogueChanges(cursor: string | null, limit: number, correlationId: string): Promise<FeedPage<CatalogueChange>>
  /** `href` as the change feed gives it, a path under the catalogue's base URL. */
  criterionVersion(href: string, correlationId: string): Promise<CatalogueCriterionVersion>
}

export interface FeedClientOptions {
  assessmentUrl: string
  catalogueUrl: string
  tokens: ServiceTokenProvider
  timeoutMs?: number
}

/**
 * Reads the assessment event feed and the catalogue change feed over HTTP, as any outside system
 * would. The correlation id of the sync run travels on; every failure becomes a FeedError that
 * names the source and what went wrong, never a stack trace in the status.
 */
export function createFeedClient({ assessmentUrl, catalogueUrl, tokens, timeoutMs = 10_000 }: FeedClientOptions): FeedClient {
  const assessmentRoot = assessmentUrl.replace(/\/$/, '')
  const catalogueRoot = catalogueUrl.replace(/\/$/, '')

  async function get<T>(url: string, correlationId: string, authorization: string | null): Promise<T> {
    const label = `${new URL(url).host}${new URL(url).pathname}`
    let response: Response
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json', 'x-correlation-id': correlationId, ...(authorization ? { authorization } : {}) },
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch {
      throw new FeedError(`${label} could not be reached`)
    }
    if (!response.ok) {
      await response.body?.cancel()
      throw new FeedError(`${label} answered ${response.status}`, { cause: response.status })
    }
    try {
      return (await response.json()) as T
    } catch {
      throw new FeedError(`${label} answered with a body that is not JSON`)
    }
  }

  const pageUrl = (root: string, path: string, cursor: string | null, limit: number) =>
    `${root}${path}?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`

  return {
    async assessmentEvents(cursor, limit, correlationId) {
      const url = pageUrl(assessmentRoot, '/api/v1/events', cursor, limit)
      try {
        return await get(url, correlationId, `Bearer ${await tokens.token()}`)
      } catch (error) {
        // A refused token is renewed once: the issuer may have rotated keys or the token expired early.
        if (!(error instanceof FeedError) || error.cause !== 401) throw error
        tokens.invalidate()
        return get(url, correlationId, `Bearer ${await tokens.token()}`)
      }
    },
    catalogueChanges(cursor, limit, correlationId) {
      return get(pageUrl(catalogueRoot, '/api/v1/changes', cursor, limit), correlationId, null)
    },
    criterionVersion(href, correlationId) {
      if (!href.startsWith('/')) throw new FeedError(`the change feed gave an href that is not a path: ${href.slice(0, 200)}`)
      return get(`${catalogueRoot}${href}`, correlationId, null)
    },
  }
}
