import type { Kysely } from 'kysely'
import { Type, type TSchema, type TString, type TUnsafe } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { IfMatchHeaders } from '../../kernel/preconditions.ts'
import { JSON_CONTENT_TYPE, problemResponses, setEntityTag, WithEntityTag } from '../../kernel/responses.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { catalogueProblems } from '../problems.ts'
import type { VersionLifecycle } from '../operations/versioning.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { VersionNumber } from '../schemas/atoms.ts'
import { PublishedVersionCache } from './published-version-cache.ts'

type PathParams = Readonly<Record<string, string | number>>

export interface VersionRoutesOptions<C, Shape> {
  db: Kysely<CatalogueDatabase>
  lifecycle: VersionLifecycle<C, Shape>
  /** URL segment and OpenAPI wording, e.g. `criteria` / `criterionId` / `Criterion`. */
  collection: string
  idParam: string
  idSchema: TString
  noun: string
  tag: string
  contentSchema: TUnsafe<C>
  versionSchema: TSchema
  /** A content body for the edit request and a version for the answers. */
  examples: { content: unknown; version: unknown }
}

/**
 * The version lifecycle routes, shared by criteria and criteria sets: list versions, read one,
 * edit a draft, publish, deprecate, start a new version. Writes need `catalogue-admin`,
 * `If-Match` on existing versions, and are audited.
 */
