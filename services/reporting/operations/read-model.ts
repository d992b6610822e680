import type { Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
import { recordAudit } from '../../kernel/audit.ts'
import { outsideUnitOfWork } from '../../kernel/unit-of-work.ts'
import type { FeedSync } from '../ingestion/feed-sync.ts'
import { toFeedStatus } from '../mappers/freshness.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { listFeedCursors } from '../repositories/feed-cursors.ts'
import { countReadModelRows } from '../repositories/read-model-counts.ts'
import { resetReadModel } from '../repositories/read-model-reset.ts'
import type { ReadModelStatus } from '../schemas/read-model.ts'

type Db = Kysely<ReportingDatabase>

export async function readModelStatus(db: Db, now: Date): Promise<ReadModelStatus> {
  const [cursors, counts] = await Promise.all([listFeedCursors(db), countReadModelRows(db)])
  return {
    feeds: cursors.map((feed) => toFeedStatus(feed, now)),
    counts,
  }
}

/** Empties the read model (audited with it) and starts replaying both feeds from zero. */
export async function rebuildReadModel(db: Db, sync: Pick<FeedSync, 'runOnce'>, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await resetReadModel(trx)
    await recordAudit(trx, actor, { action: 'readModel.rebuilt', entityType: 'readModel', entityId: 'reporting' })
  })
  // The replay starts now rather than at the next poll; its progress shows on the status. It
  // outlives the request, so it must not join the request's unit of work.
  void outsideUnitOfWork(() => sync.runOnce())
}
