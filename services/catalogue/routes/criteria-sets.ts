import { Type } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { Page } from '../../kernel/pagination.ts'
import { entityTag } from '../../kernel/preconditions.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { problemResponses, setEntityTag, WithEntityTag, entityTagHeaders } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { catalogueProblems } from '../problems.ts'
import { createCriteriaSet, criteriaSetFor, criteriaSetLifecycle, searchCriteriaSets } from '../operations/criteria-sets.ts'
import { tenderText } from '../operations/tender-text.ts'
import { AmbitionLevel, CriteriaSetId, ProductCategoryCode, VersionNumber } from '../schemas/atoms.ts'
import { CreateCriteriaSet, CriteriaSetContent, CriteriaSetQuery, CriteriaSetVersion, ResolvedCriteriaSetVersion, TenderTextQuery } from '../schemas/criteria-set.ts'
import type { CatalogueRouteContext } from './context.ts'
import { exampleCriteriaSet, exampleCriteriaSetVersion, exampleResolvedCriteriaSetVersion, exampleTenderTextHtml, exampleTenderTextMarkdown } from './examples.ts'
import { versionRoutes } from './version-routes.ts'

export function criteriaSetRoutes({ db }: CatalogueRouteContext) {
  return async function (app: ServiceApp) {
    app.addSchema({ ...ResolvedCriteriaSetVersion, examples: [exampleResolvedCriteriaSetVersion] })

    app.get(
      '/criteria-sets',
      {
        schema: {
          operationId: 'listCriteriaSets',
          summary: 'List criteria sets',
          description: 'One entry per set: its latest version in the requested status (default published), without the resolved criteria.',
          tags: ['criteria sets'],
          querystring: CriteriaSetQuery,
          response: { 200: withExamples(Page(Ref(CriteriaSetVersion), 'CriteriaSetVersionPage'), [{ items: [exampleCriteriaSetVersion], nextCursor: null }]), ...problemResponses(kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => searchCriteriaSets(db, request.query),
    )

    app.post(
      '/criteria-sets',
      {
        onRequest: requireRole('catalogue-admin'),
        schema: {
          operationId: 'createCriteriaSet',
          summary: 'Create a criteria set (version 1, draft)',
          description:
            'Groups criteria for one product category, ambition level and procurement route, as a draft. Needs the `catalogue-admin` role; audited. Items may leave `criterionVersion` null: publishing pins each to the latest published version of its criterion.',
          tags: ['criteria sets'],
          security: [{ bearerAuth: [] }],
          headers: IdempotencyKeyHeaders,
          body: withExamples(CreateCriteriaSet, [exampleCriteriaSet]),
          response: { 201: WithEntityTag(Ref(CriteriaSetVersion)), ...problemResponses(catalogueProblems.CRITERIA_SET_EXISTS, catalogueProblems.INVALID_CRITERIA_SET) },
        },
      },
      async (request, reply) => {
        const created = await createCriteriaSet(db, request.actor, request.body)
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
          description: 'Public. The latest published version (else the draft), with every criterion it names in full at the version it pins. The ETag is the one to send as `If-Match` when changing that version.',
          tags: ['criteria sets'],
          params: Type.Object({ setId: CriteriaSetId }, { additionalProperties: false }),
          response: { 200: WithEntityTag(Ref(ResolvedCriteriaSetVersion)), ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND) },
        },
      },
      async (request, reply) => {
        const current = await criteriaSetLifecycle.readCurrentVersion(db, request.params.setId)
        setEntityTag(reply, current.etag)
        return current.body
      },
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
          response: { 200: WithEntityTag(Ref(ResolvedCriteriaSetVersion)), ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND) },
        },
      },
      async (request, reply) => {
        const found = await criteriaSetFor(db, request.params.productCategory, request.params.ambitionLevel)
        setEntityTag(reply, found.etag)
        return found.body
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
              headers: entityTagHeaders,
              content: { 'text/html': { schema: Type.String({ examples: [exampleTenderTextHtml] }) }, 'text/markdown': { schema: Type.String({ examples: [exampleTenderTextMarkdown] }) } },
            },
            ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND),
          },
        },
      },
      async (request, reply) => {
        const format = request.query.format ?? 'html'
        const text = await tenderText(db, {
          ...request.params,
          format,
          language: request.query.language,
          acceptLanguage: request.headers['accept-language'],
        })
        reply.header('content-language', text.languages.join(', ')).header('vary', 'accept-language')
        setEntityTag(reply, text.etag)
        reply.type(format === 'markdown' ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8')
        return text.text
      },
    )

    await app.register(
      versionRoutes({
        db,
        lifecycle: criteriaSetLifecycle,
        collection: 'criteria-sets',
        idParam: 'setId',
        idSchema: CriteriaSetId,
        noun: 'Criteria Set',
        tag: 'criteria sets',
        contentSchema: Ref(CriteriaSetContent),
        versionSchema: Ref(ResolvedCriteriaSetVersion),
        examples: { content: exampleCriteriaSet.content, version: exampleResolvedCriteriaSetVersion },
      }),
    )
  }
}
