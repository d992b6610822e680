import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type, type Static } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { notFound } from '../../kernel/problem.ts'
import { problemResponses } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import { toAward, toEvaluation } from '../mappers/evaluations.ts'
import { awardLot } from '../operations/awards.ts'
import { latestEvaluation, procurementForEvaluator, runEvaluation } from '../operations/evaluations.ts'
import { LotId, Uuid } from '../schemas/common.ts'
import { Award, Evaluation } from '../schemas/evaluation.ts'
import type { AssessmentRouteContext } from './index.ts'

const security = [{ bearerAuth: [] }]
const LotParams = Type.Object({ procurementId: Uuid, lotId: LotId }, { additionalProperties: false })
const AwardBody = Type.Object({ evaluationId: Uuid, bidId: Uuid }, { additionalProperties: false })
const lotOf = (request: FastifyRequest) => request.params as Static<typeof LotParams>

export function evaluationRoutes({ db }: AssessmentRouteContext) {
  return async function (app: FastifyInstance) {
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
          response: { 201: Ref(Evaluation), ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const { procurementId, lotId } = lotOf(request)
        const row = await runEvaluation(db, request, procurementId, lotId)
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
          tags: ['evaluation'],
          security,
          params: LotParams,
          response: { 200: Ref(Evaluation), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const { procurementId, lotId } = lotOf(request)
        if (!request.principal!.roles.includes('auditor')) await procurementForEvaluator(db, request, procurementId, lotId)
        const row = await latestEvaluation(db, procurementId, lotId)
        if (!row) throw notFound('EVALUATION_NOT_FOUND', `Lot ${lotId} of procurement ${procurementId} has not been evaluated.`)
        return toEvaluation(row)
      },
    )

    app.post(
      '/procurements/:procurementId/lots/:lotId/award',
      {
        onRequest: requireRole('buyer'),
        schema: {
          operationId: 'awardLot',
          summary: 'Award a lot to the best-ranked bid of its latest evaluation',
          tags: ['evaluation'],
          security,
          params: LotParams,
          body: withExamples(AwardBody, [{ evaluationId: '7d0c5b1e-0b8f-4a53-9a61-3c1f2e4d5a6b', bidId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d' }]),
          response: { 201: Ref(Award), ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const { procurementId, lotId } = lotOf(request)
        const row = await awardLot(db, request, procurementId, lotId, request.body as Static<typeof AwardBody>)
        reply.code(201)
        return toAward(row)
      },
    )
  }
}
