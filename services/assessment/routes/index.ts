import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { AllowedHost } from '../../kernel/allowed-hosts.ts'
import type { CatalogueClient } from '../catalogue-client/catalogue-client.ts'
import type { ResolveHost } from '../events/webhook-addresses.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'
import { bidRoutes } from './bids.ts'
import { contractRoutes } from './contracts.ts'
import { evaluationRoutes } from './evaluations.ts'
import { eventRoutes } from './events.ts'
import { procurementRoutes } from './procurements.ts'
import { supplierRoutes } from './suppliers.ts'

export interface AssessmentRouteContext {
  db: Kysely<AssessmentDatabase>
  catalogue: CatalogueClient
  webhookAllowedHosts: AllowedHost[] | null
  resolveHost: ResolveHost
}

export function assessmentRoutes(context: AssessmentRouteContext) {
  return async function (app: FastifyInstance) {
    await app.register(supplierRoutes(context))
    await app.register(procurementRoutes(context))
    await app.register(bidRoutes(context))
    await app.register(evaluationRoutes(context))
    await app.register(contractRoutes(context))
    await app.register(eventRoutes(context))
  }
}
