import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { Ref } from '../../kernel/schemas.ts'
import { outsideUnitOfWork } from '../../kernel/unit-of-work.ts'
import { toFreshness } from '../mappers/freshness.ts'
import { listFeedCursors } from '../repositories/feed-cursors.ts'
import { resetReadModel } from '../repositories/read-model-reset.ts'
import { ReadModelStatus } from '../schemas/read-model.ts'
import { bearerOnly, type ReportingRouteContext } from './context.ts'

export function readModelRoutes({ db, sync, now }: ReportingRouteContext) {
  async function status(): Promise<ReadModelStatus> {
    const at = now()
    const { rows } = await sql<ReadModelStatus['counts']>`
      select (select count(*) from procurements)::int as "procurements", (select count(*) from awards)::int as "awards",
             (select count(*) from contracts)::int as "contracts", (select count(*) from performance_reports)::int as "performanceReports",
             (select count(*) from criteria)::int as "criteria"
    `.execute(db)
    return {
      feeds: (await listFeedCursors(db)).map((row) => ({ ...toFreshness(row, at), cursor: row.cursor, eventsApplied: row.events_applied, lastPolledAt: row.last_polled_at ? new Date(row.last_polled_at).toISOString() : null })),
      counts: rows[0]!,
    }
  }

  return async function (app: FastifyInstance) {
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
      status,
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
        await db.transaction().execute(async (trx) => {
          await resetReadModel(trx)
          await recordAudit(trx, request.actor, { action: 'readModel.rebuilt', entityType: 'readModel', entityId: 'reporting' })
        })
        // The replay starts now rather than at the next poll; its progress shows on the status. It
        // outlives this request, so it must not join the request's unit of work.
        void outsideUnitOfWork(() => sync.runOnce())
        reply.code(202)
        return status()
      },
    )
  }
}
