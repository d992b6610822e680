import { Type } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { Page } from '../../kernel/pagination.ts'
import { entityTag } from '../../kernel/preconditions.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { problemResponses, setEntityTag, WithEntityTag } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { catalogueProblems } from '../problems.ts'
import { createCriterion, criterionLifecycle, searchCriteria } from '../operations/criteria.ts'
import { CriterionId } from '../schemas/atoms.ts'
import { CreateCriterion, CriteriaQuery, CriterionContent, CriterionVersion } from '../schemas/criterion.ts'
import type { CatalogueRouteContext } from './context.ts'
import { exampleCriterion, exampleCriterionVersion } from './examples.ts'
import { versionRoutes } from './version-routes.ts'

export function criteriaRoutes({ db }: CatalogueRouteContext) {
  return async function (app: ServiceApp) {
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
          response: { 200: withExamples(Page(Ref(CriterionVersion), 'CriterionVersionPage'), [{ items: [exampleCriterionVersion], nextCursor: null }]), ...problemResponses(kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => searchCriteria(db, request.query),
    )

    app.post(
      '/criteria',
      {
        onRequest: requireRole('catalogue-admin'),
        schema: {
          operationId: 'createCriterion',
          summary: 'Create a criterion (version 1, draft)',
          description:
            'Adds a criterion to the catalogue as a draft; its id is the source code, a dot and the criterion code. Needs the `catalogue-admin` role; audited. Nothing is visible to buyers or in the change feed until the version is published.',
          tags: ['criteria'],
          security: [{ bearerAuth: [] }],
          headers: IdempotencyKeyHeaders,
          body: withExamples(CreateCriterion, [exampleCriterion]),
          response: { 201: WithEntityTag(Ref(CriterionVersion)), ...problemResponses(catalogueProblems.CRITERION_EXISTS, catalogueProblems.INVALID_CRITERION) },
        },
      },
      async (request, reply) => {
        const created = await createCriterion(db, request.actor, request.body)
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
          description: 'Public. The ETag identifies the version and its state: send it as `If-Match` when editing, publishing or deprecating that version.',
          tags: ['criteria'],
          params: Type.Object({ criterionId: CriterionId }, { additionalProperties: false }),
          response: { 200: WithEntityTag(Ref(CriterionVersion)), ...problemResponses(catalogueProblems.CRITERIA_SET_NOT_FOUND, catalogueProblems.CRITERION_NOT_FOUND) },
        },
      },
      async (request, reply) => {
        const current = await criterionLifecycle.readCurrentVersion(db, request.params.criterionId)
        setEntityTag(reply, current.etag)
        return current.body
      },
    )

    await app.register(
      versionRoutes({
        db,
        lifecycle: criterionLifecycle,
        collection: 'criteria',
        idParam: 'criterionId',
        idSchema: CriterionId,
        noun: 'Criterion',
        tag: 'criteria',
        contentSchema: Ref(CriterionContent),
        versionSchema: Ref(CriterionVersion),
        examples: { content: exampleCriterion.content, version: exampleCriterionVersion },
      }),
    )
  }
}
