import type { Kysely } from 'kysely'
import { systemActor } from '../../kernel/actor.ts'
import { createCriteriaSet, pinCriterionVersions } from '../operations/criteria-sets.ts'
import { createCriterion, criterionKey } from '../operations/criteria.ts'
import { criteriaSetKind, listCriteriaSetIds } from '../repositories/criteria-sets.ts'
import { criterionKind, listCriterionIds } from '../repositories/criteria.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { upsertEvidenceTypes, upsertProductCategories } from '../repositories/reference-data.ts'
import { lockSeedLoading } from '../repositories/seed-lock.ts'
import { transitionVersion } from '../repositories/versions.ts'
import { seedData } from './data/index.ts'

export interface SeedResult {
  criteriaAdded: number
  criteriaSetsAdded: number
}

/**
 * Loads the shipped criteria library. Safe to run on every start and from concurrent replicas:
 * it takes a transaction-scoped advisory lock, adds only what is missing (by key), and never
 * touches what an administrator has since edited, versioned or deprecated.
 */
export async function loadSeed(db: Kysely<CatalogueDatabase>): Promise<SeedResult> {
  const actor = systemActor('seed')
  return db.transaction().execute(async (trx) => {
    await lockSeedLoading(trx)
    await upsertProductCategories(trx, seedData.productCategories)
    await upsertEvidenceTypes(trx, seedData.evidenceTypes)

    const existingCriteria = await listCriterionIds(trx)
    let criteriaAdded = 0
    for (const criterion of seedData.criteria) {
      const id = criterionKey(criterion.source.code, criterion.code)
      if (existingCriteria.has(id)) continue
      await createCriterion(trx, actor, criterion)
      await transitionVersion(trx, criterionKind, id, 1, 'published')
      criteriaAdded++
    }

    const existingSets = await listCriteriaSetIds(trx)
    let criteriaSetsAdded = 0
    for (const set of seedData.criteriaSets) {
      if (existingSets.has(set.id)) continue
      const created = await createCriteriaSet(trx, actor, set)
      await transitionVersion(trx, criteriaSetKind, set.id, 1, 'published', await pinCriterionVersions(trx, created.content))
      criteriaSetsAdded++
    }
    return { criteriaAdded, criteriaSetsAdded }
  })
}
