import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { Type, type Static } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { decodeCursor, Page, PageQuery, toPage } from '../../kernel/pagination.ts'
import { entityTag } from '../../kernel/preconditions.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { catalogueProblems } from '../problems.ts'
import { problemResponses, setEntityTag } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import { catalogueLanguages, negotiateLanguage } from '../domain/localization.ts'
import { renderHtml, renderMarkdown } from '../domain/tender-text.ts'
import { tenderTextFrame } from '../seed/data/index.ts'
import { toCriteriaSetVersion } from '../mappers.ts'
import { assertValidCriteriaSetContent, createCriteriaSet, pinCriterionVersions, resolveCriteria } from '../operations/criteria-sets.ts'
import { requireCurrentVersion, requireVersion, versionEtag } from '../operations/versioning.ts'
import { criteriaSetKind, searchCriteriaSets } from '../repositories/criteria-sets.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { fromRow, type VersionRow } from '../repositories/versions.ts'
import { AmbitionLevel, CriteriaSetId, ProductCategoryCode, VersionNumber, VersionStatus } from '../schemas/atoms.ts'
import { CreateCriteriaSet, CriteriaSetContent, CriteriaSetVersion, type CriteriaSetContent as Content } from '../schemas/criteria-set.ts'
import { CriterionVersion } from '../schemas/criterion.ts'
import { exampleCriteriaSet } from './examples.ts'
import { versionRoutes } from './version-routes.ts'
import { kernelProblems } from '../../kernel/problems.ts'

type Db = Kysely<CatalogueDatabase>

export const ResolvedCriteriaSetVersion = Type.Object(
  {
    ...CriteriaSetVersion.properties,
    criteria: Type.Array(Ref(CriterionVersion), { description: 'The criteria of the set, in item order, each at the version the set pins.' }),
  },
  { $id: 'ResolvedCriteriaSetVersion', additionalProperties: false },
)

async function present(db: Db, row: VersionRow<Content>) {
  return { ...toCriteriaSetVersion(row), criteria: await resolveCriteria(db, row) }
}

const CriteriaSetQuery = Type.Object(
  {
    ...PageQuery,
    productCategory: Type.Optional(ProductCategoryCode),
    ambitionLevel: Type.Optional(AmbitionLevel),
    status: Type.Optional({ ...VersionStatus, default: 'published' }),
  },
  { additionalProperties: false },
)

const TenderTextQuery = Type.Object(
  {
    format: Type.Optional(
      Type.Unsafe<'html' | 'markdown'>({ type: 'string', enum: ['html', 'markdown'], default: 'html', description: 'Output format.' }),
    ),
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', description: 'Overrides Accept-Language.' })),
  },
  { additionalProperties: false },
)

function sendResolved(reply: FastifyReply, row: VersionRow<Content>, db: Db) {
  setEntityTag(reply, versionEtag(row))
  return present(db, row)
}

