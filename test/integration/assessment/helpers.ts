import { buildAssessmentApp, type AssessmentAppOptions } from '../../../services/assessment/app.ts'
import { createCatalogueClient } from '../../../services/assessment/catalogue-client/catalogue-client.ts'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { buildTestService } from '../../helpers/service.ts'

type T = Parameters<typeof buildTestService>[0]

export const buildAssessment = (t: T, options: AssessmentAppOptions = {}, env: Record<string, string> = {}) =>
  buildTestService(t, 'assessment', (context) => buildAssessmentApp(context, options), env)

/** A real catalogue on its own database, listening on a free port, and assessment reading it over HTTP. */
export async function buildWithCatalogue(t: T) {
  const catalogue = await buildTestService(t, 'catalogue', buildCatalogueApp)
  const catalogueUrl = await catalogue.app.listen({ host: '127.0.0.1', port: 0 })
  const assessment = await buildAssessment(t, { catalogue: createCatalogueClient(catalogueUrl) })
  return { catalogue, catalogueUrl, ...assessment }
}
