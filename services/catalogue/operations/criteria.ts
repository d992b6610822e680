import type { Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
import { recordAudit } from '../../kernel/audit.ts'
import { decodeCursor, toPage } from '../../kernel/pagination.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { catalogueProblems } from '../problems.ts'
import { criterionContentProblems } from '../domain/content-rules.ts'
import { toPrefixQuery } from '../domain/search.ts'
import { toCriterionVersion } from '../mappers/versions.ts'
import { criterionKind, findCriterionIdentities, insertCriterionIdentity, searchCriteria as findCriteria } from '../repositories/criteria.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { knownCodes } from '../repositories/reference-data.ts'
import { insertVersion, type VersionRow } from '../repositories/versions.ts'
import type { CreateCriterion, CriteriaQuery, CriterionContent, CriterionVersion } from '../schemas/criterion.ts'
import { inTransaction } from './transaction.ts'
import { entityNotFound, versionLifecycle } from './versioning.ts'

type Db = Kysely<CatalogueDatabase>

export const criterionKey = (sourceCode: string, code: string) => `${sourceCode}.${code}`

async function assertValidCriterionContent(db: Db, content: CriterionContent): Promise<void> {
  const problems = criterionContentProblems(content, await knownCodes(db))
  if (problems.length > 0) {
    throw new ProblemError(catalogueProblems.INVALID_CRITERION, problems.map((p) => `${p.path} ${p.message}`).join('; '), problems)
  }
}

async function withIdentity(db: Db, row: VersionRow<CriterionContent>): Promise<CriterionVersion> {
  const identity = (await findCriterionIdentities(db, [row.entityId])).get(row.entityId)
  if (!identity) throw entityNotFound(criterionKind, row.entityId)
  return toCriterionVersion(identity, row)
}

export const criterionLifecycle = versionLifecycle({
  kind: criterionKind,
  validateContent: assertValidCriterionContent,
  present: withIdentity,
})

export async function createCriterion(db: Db, actor: Actor, body: CreateCriterion): Promise<CriterionVersion> {
  return inTransaction(db, async (trx) => {
    await assertValidCriterionContent(trx, body.content)
    const id = criterionKey(body.source.code, body.code)
    const exists = await findCriterionIdentities(trx, [id])
    if (exists.size > 0) throw new ProblemError(catalogueProblems.CRITERION_EXISTS, `Criterion ${id} already exists; start a new version of it instead.`)
    const identity = { id, code: body.code, source: body.source }
    await insertCriterionIdentity(trx, identity)
    const row = await insertVersion(trx, criterionKind, id, 1, body.content)
    await recordAudit(trx, actor, { action: 'criterion.created', entityType: 'criterion', entityId: id, details: { version: 1 } })
    return toCriterionVersion(identity, row)
  })
}

export async function searchCriteria(db: Db, query: CriteriaQuery) {
  const after = decodeCursor(query.cursor, 1)
  const textQuery = query.q === undefined ? null : toPrefixQuery(query.q)
  // Text with no letters or digits in it matches nothing, rather than everything.
  if (query.q !== undefined && textQuery === null) return { items: [], nextCursor: null }
  const found = await findCriteria(db, {
    ...query,
    status: query.status ?? 'published',
    textQuery,
    after: after ? String(after[0]) : null,
    limit: query.limit,
  })
  return toPage(found, query.limit, (record) => [record.identity.id], (record) => toCriterionVersion(record.identity, record.row))
}
