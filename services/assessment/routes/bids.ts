import type { ServiceApp } from '../../kernel/service-app.ts'
import { Type } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { Page, PageQuery, toPage } from '../../kernel/pagination.ts'
import { IfMatchHeaders } from '../../kernel/preconditions.ts'
import { assessmentProblems } from '../problems.ts'
import { problemResponses, setEntityTag, WithEntityTag } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import { toBid, toEvidence } from '../mappers/bids.ts'
import { bidEtag, createBid, readBid, readBidsOfProcurement, submitBid, updateBid } from '../operations/bids.ts'
import { todayUtc } from '../operations/calendar.ts'
import { addEvidence, evidenceEtag, readEvidenceForReview, readEvidenceOfBid, reviewEvidence } from '../operations/evidence.ts'
import { Bid, BidContent, CreateEvidence, Evidence, exampleBidRecord, exampleEvidenceRecord, ReviewEvidence } from '../schemas/bid.ts'
import { LotId, Uuid } from '../schemas/common.ts'
import { exampleBid, exampleEvidence } from './examples.ts'
import type { AssessmentRouteContext } from './context.ts'
import { kernelProblems } from '../../kernel/problems.ts'

const security = [{ bearerAuth: [] }]
const anyRole = requireRole('buyer', 'evaluator', 'supplier', 'auditor')
const BidParams = Type.Object({ bidId: Uuid }, { additionalProperties: false })
const LotParams = Type.Object({ procurementId: Uuid, lotId: LotId }, { additionalProperties: false })

const EvidenceParams = Type.Object({ procurementId: Uuid, evidenceId: Uuid }, { additionalProperties: false })

