import type { ServiceApp } from '../../kernel/service-app.ts'
import { Type } from 'typebox'
import { requireRole } from '../../kernel/auth/plugin.ts'
import type { Actor } from '../../kernel/actor.ts'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { assessmentProblems } from '../problems.ts'
import { problemResponses } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import { toContract, toPerformanceReport } from '../mappers/contracts.ts'
import { createContract, readContract, reportPerformance } from '../operations/contracts.ts'
import { Uuid } from '../schemas/common.ts'
import { Contract, CreateContract, CreatePerformanceReport, PerformanceReport } from '../schemas/contract.ts'
import type { AssessmentRouteContext } from './context.ts'
import { kernelProblems } from '../../kernel/problems.ts'

const security = [{ bearerAuth: [] }]

export function contractRoutes({ db }: AssessmentRouteContext) {
  const present = async (actor: Actor, contractId: string) => {
    const { row, clauses } = await readContract(db, actor, contractId)
    return toContract(row, clauses)
  }

  return async function (app: ServiceApp) {
    app.post(
      '/awards/:awardId/contract',
      {
        onRequest: requireRole('buyer'),
        schema: {
          operationId: 'createContract',
          summary: 'Sign the contract of an award; the tender’s performance clauses come with it',
          description:
            'Signs the contract of an award between the buyer and the winning supplier; the contract-performance clauses of the tender’s criteria become its clauses, on which the supplier then reports. One contract per award. Audited, and published as the event contract.signed. Role: buyer.',
          tags: ['contracts'],
          security,
          params: Type.Object({ awardId: Uuid }, { additionalProperties: false }),
          headers: IdempotencyKeyHeaders,
          body: withExamples(CreateContract, [{ signedOn: '2027-02-01', endsOn: '2031-01-31' }]),
          response: { 201: Ref(Contract), ...problemResponses(assessmentProblems.AWARD_NOT_FOUND, assessmentProblems.CONTRACT_EXISTS, assessmentProblems.CONTRACT_NOT_FOUND, assessmentProblems.INVALID_CONTRACT, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const row = await createContract(db, request.actor, request.params.awardId, request.body)
        reply.code(201).header('location', `/api/v1/contracts/${row.id}`)
        return present(request.actor, row.id)
      },
    )

    app.get(
      '/contracts/:contractId',
      {
        onRequest: requireRole('buyer', 'supplier', 'auditor'),
        schema: {
          operationId: 'getContract',
          summary: 'Read a contract, its performance clauses, their reports and whether each is met',
          description:
            'The contract with its performance clauses, every report made on them and whether each clause is met so far. The buyer organisation and the supplier of the contract read it, and auditors; any other caller gets 404. Roles: buyer, supplier, auditor.',
          tags: ['contracts'],
          security,
          params: Type.Object({ contractId: Uuid }, { additionalProperties: false }),
          response: { 200: Ref(Contract), ...problemResponses(assessmentProblems.CONTRACT_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => present(request.actor, request.params.contractId),
    )

    app.post(
      '/contracts/:contractId/clauses/:clauseId/reports',
      {
        onRequest: requireRole('supplier', 'buyer'),
        schema: {
          operationId: 'reportPerformance',
          summary: 'Report on a performance clause for a period (units collected, reused, recycled, sanitised, repairs, spare parts; where measured, end of use, mass, recovered metals, data-centre metrics)',
          description: 'A report gives the figures its clause measures and leaves the others out. A second report of the same clause and period is a correction: it replaces the first and is audited as performance.corrected.',
          tags: ['contracts'],
          security,
          params: Type.Object({ contractId: Uuid, clauseId: Uuid }, { additionalProperties: false }),
          headers: IdempotencyKeyHeaders,
          body: withExamples(CreatePerformanceReport, [
            {
              periodStart: '2027-01-01',
              periodEnd: '2027-12-31',
              responses: [{ requirementId: 'CPC2.report', value: true }],
              figures: {
                unitsCollected: 240,
                unitsReused: 180,
                unitsRecycled: 60,
                unitsSanitised: 240,
                sanitisationCertificates: 240,
                repairs: 31,
                sparePartsDelivered: 57,
                unitsReachedEndOfUse: 260,
                massCollectedKg: 396,
                massToCertifiedRecyclersKg: 99,
                recoveredMetalsG: { gold: 9.6, silver: 31.2, palladium: 3.1 },
              },
            },
            {
              periodStart: '2027-01-01',
              periodEnd: '2027-12-31',
              responses: [{ requirementId: 'CPC5.reporting', value: true }],
              figures: {
                unitsCollected: 12,
                unitsReused: 10,
                unitsRecycled: 2,
                unitsSanitised: 12,
                sanitisationCertificates: 12,
                repairs: 4,
                sparePartsDelivered: 9,
                dataCentre: { pue: 1.3, ref: 0.8, erf: 0.1, wue: 0.4, serverUtilisation: null },
              },
            },
          ]),
          response: { 201: Ref(PerformanceReport), ...problemResponses(assessmentProblems.CLAUSE_NOT_FOUND, assessmentProblems.CONTRACT_NOT_FOUND, assessmentProblems.INCONSISTENT_FIGURES, assessmentProblems.INVALID_REPORT, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { contractId, clauseId } = request.params
        const row = await reportPerformance(db, request.actor, contractId, clauseId, request.body)
        reply.code(201)
        return toPerformanceReport(row)
      },
    )
  }
}
