import type { ServiceApp, ServiceRoutes } from '../../kernel/service-app.ts'
import { buyerSettingsRoutes } from './buyer-settings.ts'
import type { ReportingRouteContext } from './context.ts'
import { kpiRoutes } from './kpis.ts'
import { maturityRoutes } from './maturity.ts'
import { ocdsRoutes } from './ocds.ts'
import { readModelRoutes } from './read-model.ts'
import { targetRoutes } from './targets.ts'

/** The JSON API under /api/v1; the dashboard page lives beside it at the root. */
export function reportingRoutes(context: ReportingRouteContext): ServiceRoutes {
  return async function (app: ServiceApp) {
    await app.register(kpiRoutes(context))
    await app.register(targetRoutes(context))
    await app.register(maturityRoutes(context))
    await app.register(buyerSettingsRoutes(context))
    await app.register(readModelRoutes(context))
    await app.register(ocdsRoutes(context))
  }
}
