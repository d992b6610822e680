import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { buildTestService } from '../../helpers/service.ts'

export const buildCatalogue = (t: Parameters<typeof buildTestService>[0]) => buildTestService(t, 'catalogue', buildCatalogueApp)
