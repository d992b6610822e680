import type { Kysely } from 'kysely'
import type { AllowedHost } from '../../kernel/allowed-hosts.ts'
import type { CatalogueClient } from '../catalogue-client/catalogue-client.ts'
import type { ResolveHost } from '../events/webhook-addresses.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'

/** What the assessment routes receive from the app. */
export interface AssessmentRouteContext {
  db: Kysely<AssessmentDatabase>
  catalogue: CatalogueClient
  webhookAllowedHosts: AllowedHost[] | null
  resolveHost: ResolveHost
}
