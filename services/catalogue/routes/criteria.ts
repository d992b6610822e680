import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { Type, type Static } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { decodeCursor, Page, PageQuery, toPage } from '../../kernel/pagination.ts'
import { entityTag } from '../../kernel/preconditions.ts'
import { problemResponses, setEntityTag } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import { toPrefixQuery } from '../domain/search.ts'
import { toCriterionVersion } from '../mappers.ts'
import { assertValidCriterionContent, createCriterion, withIdentity } from '../operations/criteria.ts'
import { requireCurrentVersion, versionEtag } from '../operations/versioning.ts'
import { criterionKind, searchCriteria } from '../repositories/criteria.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { fromRow } from '../repositories/versions.ts'
import {
  AmbitionLevel,
  CircularityAspect,
  CriterionId,
  CriterionType,
  LifeCycleStage,
  ProductCategoryCode,
  VersionStatus,
} from '../schemas/atoms.ts'
import { CreateCriterion, CriterionContent, CriterionVersion } from '../schemas/criterion.ts'
import { exampleCriterion } from './examples.ts'
import { versionRoutes } from './version-routes.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { catalogueProblems } from '../problems.ts'

const CriteriaQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Free text, matched as word prefixes in every language present.' })),
    productCategory: Type.Optional(ProductCategoryCode),
    type: Type.Optional(CriterionType),
    aspect: Type.Optional(CircularityAspect),
    lifeCycleStage: Type.Optional(LifeCycleStage),
    ambitionLevel: Type.Optional(AmbitionLevel),
    source: Type.Optional(Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{1,40}$', description: 'Source code, e.g. EU-GPP-2021-CMTS.' })),
    status: Type.Optional({ ...VersionStatus, default: 'published' }),
  },
  { additionalProperties: false },
)

export function criteriaRoutes(db: Kysely<CatalogueDatabase>) {
  return async function (app: FastifyInstance) {
    app.get(
      '/criteria',
      {
        schema: {
          operationId: 'searchCriteria',
          summary: 'Search and filter criteria',
          description:
            'One entry per criterion: its latest version in the requested status (default published). Filters combine with AND; `q` searches titles, descriptions, requirements and labels in every language.',
          tags: ['criteria'],
          querystring: CriteriaQuery,
          response: { 200: Page(Ref(CriterionVersion), 'CriterionVersionPage'), ...problemResponses(kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => {
        const query = request.query as Static<typeof CriteriaQuery>
        const after = decodeCursor(query.cursor, 1)
        const textQuery = query.q === undefined ? null : toPrefixQuery(query.q)
        // Text with no letters or digits in it matches nothing, rather than everything.
        if (query.q !== undefined && textQuery === null) return { items: [], nextCursor: null }
        const rows = await searchCriteria(db, {
          ...query,
          status: query.status ?? 'published',
          textQuery,
          after: after ? String(after[0]) : null,
          limit: query.limit,
        })
        return toPage(rows, query.limit, (row) => [row.criterion_id], (row) =>
          toCriterionVersion({ id: row.criterion_id, code: row.code, source: row.source }, fromRow(criterionKind, row)),
        )
      },
    )

    app.post(
      '/criteria',
      {
        onRequest: requireRole('catalogue-admin'),
        schema: {
          operationId: 'createCriterion',
          summary: 'Create a criterion (version 1, draft)',
          tags: ['criteria'],
          security: [{ bearerAuth: [] }],
          headers: IdempotencyKeyHeaders,
          body: withExamples(CreateCriterion, [exampleCriterion]),
          response: { 201: Ref(CriterionVersion), ...problemResponses(catalogueProblems.CRITERION_EXISTS, catalogueProblems.INVALID_CRITERION) },
        },
      },
      async (request, reply) => {
        const created = await db.transaction().execute((trx) => createCriterion(trx, request.actor, request.body as Static<typeof CreateCriterion>))
        reply.code(201).header('location', `${request.url.replace(/\/$/, '')}/${created.id}/versions/1`)
        setEntityTag(reply, entityTag(created.id, 1, 1))
        return created
      },
    )

    app.get(
      '/criteria/:criterionId',
      {
        schema: {
          operationId: 'getCriterion',
          summary: 'Read a criterion’s current version (latest published, else the draft)',
          tags: ['criteria'],
          params: Type.Object({ criterionId: CriterionId }, { additionalProperties: false }),
          response: { 200: Ref(CriterionVersion), ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND) },
        },
      },
      async (request, reply) => {
        const row = await requireCurrentVersion(db, criterionKind, (request.params as { criterionId: string }).criterionId)
        setEntityTag(reply, versionEtag(row))
        return withIdentity(db, row)
      },
    )

    await app.register(
      versionRoutes({
        db,
        kind: criterionKind,
        collection: 'criteria',
        idParam: 'criterionId',
        idSchema: CriterionId,
        noun: 'Criterion',
        tag: 'criteria',
        contentSchema: Ref(CriterionContent),
        versionSchema: Ref(CriterionVersion),
        present: withIdentity,
        validateContent: assertValidCriterionContent,
        examples: { content: exampleCriterion.content },
      }),
    )
  }
}
