import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { assertIfMatch, entityTag } from '../../kernel/preconditions.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { catalogueProblems } from '../problems.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import {
  findCurrentVersion,
  findVersion,
  insertVersion,
  latestVersionNumber,
  replaceDraftContent,
  transitionVersion,
  type VersionedKind,
  type VersionRow,
} from '../repositories/versions.ts'

type Db = Kysely<CatalogueDatabase>

export function versionEtag(row: VersionRow<unknown>): string {
  return entityTag(row.entityId, row.version, row.revision)
}

const labels = { criterion: 'Criterion', criteriaSet: 'Criteria set' } as const
const notFoundProblems = { criterion: catalogueProblems.CRITERION_NOT_FOUND, criteriaSet: catalogueProblems.CRITERIA_SET_NOT_FOUND } as const
const frozenProblems = { draft: catalogueProblems.VERSION_DRAFT, published: catalogueProblems.VERSION_PUBLISHED, deprecated: catalogueProblems.VERSION_DEPRECATED } as const

export function entityNotFound(kind: { entityType: 'criterion' | 'criteriaSet' }, id: string, version?: number) {
  return new ProblemError(notFoundProblems[kind.entityType], `${labels[kind.entityType]} ${id}${version ? ` version ${version}` : ''} does not exist.`)
}

export async function requireVersion<C>(db: Db, kind: VersionedKind<C>, id: string, version: number, forUpdate = false) {
  const row = await findVersion(db, kind, id, version, forUpdate)
  if (!row) throw entityNotFound(kind, id, version)
  return row
}

export async function requireCurrentVersion<C>(db: Db, kind: VersionedKind<C>, id: string) {
  const row = await findCurrentVersion(db, kind, id)
  if (!row) throw entityNotFound(kind, id)
  return row
}

/** Locks the version row, checks If-Match against it, and refuses changes to frozen versions. */
async function lockForChange<C>(db: Db, request: FastifyRequest, kind: VersionedKind<C>, id: string, version: number, allowed: string[]) {
  const row = await requireVersion(db, kind, id, version, true)
  assertIfMatch(request.headers['if-match'], versionEtag(row))
  if (!allowed.includes(row.status)) {
    const reason = row.status === 'draft' ? 'is still a draft' : `is ${row.status}; published versions never change, start a new version instead`
    throw new ProblemError(frozenProblems[row.status], `${labels[kind.entityType]} ${id} version ${version} ${reason}.`)
  }
  return row
}

export async function updateDraft<C>(db: Db, request: FastifyRequest, kind: VersionedKind<C>, id: string, version: number, content: C) {
  await lockForChange(db, request, kind, id, version, ['draft'])
  const row = await replaceDraftContent(db, kind, id, version, content)
  await recordAudit(db, request.actor, { action: `${kind.entityType}.draftUpdated`, entityType: kind.entityType, entityId: id, details: { version } })
  return row
}

/** `prepare` may rewrite the content at publication (criteria sets pin their criteria versions). */
export async function publish<C>(
  db: Db,
  request: FastifyRequest,
  kind: VersionedKind<C>,
  id: string,
  version: number,
  prepare?: (content: C) => Promise<C>,
) {
  const draft = await lockForChange(db, request, kind, id, version, ['draft'])
  const content = prepare ? await prepare(draft.content) : undefined
  const row = await transitionVersion(db, kind, id, version, 'published', content)
  await recordAudit(db, request.actor, { action: `${kind.entityType}.published`, entityType: kind.entityType, entityId: id, details: { version } })
  return row
}

export async function deprecate<C>(db: Db, request: FastifyRequest, kind: VersionedKind<C>, id: string, version: number) {
  await lockForChange(db, request, kind, id, version, ['published'])
  const row = await transitionVersion(db, kind, id, version, 'deprecated')
  await recordAudit(db, request.actor, { action: `${kind.entityType}.deprecated`, entityType: kind.entityType, entityId: id, details: { version } })
  return row
}

/** A new draft starts from the latest version's content; only one draft may exist at a time. */
export async function startNewVersion<C>(db: Db, request: FastifyRequest, kind: VersionedKind<C>, id: string) {
  const latest = await latestVersionNumber(db, kind, id)
  if (latest === 0) throw entityNotFound(kind, id)
  const base = await requireVersion(db, kind, id, latest, true)
  if (base.status === 'draft') {
    throw new ProblemError(catalogueProblems.DRAFT_EXISTS, `${labels[kind.entityType]} ${id} already has a draft (version ${latest}); edit that one.`)
  }
  const row = await insertVersion(db, kind, id, latest + 1, base.content)
  await recordAudit(db, request.actor, { action: `${kind.entityType}.versionStarted`, entityType: kind.entityType, entityId: id, details: { version: latest + 1, basedOn: latest } })
  return row
}
