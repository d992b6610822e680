import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type, type Static } from 'typebox'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { decodeCursor, Page, PageQuery, toPage } from '../../kernel/pagination.ts'
import { IfMatchHeaders } from '../../kernel/preconditions.ts'
import { problemResponses, setEntityTag, WithEntityTag } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import { assertMayReadBuyer } from '../operations/buyer-access.ts'
import { defaultKpiOptions } from '../operations/kpi-request.ts'
import { createTarget, removeTarget, replaceTarget, targetableKpis, targetEtag, targetNotFound, targetProgress, toTarget } from '../operations/targets.ts'
import { findTarget, listTargets } from '../repositories/targets.ts'
import { BuyerId, BuyerParams, UUID } from '../schemas/common.ts'
import { Target, TargetInput, TargetProgress } from '../schemas/target.ts'
import { bearerOnly, optionalBearer, type ReportingRouteContext } from './context.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { reportingProblems } from '../problems.ts'

const TargetParams = Type.Object({ buyerId: BuyerId, targetId: Type.String({ pattern: UUID.source }) }, { additionalProperties: false })
const ListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false })
const example: TargetInput = { kpiId: 'K05', targetValue: 30, direction: 'atLeast', baselineValue: 5, baselineDate: '2026-01-01', deadline: '2028-12-31' }
const readers = 'Readers: the buyer organisation itself, auditors, and anyone when the buyer made its figures public.'

export function targetRoutes({ db, now }: ReportingRouteContext) {
  const targetable = targetableKpis(defaultKpiOptions(new Date()))
  const targetableList = [...targetable].join(', ')

  async function readable(request: FastifyRequest) {
    const { buyerId, targetId } = request.params as Static<typeof TargetParams>
    await assertMayReadBuyer(db, request, buyerId)
    const row = await findTarget(db, buyerId, targetId)
    if (!row) throw targetNotFound(buyerId, targetId)
    return row
  }

  return async function (app: FastifyInstance) {
    app.post(
      '/buyers/:buyerId/targets',
      {
        schema: {
          operationId: 'createTarget',
          summary: 'Set a KPI target with a deadline',
          description: `The KPI must have one figure computed here (${targetableList}); the baseline anchors progress and trend, and the deadline must come after it. 422 names each failing field. Role: buyer, of this organisation only.`,
          tags: ['targets'],
          security: bearerOnly,
          params: BuyerParams,
          headers: IdempotencyKeyHeaders,
          body: withExamples(TargetInput, [example]),
          response: { 201: WithEntityTag(Ref(Target)), ...problemResponses(kernelProblems.FORBIDDEN, reportingProblems.INVALID_TARGET, reportingProblems.KPI_NOT_TARGETABLE, kernelProblems.UNAUTHENTICATED, reportingProblems.UNKNOWN_KPI) },
        },
      },
      async (request, reply) => {
        const { buyerId } = request.params as Static<typeof BuyerParams>
        const row = await createTarget(db, request, buyerId, request.body as TargetInput, targetable)
        setEntityTag(reply, targetEtag(row))
        reply.code(201).header('location', `/api/v1/buyers/${buyerId}/targets/${row.id}`)
        return toTarget(row)
      },
    )

    app.get(
      '/buyers/:buyerId/targets',
      {
        schema: {
          operationId: 'listTargets',
          summary: 'A buyer’s KPI targets',
          description: readers,
          tags: ['targets'],
          security: optionalBearer,
          params: BuyerParams,
          querystring: ListQuery,
          response: { 200: Page(Ref(Target), 'TargetPage'), ...problemResponses(reportingProblems.BUYER_NOT_FOUND, kernelProblems.FORBIDDEN, kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => {
        const { buyerId } = request.params as Static<typeof BuyerParams>
        const { limit, cursor } = request.query as Static<typeof ListQuery>
        await assertMayReadBuyer(db, request, buyerId)
        const after = decodeCursor(cursor, 1, ([id]) => UUID.test(String(id)))
        const rows = await listTargets(db, buyerId, after ? String(after[0]) : null, limit)
        return toPage(rows, limit, (row) => [row.id], toTarget)
      },
    )

    app.get(
      '/buyers/:buyerId/targets/:targetId',
      {
        schema: {
          operationId: 'getTarget',
          summary: 'One KPI target',
          description: readers,
          tags: ['targets'],
          security: optionalBearer,
          params: TargetParams,
          response: { 200: WithEntityTag(Ref(Target)), ...problemResponses(reportingProblems.BUYER_NOT_FOUND, kernelProblems.FORBIDDEN, reportingProblems.TARGET_NOT_FOUND) },
        },
      },
      async (request, reply) => {
        const row = await readable(request)
        setEntityTag(reply, targetEtag(row))
        return toTarget(row)
      },
    )

    app.put(
      '/buyers/:buyerId/targets/:targetId',
      {
        schema: {
          operationId: 'replaceTarget',
          summary: 'Change a KPI target',
          description: 'A full replacement under If-Match. Role: buyer, of this organisation only.',
          tags: ['targets'],
          security: bearerOnly,
          params: TargetParams,
          headers: IfMatchHeaders,
          body: withExamples(TargetInput, [{ ...example, targetValue: 40 }]),
          response: { 200: WithEntityTag(Ref(Target)), ...problemResponses(kernelProblems.FORBIDDEN, reportingProblems.INVALID_TARGET, reportingProblems.KPI_NOT_TARGETABLE, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, reportingProblems.TARGET_NOT_FOUND, kernelProblems.UNAUTHENTICATED, reportingProblems.UNKNOWN_KPI) },
        },
      },
      async (request, reply) => {
        const { buyerId, targetId } = request.params as Static<typeof TargetParams>
        const row = await replaceTarget(db, request, buyerId, targetId, request.body as TargetInput, targetable)
        setEntityTag(reply, targetEtag(row))
        return toTarget(row)
      },
    )

    app.delete(
      '/buyers/:buyerId/targets/:targetId',
      {
        schema: {
          operationId: 'deleteTarget',
          summary: 'Drop a KPI target',
          description: 'Under If-Match, so a target changed meanwhile is not dropped unseen. Role: buyer, of this organisation only.',
          tags: ['targets'],
          security: bearerOnly,
          params: TargetParams,
          headers: IfMatchHeaders,
          response: { 204: { description: 'Dropped.', type: 'null' }, ...problemResponses(kernelProblems.FORBIDDEN, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, reportingProblems.TARGET_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { buyerId, targetId } = request.params as Static<typeof TargetParams>
        await removeTarget(db, request, buyerId, targetId)
        return reply.code(204).send()
      },
    )

    app.get(
      '/buyers/:buyerId/targets/:targetId/progress',
      {
        schema: {
          operationId: 'getTargetProgress',
          summary: 'Progress and trend towards a target',
          description: `The KPI per quarter from the baseline date to now, a least-squares trend through the baseline and those values projected to the deadline, and a status: achieved, onTrack, offTrack or noData. ${readers}`,
          tags: ['targets'],
          security: optionalBearer,
          params: TargetParams,
          response: { 200: Ref(TargetProgress), ...problemResponses(reportingProblems.BUYER_NOT_FOUND, kernelProblems.FORBIDDEN, reportingProblems.TARGET_NOT_FOUND, reportingProblems.TOO_MANY_PERIODS) },
        },
      },
      async (request) => {
        const at = now()
        return targetProgress(db, await readable(request), defaultKpiOptions(at), at)
      },
    )
  }
}