export function bidRoutes({ db }: AssessmentRouteContext) {
  return async function (app: ServiceApp) {
    app.post(
      '/procurements/:procurementId/lots/:lotId/bids',
      {
        onRequest: requireRole('supplier'),
        schema: {
          operationId: 'createBid',
          summary: 'Start a bid for a lot (draft)',
          description: 'The supplier comes from the token’s supplier claim. One bid per supplier and lot; the tender must be open.',
          tags: ['bids'],
          security,
          params: LotParams,
          headers: IdempotencyKeyHeaders,
          body: withExamples(BidContent, [exampleBid]),
          response: { 201: WithEntityTag(Ref(Bid)), ...problemResponses(assessmentProblems.BID_EXISTS, kernelProblems.FORBIDDEN, assessmentProblems.INVALID_BID, assessmentProblems.LOT_NOT_FOUND, assessmentProblems.PROCUREMENT_NOT_FOUND, assessmentProblems.PROCUREMENT_NOT_OPEN, assessmentProblems.SUPPLIER_NOT_REGISTERED, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { procurementId, lotId } = request.params
        const row = await createBid(db, request.actor, procurementId, lotId, request.body)
        setEntityTag(reply, bidEtag(row))
        reply.code(201).header('location', `/api/v1/bids/${row.id}`)
        return toBid(row)
      },
    )

    app.get(
      '/procurements/:procurementId/bids',
      {
        onRequest: anyRole,
        schema: {
          operationId: 'listBids',
          summary: 'List the bids of a procurement you may see',
          description: 'Suppliers see their own bids. Buyers and assigned evaluators see submitted bids once the procurement is in evaluation (bids are sealed until then). Auditors see all.',
          tags: ['bids'],
          security,
          params: Type.Object({ procurementId: Uuid }, { additionalProperties: false }),
          querystring: Type.Object({ ...PageQuery, lotId: Type.Optional(LotId) }, { additionalProperties: false }),
          response: { 200: withExamples(Page(Ref(Bid), 'BidPage'), [{ items: [exampleBidRecord], nextCursor: null }]), ...problemResponses(kernelProblems.INVALID_CURSOR, assessmentProblems.PROCUREMENT_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => {
        const rows = await readBidsOfProcurement(db, request.actor, request.params.procurementId, request.query)
        return toPage(rows, request.query.limit, (row) => [row.id], toBid)
      },
    )

    app.get(
      '/bids/:bidId',
      {
        onRequest: anyRole,
        schema: {
          operationId: 'getBid',
          summary: 'Read a bid',
          description: 'Another supplier’s bid answers 404, never the bid.',
          tags: ['bids'],
          security,
          params: BidParams,
          response: { 200: WithEntityTag(Ref(Bid)), ...problemResponses(assessmentProblems.BID_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const row = await readBid(db, request.actor, request.params.bidId)
        setEntityTag(reply, bidEtag(row))
        return toBid(row)
      },
    )

    app.put(
      '/bids/:bidId',
      {
        onRequest: requireRole('supplier'),
        schema: {
          operationId: 'updateBid',
          summary: 'Replace the products and answers of a draft bid',
          description:
            'Replaces the offered products and the answers to the requirements of one of the caller’s own draft bids, while the procurement is open; a submitted bid is 409. Needs If-Match with the ETag last read (or `*`). Audited. Role: supplier.',
          tags: ['bids'],
          security,
          params: BidParams,
          headers: IfMatchHeaders,
          body: withExamples(BidContent, [exampleBid]),
          response: { 200: WithEntityTag(Ref(Bid)), ...problemResponses(assessmentProblems.BID_NOT_DRAFT, assessmentProblems.BID_NOT_FOUND, kernelProblems.FORBIDDEN, assessmentProblems.INVALID_BID, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, assessmentProblems.PROCUREMENT_NOT_OPEN, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const row = await updateBid(db, request.actor, request.params.bidId, request.body, request.headers['if-match'])
        setEntityTag(reply, bidEtag(row))
        return toBid(row)
      },
    )

    app.post(
      '/bids/:bidId/submit',
      {
        onRequest: requireRole('supplier'),
        schema: {
          operationId: 'submitBid',
          summary: 'Submit a bid: it is frozen from then on',
          description: 'Needs a well-formed answer to every requirement of the tender; the 422 lists every missing or malformed answer at once.',
          tags: ['bids'],
          security,
          params: BidParams,
          headers: IfMatchHeaders,
          response: { 200: WithEntityTag(Ref(Bid)), ...problemResponses(assessmentProblems.BID_INCOMPLETE, assessmentProblems.BID_NOT_DRAFT, assessmentProblems.BID_NOT_FOUND, kernelProblems.FORBIDDEN, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, assessmentProblems.PROCUREMENT_NOT_OPEN, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const row = await submitBid(db, request.actor, request.params.bidId, request.headers['if-match'])
        setEntityTag(reply, bidEtag(row))
        return toBid(row)
      },
    )

    app.post(
      '/bids/:bidId/evidence',
      {
        onRequest: requireRole('supplier'),
        schema: {
          operationId: 'addEvidence',
          summary: 'Attach evidence for a criterion to your bid',
          description:
            'Attaches a document (certificate, test report, declaration) backing the bid’s answer to one criterion; its type must be one the catalogue accepts for that criterion. Accepted while the procurement is open, and during evaluation only in answer to a clarification request. Audited. Role: supplier, for its own bid.',
          tags: ['bids'],
          security,
          params: BidParams,
          headers: IdempotencyKeyHeaders,
          body: withExamples(CreateEvidence, [exampleEvidence]),
          response: { 201: WithEntityTag(Ref(Evidence)), ...problemResponses(assessmentProblems.BID_NOT_FOUND, assessmentProblems.CLARIFICATION_NOT_REQUESTED, assessmentProblems.EVIDENCE_TYPE_NOT_ACCEPTED, assessmentProblems.INVALID_EVIDENCE_COVERAGE, assessmentProblems.PROCUREMENT_NOT_OPEN, kernelProblems.UNAUTHENTICATED, assessmentProblems.UNKNOWN_CRITERION) },
        },
      },
      async (request, reply) => {
        const row = await addEvidence(db, request.actor, request.params.bidId, request.body)
        setEntityTag(reply, evidenceEtag(row))
        reply.code(201)
        return toEvidence(row, todayUtc())
      },
    )

    app.get(
      '/bids/:bidId/evidence',
      {
        onRequest: anyRole,
        schema: {
          operationId: 'listEvidence',
          summary: 'List the evidence of a bid',
          description:
            'Every evidence item of a bid with its review status, to whoever may read the bid (a supplier its own bids; buyers and assigned evaluators once bids are unsealed; auditors all); any other bid is 404. Roles: buyer, evaluator, supplier, auditor.',
          tags: ['bids'],
          security,
          params: BidParams,
          response: { 200: Type.Object({ items: Type.Array(Ref(Evidence)) }, { additionalProperties: false, examples: [{ items: [exampleEvidenceRecord] }] }), ...problemResponses(assessmentProblems.BID_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => {
        const date = todayUtc()
        return { items: (await readEvidenceOfBid(db, request.actor, request.params.bidId)).map((row) => toEvidence(row, date)) }
      },
    )

    app.get(
      '/procurements/:procurementId/evidence/:evidenceId',
      {
        onRequest: requireRole('buyer', 'evaluator'),
        schema: {
          operationId: 'getEvidence',
          summary: 'Read one evidence item with its ETag, to review it',
          description: 'By the buyer or an evaluator assigned to this procurement, in any status. The ETag is what a verdict (reviewEvidence) names in If-Match. Evidence of another procurement answers 404.',
          tags: ['bids'],
          security,
          params: EvidenceParams,
          response: { 200: WithEntityTag(Ref(Evidence)), ...problemResponses(assessmentProblems.EVIDENCE_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { procurementId, evidenceId } = request.params
        const row = await readEvidenceForReview(db, request.actor, procurementId, evidenceId)
        setEntityTag(reply, evidenceEtag(row))
        return toEvidence(row, todayUtc())
      },
    )

    app.post(
      '/procurements/:procurementId/evidence/:evidenceId/review',
      {
        onRequest: requireRole('buyer', 'evaluator'),
        schema: {
          operationId: 'reviewEvidence',
          summary: 'Record a verdict on evidence: verified, rejected, clarification requested',
          description: 'By the buyer or an evaluator assigned to this procurement, during evaluation. Needs If-Match with the ETag of getEvidence (or of the last verdict); `If-Match: *` reviews whatever version is current. Evidence of another procurement answers 404.',
          tags: ['bids'],
          security,
          params: EvidenceParams,
          headers: IfMatchHeaders,
          body: withExamples(ReviewEvidence, [{ status: 'verified' }]),
          response: { 200: WithEntityTag(Ref(Evidence)), ...problemResponses(assessmentProblems.BID_NOT_SUBMITTED, assessmentProblems.EVIDENCE_NOT_FOUND, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, assessmentProblems.PROCUREMENT_NOT_IN_EVALUATION, assessmentProblems.REASON_REQUIRED, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { procurementId, evidenceId } = request.params
        const row = await reviewEvidence(db, request.actor, procurementId, evidenceId, request.body, request.headers['if-match'])
        setEntityTag(reply, evidenceEtag(row))
        return toEvidence(row, todayUtc())
      },
    )
  }
}