export function criteriaSetRoutes(db: Db) {
  return async function (app: FastifyInstance) {
    app.addSchema(ResolvedCriteriaSetVersion)

    app.get(
      '/criteria-sets',
      {
        schema: {
          operationId: 'listCriteriaSets',
          summary: 'List criteria sets',
          description: 'One entry per set: its latest version in the requested status (default published), without the resolved criteria.',
          tags: ['criteria sets'],
          querystring: CriteriaSetQuery,
          response: { 200: Page(Ref(CriteriaSetVersion), 'CriteriaSetVersionPage'), ...problemResponses(kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => {
        const query = request.query as Static<typeof CriteriaSetQuery>
        const after = decodeCursor(query.cursor, 1)
        const rows = await searchCriteriaSets(db, { ...query, status: query.status ?? 'published', after: after ? String(after[0]) : null, limit: query.limit })
        return toPage(rows, query.limit, (row) => [row.set_id], (row) => toCriteriaSetVersion(fromRow(criteriaSetKind, row)))
      },
    )

    app.post(
      '/criteria-sets',
      {
        onRequest: requireRole('catalogue-admin'),
        schema: {
          operationId: 'createCriteriaSet',
          summary: 'Create a criteria set (version 1, draft)',
          tags: ['criteria sets'],
          security: [{ bearerAuth: [] }],
          headers: IdempotencyKeyHeaders,
          body: withExamples(CreateCriteriaSet, [exampleCriteriaSet]),
          response: { 201: Ref(CriteriaSetVersion), ...problemResponses(catalogueProblems.CRITERIA_SET_EXISTS, catalogueProblems.INVALID_CRITERIA_SET) },
        },
      },
      async (request, reply) => {
        const created = await db.transaction().execute((trx) => createCriteriaSet(trx, request.actor, request.body as Static<typeof CreateCriteriaSet>))
        reply.code(201).header('location', `${request.url.replace(/\/$/, '')}/${created.id}/versions/1`)
        setEntityTag(reply, entityTag(created.id, 1, 1))
        return created
      },
    )

    app.get(
      '/criteria-sets/:setId',
      {
        schema: {
          operationId: 'getCriteriaSet',
          summary: 'Read a criteria set’s current version with its criteria resolved',
          tags: ['criteria sets'],
          params: Type.Object({ setId: CriteriaSetId }, { additionalProperties: false }),
          response: { 200: Ref(ResolvedCriteriaSetVersion), ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND) },
        },
      },
      async (request, reply) => sendResolved(reply, await requireCurrentVersion(db, criteriaSetKind, (request.params as { setId: string }).setId), db),
    )

    app.get(
      '/product-categories/:productCategory/criteria-sets/:ambitionLevel',
      {
        schema: {
          operationId: 'getCriteriaSetForCategory',
          summary: 'The published criteria set for a product category and ambition level',
          description: 'What a buyer asks for: "notebooks, comprehensive". Returns the latest published new-equipment (or service/software) set, criteria resolved, ready to pin into a tender.',
          tags: ['criteria sets'],
          params: Type.Object({ productCategory: ProductCategoryCode, ambitionLevel: AmbitionLevel }, { additionalProperties: false }),
          response: { 200: Ref(ResolvedCriteriaSetVersion), ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND) },
        },
      },
      async (request, reply) => {
        const { productCategory, ambitionLevel } = request.params as { productCategory: string; ambitionLevel: string }
        const row = await db
          .selectFrom('criteria_set_versions')
          .selectAll()
          .where('product_category', '=', productCategory)
          .where('ambition_level', '=', ambitionLevel)
          .where('status', '=', 'published')
          .orderBy((eb) => eb.case().when(eb.ref('content'), '@>', JSON.stringify({ procurementRoute: 'refurbishedEquipment' }) as never).then(1).else(0).end())
          .orderBy('published_at', 'desc')
          .limit(1)
          .executeTakeFirst()
        if (!row) throw new ProblemError(catalogueProblems.CRITERIA_SET_NOT_FOUND, `No published criteria set for ${productCategory} at the ${ambitionLevel} level.`)
        return sendResolved(reply, fromRow(criteriaSetKind, row), db)
      },
    )

    app.get(
      '/criteria-sets/:setId/versions/:version/tender-text',
      {
        schema: {
          operationId: 'exportTenderText',
          summary: 'Tender text of a criteria-set version, in HTML or Markdown',
          description: 'The wording a buyer pastes into tender documents, in the language from `language` or Accept-Language (English when not available). Content-Language names every language served, the main one first: a text not yet translated is served in English and marked as such (`lang` in HTML, a marker in Markdown). Arabic HTML is right to left.',
          tags: ['criteria sets'],
          params: Type.Object({ setId: CriteriaSetId, version: VersionNumber }, { additionalProperties: false }),
          querystring: TenderTextQuery,
          response: {
            200: {
              description: 'The tender text.',
              content: { 'text/html': { schema: Type.String() }, 'text/markdown': { schema: Type.String() } },
            },
            ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND),
          },
        },
      },
      async (request: FastifyRequest, reply) => {
        const { setId, version } = request.params as { setId: string; version: number }
        const query = request.query as Static<typeof TenderTextQuery>
        const row = await requireVersion(db, criteriaSetKind, setId, version)
        const criteria = await resolveCriteria(db, row)
        const language = negotiateLanguage(query.language ?? request.headers['accept-language'], catalogueLanguages)
        const input = { setId, setVersion: version, content: row.content, criteria, language, frame: tenderTextFrame }
        const markdown = query.format === 'markdown'
        const rendered = markdown ? renderMarkdown(input) : renderHtml(input)
        reply.header('content-language', rendered.languages.join(', ')).header('vary', 'accept-language')
        setEntityTag(reply, versionEtag(row))
        reply.type(markdown ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8')
        return rendered.body
      },
    )

    await app.register(
      versionRoutes({
        db,
        kind: criteriaSetKind,
        collection: 'criteria-sets',
        idParam: 'setId',
        idSchema: CriteriaSetId,
        noun: 'Criteria Set',
        tag: 'criteria sets',
        contentSchema: Ref(CriteriaSetContent),
        versionSchema: Ref(ResolvedCriteriaSetVersion),
        present,
        validateContent: assertValidCriteriaSetContent,
        prepareForPublication: pinCriterionVersions,
        examples: { content: exampleCriteriaSet.content },
      }),
    )
  }
}
