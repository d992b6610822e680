import { Type } from 'typebox'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { Page, PageQuery, toPage } from '../../kernel/pagination.ts'
import { IfMatchHeaders } from '../../kernel/preconditions.ts'
import { problemResponses, setEntityTag, WithEntityTag } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { toTarget } from '../mappers/target.ts'
import { defaultKpiOptions } from '../operations/kpi-request.ts'
import { createTarget, listBuyerTargets, readTarget, removeTarget, replaceTarget, targetableKpis, targetEtag, targetProgress } from '../operations/targets.ts'
import { BuyerId, BuyerParams, UUID } from '../schemas/common.ts'
import { exampleTarget, Target, TargetInput, TargetProgress } from '../schemas/target.ts'
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

  return async function (app: ServiceApp) {
    app.post(
      '/buyers/:buyerId/targets',
      {
        schema: {
          operationId: 'createTarget',
          summary: 'Set a KPI target with a deadline',
          description: `The KPI must have one figure computed here (${targetableList}); the baseline anchors progress and trend, and the deadline must come after it. 422 names each failing field. Audited (target.created); answers the target with its ETag. Role: buyer, of this organisation only.`,
          tags: ['targets'],
          security: bearerOnly,
          params: BuyerParams,
          headers: IdempotencyKeyHeaders,
          body: withExamples(TargetInput, [example]),
          response: { 201: WithEntityTag(Ref(Target)), ...problemResponses(kernelProblems.FORBIDDEN, reportingProblems.INVALID_TARGET, reportingProblems.KPI_NOT_TARGETABLE, kernelProblems.UNAUTHENTICATED, reportingProblems.UNKNOWN_KPI) },
        },
      },
      async (request, reply) => {
        const { buyerId } = request.params
        const target = await createTarget(db, request.actor, buyerId, request.body, targetable)
        setEntityTag(reply, targetEtag(target))
        reply.code(201).header('location', `/api/v1/buyers/${buyerId}/targets/${target.id}`)
        return toTarget(target)
      },
    )

    app.get(
      '/buyers/:buyerId/targets',
      {
        schema: {
          operationId: 'listTargets',
          summary: 'A buyer’s KPI targets',
          description: `The buyer’s targets, a page at a time in a stable order (by id). ${readers}`,
          tags: ['targets'],
          security: optionalBearer,
          params: BuyerParams,
          querystring: ListQuery,
          response: { 200: { ...Page(Ref(Target), 'TargetPage'), examples: [{ items: [exampleTarget], nextCursor: null }] }, ...problemResponses(reportingProblems.BUYER_NOT_FOUND, kernelProblems.FORBIDDEN, kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => {
        const { buyerId } = request.params
        const { limit, cursor } = request.query
        const targets = await listBuyerTargets(db, request.actor, buyerId, cursor, limit)
        return toPage(targets, limit, (target) => [target.id], toTarget)
      },
    )

    app.get(
      '/buyers/:buyerId/targets/:targetId',
      {
        schema: {
          operationId: 'getTarget',
          summary: 'One KPI target',
          description: `One target with its ETag (send it back as If-Match to replace or drop it). ${readers}`,
          tags: ['targets'],
          security: optionalBearer,
          params: TargetParams,
          response: { 200: WithEntityTag(Ref(Target)), ...problemResponses(reportingProblems.BUYER_NOT_FOUND, kernelProblems.FORBIDDEN, reportingProblems.TARGET_NOT_FOUND) },
        },
      },
      async (request, reply) => {
        const { buyerId, targetId } = request.params
        const target = await readTarget(db, request.actor, buyerId, targetId)
        setEntityTag(reply, targetEtag(target))
        return toTarget(target)
      },
    )

    app.put(
      '/buyers/:buyerId/targets/:targetId',
      {
        schema: {
          operationId: 'replaceTarget',
          summary: 'Change a KPI target',
          description: 'A full replacement under If-Match, checked as on creation; audited (target.updated). Role: buyer, of this organisation only.',
          tags: ['targets'],
          security: bearerOnly,
          params: TargetParams,
          headers: IfMatchHeaders,
          body: withExamples(TargetInput, [{ ...example, targetValue: 40 }]),
          response: { 200: WithEntityTag(Ref(Target)), ...problemResponses(kernelProblems.FORBIDDEN, reportingProblems.INVALID_TARGET, reportingProblems.KPI_NOT_TARGETABLE, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, reportingProblems.TARGET_NOT_FOUND, kernelProblems.UNAUTHENTICATED, reportingProblems.UNKNOWN_KPI) },
        },
      },
      async (request, reply) => {
        const { buyerId, targetId } = request.params
        const target = await replaceTarget(db, request.actor, buyerId, targetId, request.body, request.headers['if-match'], targetable)
        setEntityTag(reply, targetEtag(target))
        return toTarget(target)
      },
    )

    app.delete(
      '/buyers/:buyerId/targets/:targetId',
      {
        schema: {
          operationId: 'deleteTarget',
          summary: 'Drop a KPI target',
          description: 'Under If-Match, so a target changed meanwhile is not dropped unseen; audited (target.deleted). Role: buyer, of this organisation only.',
          tags: ['targets'],
          security: bearerOnly,
          params: TargetParams,
          headers: IfMatchHeaders,
          response: { 204: { description: 'Dropped.', type: 'null' }, ...problemResponses(kernelProblems.FORBIDDEN, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, reportingProblems.TARGET_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { buyerId, targetId } = request.params
        await removeTarget(db, request.actor, buyerId, targetId, request.headers['if-match'])
        return reply.code(204).send(null)
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
        const { buyerId, targetId } = request.params
        const at = now()
        return targetProgress(db, await readTarget(db, request.actor, buyerId, targetId), defaultKpiOptions(at), at)
      },
    )
  }
}
