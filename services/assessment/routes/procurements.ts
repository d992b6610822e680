import type { ServiceApp } from '../../kernel/service-app.ts'
import { Type } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { decodeCursor, Page, PageQuery, toPage } from '../../kernel/pagination.ts'
import { IfMatchHeaders } from '../../kernel/preconditions.ts'
import { assessmentProblems } from '../problems.ts'
import { problemResponses, setEntityTag, WithEntityTag } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import { toProcurement } from '../mappers/procurements.ts'
import { assignEvaluator, changeStatus, createProcurement, procurementEtag, readProcurement, searchProcurements, type StoredProcurement } from '../operations/procurements.ts'
import { canonicalUuid, Uuid } from '../schemas/common.ts'
import { CreateProcurement, exampleProcurementRecord, Procurement, ProcurementStatus } from '../schemas/procurement.ts'
import { exampleProcurement } from './examples.ts'
import type { AssessmentRouteContext } from './context.ts'
import { kernelProblems } from '../../kernel/problems.ts'

const ProcurementParams = Type.Object({ procurementId: Uuid }, { additionalProperties: false })
const ProcurementQuery = Type.Object({ ...PageQuery, status: Type.Optional(ProcurementStatus) }, { additionalProperties: false })
const security = [{ bearerAuth: [] }]
const anyRole = requireRole('buyer', 'evaluator', 'supplier', 'auditor')

export function procurementRoutes({ db, catalogue }: AssessmentRouteContext) {
  const present = (stored: StoredProcurement) => toProcurement(stored.row, stored.lots)

  return async function (app: ServiceApp) {
    app.post(
      '/procurements',
      {
        onRequest: requireRole('buyer'),
        schema: {
          operationId: 'createProcurement',
          summary: 'Create a procurement, pinning a published criteria-set version',
          description:
            'Fetches the criteria-set version from the catalogue and stores an immutable snapshot: later catalogue changes never alter this tender. Every buyer-set threshold of the chosen criteria must be given; award points must add up to the quality weight. 503 when the catalogue is unreachable or busy, 404 when the version does not exist, 400 when the catalogue refuses the reference; nothing is created then.',
          tags: ['procurements'],
          security,
          headers: IdempotencyKeyHeaders,
          body: withExamples(CreateProcurement, [exampleProcurement]),
          response: { 201: WithEntityTag(Ref(Procurement)), ...problemResponses(assessmentProblems.CATALOGUE_ERROR, assessmentProblems.CATALOGUE_UNAVAILABLE, assessmentProblems.CRITERIA_SET_NOT_PUBLISHED, assessmentProblems.CRITERIA_SET_VERSION_NOT_FOUND, kernelProblems.FORBIDDEN, assessmentProblems.INVALID_CRITERIA_CHOICE, assessmentProblems.INVALID_CRITERIA_SET_REFERENCE, assessmentProblems.INVALID_PROCUREMENT, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const stored = await createProcurement(db, catalogue, request.actor, request.body)
        setEntityTag(reply, procurementEtag(stored.row))
        reply.code(201).header('location', `/api/v1/procurements/${stored.row.id}`)
        return present(stored)
      },
    )

    app.get(
      '/procurements',
      {
        onRequest: anyRole,
        schema: {
          operationId: 'listProcurements',
          summary: 'List the procurements you may see',
          description: 'Auditors see all; buyers their organisation’s; evaluators those assigned to them; everyone signed in, the published (non-draft) ones. Oldest first.',
          tags: ['procurements'],
          security,
          querystring: ProcurementQuery,
          response: { 200: withExamples(Page(Ref(Procurement), 'ProcurementPage'), [{ items: [exampleProcurementRecord], nextCursor: null }]), ...problemResponses(kernelProblems.INVALID_CURSOR, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => {
        const query = request.query
        const after = decodeCursor(query.cursor, 1, ([id]) => canonicalUuid.test(String(id)))
        const found = await searchProcurements(db, request.actor, { status: query.status, after: after ? String(after[0]) : null, limit: query.limit })
        return toPage(found, query.limit, (stored) => [stored.row.id], present)
      },
    )

    app.get(
      '/procurements/:procurementId',
      {
        onRequest: anyRole,
        schema: {
          operationId: 'getProcurement',
          summary: 'Read a procurement with its pinned evaluation criteria',
          description:
            'The procurement with its pinned criteria-set snapshot, the evaluation criteria derived from it and the scoring rules, and an ETag for changeStatus. Auditors read any; buyers their organisation’s; evaluators those assigned to them; any signed-in role a published (non-draft) one; any other is 404. Roles: buyer, evaluator, supplier, auditor.',
          tags: ['procurements'],
          security,
          params: ProcurementParams,
          response: { 200: WithEntityTag(Ref(Procurement)), ...problemResponses(assessmentProblems.PROCUREMENT_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const stored = await readProcurement(db, request.actor, request.params.procurementId)
        setEntityTag(reply, procurementEtag(stored.row))
        return present(stored)
      },
    )

    app.post(
      '/procurements/:procurementId/status',
      {
        onRequest: requireRole('buyer'),
        schema: {
          operationId: 'changeProcurementStatus',
          summary: 'Move a procurement along draft → open → evaluation, or close an awarded one',
          description:
            'Moves a procurement of the caller’s organisation one step along draft → open (bids accepted) → evaluation (bids unsealed), or closes an awarded one (it becomes awarded when its last lot is); any other transition is 409. Needs If-Match with the ETag last read (or `*`). Audited, and published as the event procurement.statusChanged. Role: buyer.',
          tags: ['procurements'],
          security,
          params: ProcurementParams,
          headers: IfMatchHeaders,
          body: Type.Object({ status: ProcurementStatus }, { additionalProperties: false, examples: [{ status: 'open' }] }),
          response: { 200: WithEntityTag(Ref(Procurement)), ...problemResponses(kernelProblems.FORBIDDEN, assessmentProblems.INVALID_STATUS_TRANSITION, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, assessmentProblems.PROCUREMENT_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const stored = await changeStatus(db, request.actor, request.params.procurementId, request.body.status, request.headers['if-match'])
        setEntityTag(reply, procurementEtag(stored.row))
        return present(stored)
      },
    )

    app.post(
      '/procurements/:procurementId/evaluators',
      {
        onRequest: requireRole('buyer'),
        schema: {
          operationId: 'assignEvaluator',
          summary: 'Assign an evaluator (by token subject) to a procurement',
          description:
            'Lets the evaluator with this token subject see the procurement and its submitted bids, review evidence and run evaluations. Assigning the same subject twice changes nothing. Answers every subject assigned so far. Audited. Role: buyer of the procurement’s organisation.',
          tags: ['procurements'],
          security,
          params: ProcurementParams,
          body: Type.Object({ subject: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false, examples: [{ subject: 'evaluator-17' }] }),
          response: {
            200: Type.Object({ items: Type.Array(Type.String()) }, { additionalProperties: false, examples: [{ items: ['evaluator-17', 'evaluator-23'] }] }),
            ...problemResponses(kernelProblems.FORBIDDEN, assessmentProblems.PROCUREMENT_NOT_FOUND, kernelProblems.UNAUTHENTICATED),
          },
        },
      },
      async (request) => {
        return { items: await assignEvaluator(db, request.actor, request.params.procurementId, request.body.subject) }
      },
    )
  }
}
