import type { Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
import { recordAudit } from '../../kernel/audit.ts'
import { decodeCursor, toPage } from '../../kernel/pagination.ts'
import { type FieldError, ProblemError } from '../../kernel/problem.ts'
import { catalogueProblems } from '../problems.ts'
import { criteriaSetContentProblems } from '../domain/content-rules.ts'
import { toCriteriaSetVersion, toCriterionVersion } from '../mappers/versions.ts'
import { criterionKind, findCriterionIdentities, findPinnedCriterionVersions, latestPublishedCriterionVersions } from '../repositories/criteria.ts'
import { criteriaSetExists, criteriaSetKind, findPublishedCriteriaSetFor, insertCriteriaSetIdentity, searchCriteriaSets as findCriteriaSets } from '../repositories/criteria-sets.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { knownCodes } from '../repositories/reference-data.ts'
import { findVersion, insertVersion, type VersionRow } from '../repositories/versions.ts'
import type { CreateCriteriaSet, CriteriaSetContent, CriteriaSetQuery, CriteriaSetVersion, ResolvedCriteriaSetVersion } from '../schemas/criteria-set.ts'
import type { CriterionVersion } from '../schemas/criterion.ts'
import { inTransaction } from './transaction.ts'
import { versionLifecycle } from './versioning.ts'

type Db = Kysely<CatalogueDatabase>

function invalid(problems: FieldError[]) {
  return new ProblemError(catalogueProblems.INVALID_CRITERIA_SET, problems.map((p) => `${p.path} ${p.message}`).join('; '), problems)
}

/** Content rules, plus: every item names an existing criterion that fits the set's category and level. */
async function assertValidCriteriaSetContent(db: Db, content: CriteriaSetContent): Promise<void> {
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

/**
 * Publishing freezes the set: every item is pinned to a published criterion version (the latest
 * one where the draft left it open), so a tender that pins this set version always reads the
 * same criteria.
 */
export async function pinCriterionVersions(db: Db, content: CriteriaSetContent): Promise<CriteriaSetContent> {
  const latest = await latestPublishedCriterionVersions(db, content.items.map((item) => item.criterionId))
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
  const identities = await findCriterionIdentities(db, items.map((item) => item.criterionId))
  const versions = await findPinnedCriterionVersions(db, items)
  return items.flatMap((item) => {
    const version = versions.get(item.criterionId)
    const identity = identities.get(item.criterionId)
    return version && identity ? [toCriterionVersion(identity, version)] : []
  })
}

async function withCriteria(db: Db, row: VersionRow<CriteriaSetContent>): Promise<ResolvedCriteriaSetVersion> {
  return { ...toCriteriaSetVersion(row), criteria: await resolveCriteria(db, row) }
}

export const criteriaSetLifecycle = versionLifecycle({
  kind: criteriaSetKind,
  validateContent: assertValidCriteriaSetContent,
  prepareForPublication: pinCriterionVersions,
  present: withCriteria,
})

export async function createCriteriaSet(db: Db, actor: Actor, body: CreateCriteriaSet): Promise<CriteriaSetVersion> {
  return inTransaction(db, async (trx) => {
    await assertValidCriteriaSetContent(trx, body.content)
    if (await criteriaSetExists(trx, body.id)) throw new ProblemError(catalogueProblems.CRITERIA_SET_EXISTS, `Criteria set ${body.id} already exists; start a new version of it instead.`)
    await insertCriteriaSetIdentity(trx, body.id)
    const row = await insertVersion(trx, criteriaSetKind, body.id, 1, body.content)
    await recordAudit(trx, actor, { action: 'criteriaSet.created', entityType: 'criteriaSet', entityId: body.id, details: { version: 1 } })
    return toCriteriaSetVersion(row)
  })
}

/** One entry per set: its latest version in the requested status, without the resolved criteria. */
export async function searchCriteriaSets(db: Db, query: CriteriaSetQuery) {
  const after = decodeCursor(query.cursor, 1)
  const rows = await findCriteriaSets(db, { ...query, status: query.status ?? 'published', after: after ? String(after[0]) : null, limit: query.limit })
  return toPage(rows, query.limit, (row) => [row.entityId], toCriteriaSetVersion)
}

/** What a buyer asks for: "notebooks, comprehensive", answered with the published set, criteria resolved. */
export async function criteriaSetFor(db: Db, productCategory: string, ambitionLevel: string) {
  const row = await findPublishedCriteriaSetFor(db, productCategory, ambitionLevel)
  if (!row) throw new ProblemError(catalogueProblems.CRITERIA_SET_NOT_FOUND, `No published criteria set for ${productCategory} at the ${ambitionLevel} level.`)
  return criteriaSetLifecycle.present(db, row)
}
