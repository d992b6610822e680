import { requireRole } from '../../kernel/auth/plugin.ts'
import { Ref } from '../../kernel/schemas.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { readModelStatus, rebuildReadModel } from '../operations/read-model.ts'
import { ReadModelStatus } from '../schemas/read-model.ts'
import { bearerOnly, type ReportingRouteContext } from './context.ts'

export function readModelRoutes({ db, sync, now }: ReportingRouteContext) {
  return async function (app: ServiceApp) {
    app.get(
      '/read-model/status',
      {
        schema: {
          operationId: 'getReadModelStatus',
          summary: 'How fresh the read model is',
          description:
            'For each feed reporting reads (the assessment events, the catalogue changes): the cursor position, events applied, the last poll, the last successful sync, the last error and the lag in seconds. While a source is down reporting keeps serving what it has and says so here. Public.',
          tags: ['read model'],
          response: { 200: Ref(ReadModelStatus) },
        },
      },
      async () => readModelStatus(db, now()),
    )

    app.post(
      '/read-model/rebuild',
      {
        onRequest: requireRole('auditor'),
        schema: {
          operationId: 'rebuildReadModel',
          summary: 'Rebuild the read model from zero',
          description:
            'Empties the read model and resets both cursors, then replays both feeds from their start in the background; follow progress on `/read-model/status`. Targets, settings and self-assessments are kept. Role: auditor.',
          tags: ['read model'],
          security: bearerOnly,
          response: { 202: Ref(ReadModelStatus) },
        },
      },
      async (request, reply) => {
        await rebuildReadModel(db, sync, request.actor)
        reply.code(202)
        return readModelStatus(db, now())
      },
    )
  }
}
