import type { Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
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
  listVersions,
  replaceDraftContent,
  transitionVersion,
  type VersionedKind,
  type VersionRow,
  type VersionStatus,
} from '../repositories/versions.ts'
import { inTransaction } from './transaction.ts'

type Db = Kysely<CatalogueDatabase>

/**
 * A versioned resource (criteria, criteria sets) as the shared lifecycle sees it: where it is
 * stored, the rules its content must meet, and how a stored version is presented.
 */
export interface VersionedResource<C, Shape> {
  kind: VersionedKind<C>
  validateContent: (db: Db, content: C) => Promise<void>
  /** Rewrites the content at publication (criteria sets pin their criteria versions). */
  prepareForPublication?: (db: Db, content: C) => Promise<C>
  present: (db: Db, row: VersionRow<C>) => Promise<Shape>
}

/** A version as answered: its representation, with what the HTTP layer needs for ETag and caching. */
export interface PresentedVersion<Shape> {
  version: number
  status: VersionStatus
  etag: string
  body: Shape
}

export interface VersionChange {
  id: string
  version: number
  /** The If-Match header: the ETag of the version the caller last read. */
  ifMatch: string | undefined
}

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

/** Locks the version row, checks If-Match against it, and refuses changes to frozen versions. */
async function lockForChange<C>(db: Db, kind: VersionedKind<C>, id: string, version: number, ifMatch: string | undefined, allowed: VersionStatus[]) {
  const row = await requireVersion(db, kind, id, version, true)
  assertIfMatch(ifMatch, versionEtag(row))
  if (!allowed.includes(row.status)) {
    const reason = row.status === 'draft' ? 'is still a draft' : `is ${row.status}; published versions never change, start a new version instead`
    throw new ProblemError(frozenProblems[row.status], `${labels[kind.entityType]} ${id} version ${version} ${reason}.`)
  }
  return row
}

/**
 * The lifecycle operations of one versioned resource: read its versions, edit a draft, publish,
 * deprecate, start a new version. Every change runs in a transaction and is audited.
 */
export function versionLifecycle<C, Shape>(resource: VersionedResource<C, Shape>) {
  const { kind } = resource
  const present = async (db: Db, row: VersionRow<C>): Promise<PresentedVersion<Shape>> => ({
    version: row.version,
    status: row.status,
    etag: versionEtag(row),
    body: await resource.present(db, row),
  })

  return {
    present,

    async listVersions(db: Db, id: string): Promise<Shape[]> {
      const rows = await listVersions(db, kind, id)
      if (rows.length === 0) throw entityNotFound(kind, id, 1)
      return Promise.all(rows.map((row) => resource.present(db, row)))
    },

    async readVersion(db: Db, id: string, version: number) {
      return present(db, await requireVersion(db, kind, id, version))
    },

    /** The version a reader means by "the current one": the latest published, else the latest. */
    async readCurrentVersion(db: Db, id: string) {
      const row = await findCurrentVersion(db, kind, id)
      if (!row) throw entityNotFound(kind, id)
      return present(db, row)
    },

    async updateDraft(db: Db, actor: Actor, { id, version, ifMatch }: VersionChange, content: C) {
      const row = await inTransaction(db, async (trx) => {
        await resource.validateContent(trx, content)
        await lockForChange(trx, kind, id, version, ifMatch, ['draft'])
        const updated = await replaceDraftContent(trx, kind, id, version, content)
        await recordAudit(trx, actor, { action: `${kind.entityType}.draftUpdated`, entityType: kind.entityType, entityId: id, details: { version } })
        return updated
      })
      return present(db, row)
    },

    async publish(db: Db, actor: Actor, { id, version, ifMatch }: VersionChange) {
      const row = await inTransaction(db, async (trx) => {
        const draft = await lockForChange(trx, kind, id, version, ifMatch, ['draft'])
        const content = resource.prepareForPublication ? await resource.prepareForPublication(trx, draft.content) : undefined
        const published = await transitionVersion(trx, kind, id, version, 'published', content)
        await recordAudit(trx, actor, { action: `${kind.entityType}.published`, entityType: kind.entityType, entityId: id, details: { version } })
        return published
      })
      return present(db, row)
    },

    async deprecate(db: Db, actor: Actor, { id, version, ifMatch }: VersionChange) {
      const row = await inTransaction(db, async (trx) => {
        await lockForChange(trx, kind, id, version, ifMatch, ['published'])
        const deprecated = await transitionVersion(trx, kind, id, version, 'deprecated')
        await recordAudit(trx, actor, { action: `${kind.entityType}.deprecated`, entityType: kind.entityType, entityId: id, details: { version } })
        return deprecated
      })
      return present(db, row)
    },

    /** A new draft starts from the latest version's content; only one draft may exist at a time. */
    async startNewVersion(db: Db, actor: Actor, id: string) {
      const row = await inTransaction(db, async (trx) => {
        const latest = await latestVersionNumber(trx, kind, id)
        if (latest === 0) throw entityNotFound(kind, id)
        const base = await requireVersion(trx, kind, id, latest, true)
        if (base.status === 'draft') {
          throw new ProblemError(catalogueProblems.DRAFT_EXISTS, `${labels[kind.entityType]} ${id} already has a draft (version ${latest}); edit that one.`)
        }
        const started = await insertVersion(trx, kind, id, latest + 1, base.content)
        await recordAudit(trx, actor, { action: `${kind.entityType}.versionStarted`, entityType: kind.entityType, entityId: id, details: { version: latest + 1, basedOn: latest } })
        return started
      })
      return present(db, row)
    },
  }
}

export type VersionLifecycle<C, Shape> = ReturnType<typeof versionLifecycle<C, Shape>>
