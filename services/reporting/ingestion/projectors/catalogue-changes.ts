import type { Kysely } from 'kysely'
import type { ReportingDatabase } from '../../repositories/database.ts'
import { upsertCriterion } from '../../repositories/read-model-writes.ts'
import type { CatalogueChange, CatalogueCriterionVersion } from '../feed-types.ts'

/** Only published criterion versions feed the read model; criteria sets reach it through tenders. */
export function needsCriterionVersion(change: CatalogueChange): boolean {
  return change.entityType === 'criterion' && change.action === 'published'
}

export async function projectCriterionVersion(db: Kysely<ReportingDatabase>, criterion: CatalogueCriterionVersion, occurredAt: string): Promise<void> {
  await upsertCriterion(db, {
    id: criterion.id,
    version: criterion.version,
    type: criterion.content.type,
    sourceCode: criterion.source.code,
    goals: criterion.content.ocds.goals,
    strategies: criterion.content.ocds.strategies,
    updatedAt: occurredAt,
  })
}
