import type { ServiceApp } from '../../kernel/service-app.ts'
import { changeFeedRoutes } from './changes.ts'
import type { CatalogueRouteContext } from './context.ts'
import { criteriaRoutes } from './criteria.ts'
import { criteriaSetRoutes } from './criteria-sets.ts'
import { referenceDataRoutes } from './reference-data.ts'

export function catalogueRoutes(context: CatalogueRouteContext) {
  return async function (app: ServiceApp) {
    await app.register(referenceDataRoutes(context))
    await app.register(criteriaRoutes(context))
    await app.register(criteriaSetRoutes(context))
    await app.register(changeFeedRoutes(context))
  }
}
