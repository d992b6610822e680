import type { ServiceApp } from '../../kernel/service-app.ts'
import { bidRoutes } from './bids.ts'
import type { AssessmentRouteContext } from './context.ts'
import { contractRoutes } from './contracts.ts'
import { evaluationRoutes } from './evaluations.ts'
import { eventRoutes } from './events.ts'
import { procurementRoutes } from './procurements.ts'
import { supplierRoutes } from './suppliers.ts'

export function assessmentRoutes(context: AssessmentRouteContext) {
  return async function (app: ServiceApp) {
    await app.register(supplierRoutes(context))
    await app.register(procurementRoutes(context))
    await app.register(bidRoutes(context))
    await app.register(evaluationRoutes(context))
    await app.register(contractRoutes(context))
    await app.register(eventRoutes(context))
  }
}
