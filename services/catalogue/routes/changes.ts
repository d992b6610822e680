import { kernelProblems } from '../../kernel/problems.ts'
import { Page } from '../../kernel/pagination.ts'
import { problemResponses } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { changeFeed } from '../operations/changes.ts'
import { Change, ChangesQuery } from '../schemas/change.ts'
import type { CatalogueRouteContext } from './context.ts'
import { exampleChange } from './examples.ts'

export function changeFeedRoutes({ db }: CatalogueRouteContext) {
  return async function (app: ServiceApp) {
    app.addSchema(Change)
    app.get(
      '/changes',
      {
        schema: {
          operationId: 'listChanges',
          summary: 'Change feed of everything published or deprecated',
          description: 'Oldest first. Keep the last `nextCursor` (or build one from nothing) and poll with it to sync; an empty page with a cursor means you are up to date.',
          tags: ['changes'],
          querystring: ChangesQuery,
          response: { 200: withExamples(Page(Ref(Change), 'ChangePage'), [{ items: [exampleChange], nextCursor: 'WzQyXQ.kR3xV0b7m2Qe9sLw1uYtHg' }]), ...problemResponses(kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => changeFeed(db, request.query),
    )
  }
}
