import { Type } from 'typebox'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { Page, PageQuery, toPage } from '../../kernel/pagination.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { reportingProblems } from '../problems.ts'
import { problemResponses } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import { questionnaire, toMaturityAssessment } from '../mappers/maturity.ts'
import { latestMaturityAssessment, listBuyerMaturityAssessments, submitMaturityAssessment } from '../operations/maturity.ts'
import { BuyerParams } from '../schemas/common.ts'
import { exampleMaturityAssessment, MaturityAnswers, MaturityAssessment, Questionnaire } from '../schemas/maturity.ts'
import { bearerOnly, optionalBearer, type ReportingRouteContext } from './context.ts'
import { kernelProblems } from '../../kernel/problems.ts'

const ListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false })
const ownQuestionnaire =
  'The building block’s own questionnaire, organised by the three levels of guidance of the ITU guide (policy and strategy; creating the conditions; procurement processes). It is not an ITU publication.'
const readers = 'Readers: the buyer organisation itself, auditors, and anyone when the buyer made its figures public.'

export function maturityRoutes({ db }: ReportingRouteContext) {
  return async function (app: ServiceApp) {
    app.get(
      '/maturity/questionnaire',
      {
        schema: {
          operationId: 'getMaturityQuestionnaire',
          summary: 'The maturity self-assessment questionnaire',
          description: `${ownQuestionnaire} Each item is answered on a five-stage scale, with its source anchors. Public.`,
          tags: ['maturity'],
          response: { 200: Ref(Questionnaire) },
        },
      },
      async () => questionnaire,
    )

    app.post(
      '/buyers/:buyerId/maturity-assessments',
      {
        schema: {
          operationId: 'submitMaturityAssessment',
          summary: 'Answer the self-assessment: a score per level and what to do next',
          description: `${ownQuestionnaire} Returns a score per level and overall, and recommendations ordered by priority. Unknown items, items answered twice, values off the scale and notApplicable where an item applies to every buyer are a 422 naming each answer. Stored and audited (maturityAssessment.submitted); an Idempotency-Key makes a retry safe. Role: buyer, of this organisation only.`,
          tags: ['maturity'],
          security: bearerOnly,
          params: BuyerParams,
          headers: IdempotencyKeyHeaders,
          body: withExamples(MaturityAnswers, [{ answers: [{ itemId: 'P1.1', value: 2 }, { itemId: 'P1.4', value: 1 }, { itemId: 'P3.9', value: 'notApplicable' }] }]),
          response: { 201: Ref(MaturityAssessment), ...problemResponses(kernelProblems.FORBIDDEN, reportingProblems.INVALID_MATURITY_ANSWERS, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { buyerId } = request.params
        const assessment = await submitMaturityAssessment(db, request.actor, buyerId, request.body)
        reply.code(201).header('location', `/api/v1/buyers/${buyerId}/maturity-assessments/latest`)
        return toMaturityAssessment(assessment)
      },
    )

    app.get(
      '/buyers/:buyerId/maturity-assessments',
      {
        schema: {
          operationId: 'listMaturityAssessments',
          summary: 'A buyer’s self-assessments, newest first',
          description: `Every self-assessment the buyer submitted, newest first, a page at a time, each with its answers and scores. ${readers}`,
          tags: ['maturity'],
          security: optionalBearer,
          params: BuyerParams,
          querystring: ListQuery,
          response: { 200: { ...Page(Ref(MaturityAssessment), 'MaturityAssessmentPage'), examples: [{ items: [exampleMaturityAssessment], nextCursor: null }] }, ...problemResponses(reportingProblems.BUYER_NOT_FOUND, kernelProblems.FORBIDDEN, kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => {
        const { buyerId } = request.params
        const { limit, cursor } = request.query
        const assessments = await listBuyerMaturityAssessments(db, request.actor, buyerId, cursor, limit)
        return toPage(assessments, limit, (assessment) => [assessment.createdAt.toISOString(), assessment.id], toMaturityAssessment)
      },
    )

    app.get(
      '/buyers/:buyerId/maturity-assessments/latest',
      {
        schema: {
          operationId: 'getLatestMaturityAssessment',
          summary: 'A buyer’s latest self-assessment',
          description: `The buyer’s most recent self-assessment with its answers, scores and recommendations. 404 MATURITY_ASSESSMENT_NOT_FOUND before the first one. ${readers}`,
          tags: ['maturity'],
          security: optionalBearer,
          params: BuyerParams,
          response: { 200: Ref(MaturityAssessment), ...problemResponses(reportingProblems.BUYER_NOT_FOUND, kernelProblems.FORBIDDEN, reportingProblems.MATURITY_ASSESSMENT_NOT_FOUND) },
        },
      },
      async (request) => {
        const { buyerId } = request.params
        return toMaturityAssessment(await latestMaturityAssessment(db, request.actor, buyerId))
      },
    )
  }
}
