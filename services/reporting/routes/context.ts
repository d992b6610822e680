import type { Kysely } from 'kysely'
import type { FeedSync } from '../ingestion/feed-sync.ts'
import type { ReportingDatabase } from '../repositories/database.ts'

export interface ReportingRouteContext {
  db: Kysely<ReportingDatabase>
  sync: FeedSync
  now: () => Date
  /** Base URL for links in exports, from configuration only (kernel/public-url.ts). */
  publicBaseUrl: string
  ocds: { ocidPrefix: string; publisherName: string }
}

/** Public operations that also accept a token, which can widen what the caller sees. */
export const optionalBearer: { [scheme: string]: string[] }[] = [{}, { bearerAuth: [] }]
export const bearerOnly: { [scheme: string]: string[] }[] = [{ bearerAuth: [] }]
