import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { changeFeedRoutes } from './changes.ts'
import { criteriaRoutes } from './criteria.ts'
import { criteriaSetRoutes } from './criteria-sets.ts'
import { referenceDataRoutes } from './reference-data.ts'

export function catalogueRoutes(db: Kysely<CatalogueDatabase>) {
  return async function (app: FastifyInstance) {
    await app.register(referenceDataRoutes(db))
    await app.register(criteriaRoutes(db))
    await app.register(criteriaSetRoutes(db))
    await app.register(changeFeedRoutes(db))
  }
}