export function versionRoutes<C, Shape>(options: VersionRoutesOptions<C, Shape>) {
  const { db, lifecycle, collection, idParam, noun, tag } = options
  const opId = noun.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase())
  // The id parameter is named after the collection (criterionId, setId), which TypeScript cannot
  // follow through a computed key: the schemas declare what they validate as a plain record.
  const Params = Type.Unsafe<PathParams>(Type.Object({ [idParam]: options.idSchema }, { additionalProperties: false }))
  const VersionParams = Type.Unsafe<PathParams>(Type.Object({ [idParam]: options.idSchema, version: VersionNumber }, { additionalProperties: false }))
  const idIn = (params: PathParams) => String(params[idParam])
  const versionIn = (params: PathParams) => Number(params.version)
  const admin = { onRequest: requireRole('catalogue-admin') }
  const security = [{ bearerAuth: [] }]
  const ContentBody = Type.Unsafe<{ content: C }>(Type.Object({ content: options.contentSchema }, { additionalProperties: false, examples: [{ content: options.examples.content }] }))
  const cache = new PublishedVersionCache()

  return async function (app: ServiceApp) {
    app.get(
      `/${collection}/:${idParam}/versions`,
      {
        schema: {
          operationId: `list${opId}Versions`,
          summary: `List every version of a ${noun.toLowerCase()}`,
          description: 'Public. Every version, oldest first, drafts and deprecated ones included.',
          tags: [tag],
          params: Params,
          response: { 200: Type.Object({ items: Type.Array(options.versionSchema) }, { additionalProperties: false, examples: [{ items: [options.examples.version] }] }), ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND) },
        },
      },
      async (request) => ({ items: await lifecycle.listVersions(db, idIn(request.params)) }),
    )

    app.get(
      `/${collection}/:${idParam}/versions/:version`,
      {
        schema: {
          operationId: `get${opId}Version`,
          summary: `Read one version of a ${noun.toLowerCase()}`,
          description: 'Published versions never change; their ETag changes only if the version is later deprecated.',
          tags: [tag],
          params: VersionParams,
          headers: Type.Object({ 'if-none-match': Type.Optional(Type.String({ maxLength: 200 })) }),
          response: { 200: WithEntityTag(options.versionSchema), 304: WithEntityTag(Type.Unsafe<undefined>({ description: 'Not modified: the ETag still matches.', type: 'null' })), ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND) },
        },
      },
      async (request, reply) => {
        const id = idIn(request.params)
        const key = `${id}@${versionIn(request.params)}`
        let cached = cache.get(key)
        if (!cached) {
          const found = await lifecycle.readVersion(db, id, versionIn(request.params))
          const body = JSON.stringify(found.body)
          if (found.status === 'draft') {
            setEntityTag(reply, found.etag)
            return reply.type(JSON_CONTENT_TYPE).send(body)
          }
          cache.set(key, body, found.etag)
          cached = cache.get(key)!
        }
        setEntityTag(reply, cached.etag)
        if (request.headers['if-none-match'] === cached.etag) return reply.code(304).send()
        return reply.type(JSON_CONTENT_TYPE).send(cached.body)
      },
    )

    app.put(
      `/${collection}/:${idParam}/versions/:version`,
      {
        ...admin,
        schema: {
          operationId: `update${opId}Draft`,
          summary: `Replace the content of a draft ${noun.toLowerCase()} version`,
          description: 'Only a draft can be edited; published versions never change. Needs the `catalogue-admin` role and `If-Match` with the version’s current ETag; audited.',
          tags: [tag],
          security,
          params: VersionParams,
          headers: IfMatchHeaders,
          body: ContentBody,
          response: { 200: WithEntityTag(options.versionSchema), ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND, catalogueProblems.INVALID_CRITERIA_SET, catalogueProblems.INVALID_CRITERION, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, catalogueProblems.VERSION_DEPRECATED, catalogueProblems.VERSION_DRAFT, catalogueProblems.VERSION_PUBLISHED) },
        },
      },
      async (request, reply) => {
        const change = { id: idIn(request.params), version: versionIn(request.params), ifMatch: request.headers['if-match'] }
        const updated = await lifecycle.updateDraft(db, request.actor, change, request.body.content)
        setEntityTag(reply, updated.etag)
        return updated.body
      },
    )

    for (const action of ['publish', 'deprecate'] as const) {
      app.post(
        `/${collection}/:${idParam}/versions/:version/${action}`,
        {
          ...admin,
          schema: {
            operationId: `${action}${opId}Version`,
            summary:
              action === 'publish'
                ? `Publish a draft ${noun.toLowerCase()} version (freezes it for good)`
                : `Deprecate a published ${noun.toLowerCase()} version (stays readable)`,
            description:
              action === 'publish'
                ? 'Makes the draft readable by everyone and appends a `published` entry to the change feed; it can never be edited again. Needs the `catalogue-admin` role and `If-Match`; audited.'
                : 'Marks a published version as no longer recommended: it stays readable so that tenders that pinned it keep working, and a `deprecated` entry goes to the change feed. Needs the `catalogue-admin` role and `If-Match`; audited.',
            tags: [tag],
            security,
            params: VersionParams,
            headers: IfMatchHeaders,
            response: { 200: WithEntityTag(options.versionSchema), ...problemResponses(catalogueProblems.CRITERIA_NOT_PUBLISHED, catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, catalogueProblems.VERSION_DEPRECATED, catalogueProblems.VERSION_DRAFT, catalogueProblems.VERSION_PUBLISHED) },
          },
        },
        async (request, reply) => {
          const change = { id: idIn(request.params), version: versionIn(request.params), ifMatch: request.headers['if-match'] }
          const changed = action === 'publish' ? await lifecycle.publish(db, request.actor, change) : await lifecycle.deprecate(db, request.actor, change)
          cache.delete(`${change.id}@${change.version}`)
          setEntityTag(reply, changed.etag)
          return changed.body
        },
      )
    }

    app.post(
      `/${collection}/:${idParam}/versions`,
      {
        ...admin,
        schema: {
          operationId: `start${opId}Version`,
          summary: `Start a new draft version of a ${noun.toLowerCase()} from its latest version`,
          description: 'Copies the latest version’s content into a new draft, to be edited and published; earlier versions stay as they are. At most one draft at a time. Needs the `catalogue-admin` role; audited.',
          tags: [tag],
          security,
          params: Params,
          headers: IdempotencyKeyHeaders,
          response: { 201: WithEntityTag(options.versionSchema), ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND, catalogueProblems.DRAFT_EXISTS) },
        },
      },
      async (request, reply) => {
        const started = await lifecycle.startNewVersion(db, request.actor, idIn(request.params))
        setEntityTag(reply, started.etag)
        reply.code(201).header('location', `${request.url.replace(/\/$/, '')}/${started.version}`)
        return started.body
      },
    )
  }
}
