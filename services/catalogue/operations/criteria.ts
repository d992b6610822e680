import type { Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
import { recordAudit } from '../../kernel/audit.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { catalogueProblems } from '../problems.ts'
import { criterionContentProblems } from '../domain/content-rules.ts'
import { toCriterionVersion } from '../mappers.ts'
import { criterionKind, findCriterionIdentities, insertCriterionIdentity } from '../repositories/criteria.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { knownCodes } from '../repositories/reference-data.ts'
import { insertVersion, type VersionRow } from '../repositories/versions.ts'
import type { CreateCriterion, CriterionContent } from '../schemas/criterion.ts'
import { entityNotFound } from './versioning.ts'

type Db = Kysely<CatalogueDatabase>

export const criterionKey = (sourceCode: string, code: string) => `${sourceCode}.${code}`

export async function assertValidCriterionContent(db: Db, content: CriterionContent): Promise<void> {
  const problems = criterionContentProblems(content, await knownCodes(db))
  if (problems.length > 0) {
    throw new ProblemError(catalogueProblems.INVALID_CRITERION, problems.map((p) => `${p.path} ${p.message}`).join('; '), problems)
  }
}

export async function createCriterion(db: Db, actor: Actor, body: CreateCriterion) {
  await assertValidCriterionContent(db, body.content)
  const id = criterionKey(body.source.code, body.code)
  const exists = await findCriterionIdentities(db, [id])
  if (exists.size > 0) throw new ProblemError(catalogueProblems.CRITERION_EXISTS, `Criterion ${id} already exists; start a new version of it instead.`)
  const identity = { id, code: body.code, source: body.source }
  await insertCriterionIdentity(db, identity)
  const row = await insertVersion(db, criterionKind, id, 1, body.content)
  await recordAudit(db, actor, { action: 'criterion.created', entityType: 'criterion', entityId: id, details: { version: 1 } })
  return toCriterionVersion(identity, row)
}

export async function withIdentity(db: Db, row: VersionRow<CriterionContent>) {
  const identity = (await findCriterionIdentities(db, [row.entityId])).get(row.entityId)
  if (!identity) throw entityNotFound(criterionKind, row.entityId)
  return toCriterionVersion(identity, row)
}
