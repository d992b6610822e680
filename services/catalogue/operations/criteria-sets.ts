import { sql, type Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
import { recordAudit } from '../../kernel/audit.ts'
import { type FieldError, ProblemError } from '../../kernel/problem.ts'
import { catalogueProblems } from '../problems.ts'
import { criteriaSetContentProblems } from '../domain/content-rules.ts'
import { toCriteriaSetVersion, toCriterionVersion } from '../mappers.ts'
import { criterionKind, findCriterionIdentities } from '../repositories/criteria.ts'
import { criteriaSetKind, insertCriteriaSetIdentity } from '../repositories/criteria-sets.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { knownCodes } from '../repositories/reference-data.ts'
import { findVersion, fromRow, insertVersion, type VersionRow } from '../repositories/versions.ts'
import type { CreateCriteriaSet, CriteriaSetContent } from '../schemas/criteria-set.ts'
import type { CriterionVersion } from '../schemas/criterion.ts'

type Db = Kysely<CatalogueDatabase>

async function latestPublishedVersions(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('criterion_versions')
    .select(['criterion_id', (eb) => eb.fn.max('version').as('version')])
    .where('criterion_id', 'in', ids)
    .where('status', '=', 'published')
    .groupBy('criterion_id')
    .execute()
  return new Map(rows.map((r) => [r.criterion_id, Number(r.version)]))
}

function invalid(problems: FieldError[]) {
  return new ProblemError(catalogueProblems.INVALID_CRITERIA_SET, problems.map((p) => `${p.path} ${p.message}`).join('; '), problems)
}

/** Content rules, plus: every item names an existing criterion that fits the set's category and level. */
export async function assertValidCriteriaSetContent(db: Db, content: CriteriaSetContent): Promise<void> {
  const problems = criteriaSetContentProblems(content, await knownCodes(db))
  const ids = content.items.map((item) => item.criterionId)
  const identities = await findCriterionIdentities(db, ids)
  content.items.forEach((item, i) => {
    if (!identities.has(item.criterionId)) problems.push({ path: `body/content/items/${i}/criterionId`, message: `no criterion ${item.criterionId}` })
  })
  for (const [i, item] of content.items.entries()) {
    if (item.criterionVersion === null || !identities.has(item.criterionId)) continue
    const version = await findVersion(db, criterionKind, item.criterionId, item.criterionVersion)
    if (!version) problems.push({ path: `body/content/items/${i}/criterionVersion`, message: `${item.criterionId} has no version ${item.criterionVersion}` })
    else if (version.status === 'draft') problems.push({ path: `body/content/items/${i}/criterionVersion`, message: 'a set can only pin published criterion versions' })
  }
  if (problems.length > 0) throw invalid(problems)
}

export async function createCriteriaSet(db: Db, actor: Actor, body: CreateCriteriaSet) {
  await assertValidCriteriaSetContent(db, body.content)
  const exists = await db.selectFrom('criteria_sets').select('id').where('id', '=', body.id).executeTakeFirst()
  if (exists) throw new ProblemError(catalogueProblems.CRITERIA_SET_EXISTS, `Criteria set ${body.id} already exists; start a new version of it instead.`)
  await insertCriteriaSetIdentity(db, body.id)
  const row = await insertVersion(db, criteriaSetKind, body.id, 1, body.content)
  await recordAudit(db, actor, { action: 'criteriaSet.created', entityType: 'criteriaSet', entityId: body.id, details: { version: 1 } })
  return toCriteriaSetVersion(row)
}

/**
 * Publishing freezes the set: every item is pinned to a published criterion version (the latest
 * one where the draft left it open), so a tender that pins this set version always reads the
 * same criteria.
 */
export async function pinCriterionVersions(db: Db, content: CriteriaSetContent): Promise<CriteriaSetContent> {
  const latest = await latestPublishedVersions(db, content.items.map((item) => item.criterionId))
  const problems: FieldError[] = []
  const items = content.items.map((item, i) => {
    const version = item.criterionVersion ?? latest.get(item.criterionId) ?? null
    if (version === null) problems.push({ path: `content/items/${i}/criterionId`, message: `${item.criterionId} has no published version yet` })
    return { ...item, criterionVersion: version }
  })
  if (problems.length > 0) throw new ProblemError(catalogueProblems.CRITERIA_NOT_PUBLISHED, 'Publish these criteria before the set: ' + problems.map((p) => p.message).join('; '), problems)
  return { ...content, items }
}

/** The set with each criterion's full content, in item order, ready to pin into a tender. */
export async function resolveCriteria(db: Db, row: VersionRow<CriteriaSetContent>): Promise<CriterionVersion[]> {
  const items = row.content.items
  if (items.length === 0) return []
  const ids = items.map((item) => item.criterionId)
  const identities = await findCriterionIdentities(db, ids)
  const rows = await db
    .selectFrom('criterion_versions')
    .selectAll()
    .where(sql<boolean>`(criterion_id, version) in (${sql.join(
      items.map((item) => sql`(${item.criterionId}, ${item.criterionVersion ?? sql`(select max(version) from criterion_versions v where v.criterion_id = ${item.criterionId})`})`),
    )})`)
    .execute()
  const byId = new Map(rows.map((r) => [r.criterion_id, r]))
  return items.flatMap((item) => {
    const r = byId.get(item.criterionId)
    const identity = identities.get(item.criterionId)
    if (!r || !identity) return []
    return [toCriterionVersion(identity, fromRow(criterionKind, r))]
  })
}
