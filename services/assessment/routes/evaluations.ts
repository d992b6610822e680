import type { ServiceApp } from '../../kernel/service-app.ts'
import { Type } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { assessmentProblems } from '../problems.ts'
import { problemResponses } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import { toAward, toEvaluation } from '../mappers/evaluations.ts'
import { awardLot } from '../operations/awards.ts'
import { readLatestEvaluation, runEvaluation } from '../operations/evaluations.ts'
import { LotId, Uuid } from '../schemas/common.ts'
import { Award, Evaluation } from '../schemas/evaluation.ts'
import type { AssessmentRouteContext } from './context.ts'
import { kernelProblems } from '../../kernel/problems.ts'

const security = [{ bearerAuth: [] }]
const LotParams = Type.Object({ procurementId: Uuid, lotId: LotId }, { additionalProperties: false })
const AwardBody = Type.Object({ evaluationId: Uuid, bidId: Uuid }, { additionalProperties: false })

export function evaluationRoutes({ db }: AssessmentRouteContext) {
  return async function (app: ServiceApp) {
    app.post(
      '/procurements/:procurementId/lots/:lotId/evaluations',
      {
        onRequest: requireRole('buyer', 'evaluator'),
        schema: {
          operationId: 'evaluateLot',
          summary: 'Evaluate every submitted bid of a lot: gates, points, LCC, CO2e, ranking, explained',
          description: 'By the buyer or an assigned evaluator, while the procurement is in evaluation. Each run is kept; the latest one is what an award cites.',
          tags: ['evaluation'],
          security,
          params: LotParams,
          response: { 201: Ref(Evaluation), ...problemResponses(assessmentProblems.EVALUATION_CURRENCY_MISMATCH, assessmentProblems.EVALUATION_INVALID_AMOUNT, assessmentProblems.EVALUATION_INVALID_CONFIGURATION, assessmentProblems.EVALUATION_INVALID_DATE, assessmentProblems.EVALUATION_INVALID_QUANTITY, assessmentProblems.EVALUATION_NOT_FOUND, assessmentProblems.EVALUATION_PROVISIONAL, assessmentProblems.EVALUATION_UNKNOWN_DEVICE_TYPE, assessmentProblems.LOT_NOT_FOUND, assessmentProblems.NO_SUBMITTED_BIDS, assessmentProblems.PROCUREMENT_NOT_FOUND, assessmentProblems.PROCUREMENT_NOT_IN_EVALUATION, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { procurementId, lotId } = request.params
        const row = await runEvaluation(db, request.actor, procurementId, lotId)
        reply.code(201).header('location', `/api/v1/procurements/${procurementId}/lots/${lotId}/evaluations/latest`)
        return toEvaluation(row)
      },
    )

    app.get(
      '/procurements/:procurementId/lots/:lotId/evaluations/latest',
      {
        onRequest: requireRole('buyer', 'evaluator', 'auditor'),
        schema: {
          operationId: 'getLatestEvaluation',
          summary: 'The latest evaluation of a lot, with the breakdown of every point',
          description:
            'The most recent evaluation run of a lot: every bid’s gates, points by criterion, life-cycle cost, CO2e and rank, with the rules applied, as an award will cite it. 404 until the lot has been evaluated. Roles: buyer of the procurement’s organisation, an assigned evaluator, auditor.',
          tags: ['evaluation'],
          security,
          params: LotParams,
          response: { 200: Ref(Evaluation), ...problemResponses(assessmentProblems.EVALUATION_NOT_FOUND, assessmentProblems.LOT_NOT_FOUND, assessmentProblems.PROCUREMENT_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => {
        const { procurementId, lotId } = request.params
        return toEvaluation(await readLatestEvaluation(db, request.actor, procurementId, lotId))
      },
    )

    app.post(
      '/procurements/:procurementId/lots/:lotId/award',
      {
        onRequest: requireRole('buyer'),
        schema: {
          operationId: 'awardLot',
          summary: 'Award a lot to the best-ranked bid of its latest evaluation',
          description:
            'Awards the lot to the bid ranked first in its latest evaluation; the body names both, so that an award never cites a run or bid the buyer has not seen (a stale or provisional evaluation, or another bid, is refused). One award per lot. Audited, and published as the event award.made. Role: buyer.',
          tags: ['evaluation'],
          security,
          params: LotParams,
          body: withExamples(AwardBody, [{ evaluationId: '7d0c5b1e-0b8f-4a53-9a61-3c1f2e4d5a6b', bidId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d' }]),
          response: { 201: Ref(Award), ...problemResponses(assessmentProblems.EVALUATION_PROVISIONAL, kernelProblems.FORBIDDEN, assessmentProblems.LOT_ALREADY_AWARDED, assessmentProblems.LOT_NOT_FOUND, assessmentProblems.NOT_EVALUATED, assessmentProblems.NOT_TOP_RANKED, assessmentProblems.PROCUREMENT_NOT_FOUND, assessmentProblems.PROCUREMENT_NOT_IN_EVALUATION, assessmentProblems.STALE_EVALUATION, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { procurementId, lotId } = request.params
        const row = await awardLot(db, request.actor, procurementId, lotId, request.body)
        reply.code(201)
        return toAward(row)
      },
    )
  }
}
