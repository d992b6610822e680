import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { Type, type TSchema } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { IfMatchHeaders } from '../../kernel/preconditions.ts'
import { JSON_CONTENT_TYPE, problemResponses, setEntityTag } from '../../kernel/responses.ts'
import { deprecate, publish, requireVersion, startNewVersion, updateDraft, versionEtag } from '../operations/versioning.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { listVersions, type VersionedKind, type VersionRow } from '../repositories/versions.ts'
import { VersionNumber } from '../schemas/atoms.ts'
import { PublishedVersionCache } from './published-version-cache.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { catalogueProblems } from '../problems.ts'

export interface VersionRoutesOptions<C> {
  db: Kysely<CatalogueDatabase>
  kind: VersionedKind<C>
  /** URL segment and OpenAPI wording, e.g. `criteria` / `criterionId` / `Criterion`. */
  collection: string
  idParam: string
  idSchema: TSchema
  noun: string
  tag: string
  contentSchema: TSchema
  versionSchema: TSchema
  /** Turns a stored version into its wire representation (criteria sets resolve their criteria). */
  present: (db: Kysely<CatalogueDatabase>, row: VersionRow<C>) => Promise<unknown>
  validateContent: (db: Kysely<CatalogueDatabase>, content: C) => Promise<void>
  prepareForPublication?: (db: Kysely<CatalogueDatabase>, content: C) => Promise<C>
  examples: { content: unknown }
}

/**
 * The version lifecycle routes, shared by criteria and criteria sets: list versions, read one,
 * edit a draft, publish, deprecate, start a new version. Writes need `catalogue-admin`,
 * `If-Match` on existing versions, and are audited.
 */
export function versionRoutes<C>(options: VersionRoutesOptions<C>) {
  const { db, kind, collection, idParam, noun, tag } = options
  const opId = noun.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase())
  const Params = Type.Object({ [idParam]: options.idSchema }, { additionalProperties: false })
  const VersionParams = Type.Object({ [idParam]: options.idSchema, version: VersionNumber }, { additionalProperties: false })
  const admin = { onRequest: requireRole('catalogue-admin') }
  const security = [{ bearerAuth: [] }]
  const idOf = (params: unknown) => (params as Record<string, string>)[idParam]!
  const versionOf = (params: unknown) => (params as { version: number }).version
  const cache = new PublishedVersionCache()

  return async function (app: FastifyInstance) {
    app.get(
      `/${collection}/:${idParam}/versions`,
      {
        schema: {
          operationId: `list${opId}Versions`,
          summary: `List every version of a ${noun.toLowerCase()}`,
          tags: [tag],
          params: Params,
          response: { 200: Type.Object({ items: Type.Array(options.versionSchema) }, { additionalProperties: false }), ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND) },
        },
      },
      async (request) => {
        const rows = await listVersions(db, kind, idOf(request.params))
        if (rows.length === 0) await requireVersion(db, kind, idOf(request.params), 1)
        return { items: await Promise.all(rows.map((row) => options.present(db, row))) }
      },
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
          response: { 200: options.versionSchema, 304: { description: 'Not modified: the ETag still matches.', type: 'null' }, ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND) },
        },
      },
      async (request, reply) => {
        const key = `${idOf(request.params)}@${versionOf(request.params)}`
        let cached = cache.get(key)
        if (!cached) {
          const row = await requireVersion(db, kind, idOf(request.params), versionOf(request.params))
          const body = JSON.stringify(await options.present(db, row))
          if (row.status === 'draft') {
            setEntityTag(reply, versionEtag(row))
            return reply.type(JSON_CONTENT_TYPE).send(body)
          }
          cache.set(key, body, versionEtag(row))
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
          tags: [tag],
          security,
          params: VersionParams,
          headers: IfMatchHeaders,
          body: Type.Object({ content: options.contentSchema }, { additionalProperties: false, examples: [options.examples] }),
          response: { 200: options.versionSchema, ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND, catalogueProblems.INVALID_CRITERIA_SET, catalogueProblems.INVALID_CRITERION, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, catalogueProblems.VERSION_DEPRECATED, catalogueProblems.VERSION_DRAFT, catalogueProblems.VERSION_PUBLISHED) },
        },
      },
      async (request, reply) => {
        const { content } = request.body as { content: C }
        const row = await db.transaction().execute(async (trx) => {
          await options.validateContent(trx, content)
          return updateDraft(trx, request, kind, idOf(request.params), versionOf(request.params), content)
        })
        setEntityTag(reply, versionEtag(row))
        return options.present(db, row)
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
            tags: [tag],
            security,
            params: VersionParams,
            headers: IfMatchHeaders,
            response: { 200: options.versionSchema, ...problemResponses(catalogueProblems.CRITERIA_NOT_PUBLISHED, catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, catalogueProblems.VERSION_DEPRECATED, catalogueProblems.VERSION_DRAFT, catalogueProblems.VERSION_PUBLISHED) },
          },
        },
        async (request, reply) => {
          const id = idOf(request.params)
          const version = versionOf(request.params)
          const row = await db.transaction().execute((trx) =>
            action === 'publish'
              ? publish(trx, request, kind, id, version, options.prepareForPublication && ((content) => options.prepareForPublication!(trx, content)))
              : deprecate(trx, request, kind, id, version),
          )
          cache.delete(`${id}@${version}`)
          setEntityTag(reply, versionEtag(row))
          return options.present(db, row)
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
          tags: [tag],
          security,
          params: Params,
          headers: IdempotencyKeyHeaders,
          response: { 201: options.versionSchema, ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND, catalogueProblems.DRAFT_EXISTS) },
        },
      },
      async (request, reply) => {
        const row = await db.transaction().execute((trx) => startNewVersion(trx, request, kind, idOf(request.params)))
        setEntityTag(reply, versionEtag(row))
        reply.code(201).header('location', `${request.url.replace(/\/$/, '')}/${row.version}`)
        return options.present(db, row)
      },
    )
  }
}
