import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { userOf } from '../../kernel/actor.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { assessmentProblems } from '../problems.ts'
import { assessClauseReport } from '../domain/performance.ts'
import type { TenderCriteria } from '../domain/tender-criteria.ts'
import type { Requirement } from '../domain/types.ts'
import { recordEvent } from '../events/outbox.ts'
import { findContract } from '../repositories/contracts.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'
import type { CreatePerformanceReport } from '../schemas/contract.ts'

type Db = Kysely<AssessmentDatabase>

/** The buyer signs the contract of an award; the tender's performance clauses become the contract's. */
export async function createContract(db: Db, request: FastifyRequest, awardId: string, body: { signedOn: string; endsOn: string | null }) {
  const principal = userOf(request.actor)
  return db.transaction().execute(async (trx) => {
    const award = await trx
      .selectFrom('awards')
      .innerJoin('procurements', 'procurements.id', 'awards.procurement_id')
      .selectAll('awards')
      .select(['procurements.buyer_organisation_id', 'procurements.evaluation_criteria'])
      .where('awards.id', '=', awardId)
      .executeTakeFirst()
    if (!award || award.buyer_organisation_id !== principal.organisationId) throw new ProblemError(assessmentProblems.AWARD_NOT_FOUND, `Award ${awardId} does not exist.`)
    if (body.endsOn !== null && body.endsOn < body.signedOn) {
      throw new ProblemError(assessmentProblems.INVALID_CONTRACT, 'The contract cannot end before it is signed.', [{ path: 'body/endsOn', message: 'must not be before signedOn' }])
    }
    const existing = await trx.selectFrom('contracts').select('id').where('award_id', '=', awardId).executeTakeFirst()
    if (existing) throw new ProblemError(assessmentProblems.CONTRACT_EXISTS, `Award ${awardId} already has contract ${existing.id}.`)
    const contract = await trx
      .insertInto('contracts')
      .values({ award_id: awardId, procurement_id: award.procurement_id, supplier_id: award.supplier_id, signed_on: body.signedOn, ends_on: body.endsOn })
      .returningAll()
      .executeTakeFirstOrThrow()
    const clauses = (award.evaluation_criteria as TenderCriteria).performanceClauses
    if (clauses.length > 0) {
      await trx
        .insertInto('performance_clauses')
        .values(clauses.map((c) => ({ contract_id: contract.id, criterion_id: c.criterionId, title: c.title, targets: JSON.stringify(c.requirements) })))
        .execute()
    }
    await recordAudit(trx, request.actor, { action: 'contract.signed', entityType: 'contract', entityId: contract.id, details: { awardId } })
    await recordEvent(trx, 'contract.signed', `contracts/${contract.id}`, {
      contractId: contract.id,
      awardId,
      procurementId: award.procurement_id,
      lotId: award.lot_id,
      supplierId: award.supplier_id,
      signedOn: body.signedOn,
      endsOn: body.endsOn,
      clauses: clauses.map((c) => c.criterionId),
    })
    return contract
  })
}

/**
 * The contracted supplier (or the buyer) reports on a clause for a period. Whether the clause is
 * met is computed from the clause's requirements, never declared; figures that contradict each
 * other are refused.
 */
export async function reportPerformance(db: Db, request: FastifyRequest, contractId: string, clauseId: string, body: CreatePerformanceReport) {
  const principal = userOf(request.actor)
  return db.transaction().execute(async (trx) => {
    const contract = await findContract(trx, contractId, principal)
    // Reading is wider than writing: an auditor sees every contract but reports on none, so the
    // right to report is the contract's own buyer organisation or its own supplier.
    const mayReport =
      contract !== undefined &&
      ((principal.roles.includes('buyer') && contract.buyer_organisation_id === principal.organisationId) ||
        (principal.roles.includes('supplier') && contract.supplier_id === principal.supplierId))
    if (!contract || !mayReport) throw new ProblemError(assessmentProblems.CONTRACT_NOT_FOUND, `Contract ${contractId} does not exist.`)
    const clause = await trx.selectFrom('performance_clauses').selectAll().where('id', '=', clauseId).where('contract_id', '=', contractId).executeTakeFirst()
    if (!clause) throw new ProblemError(assessmentProblems.CLAUSE_NOT_FOUND, `Contract ${contractId} has no clause ${clauseId}.`)
    if (body.periodEnd < body.periodStart) throw new ProblemError(assessmentProblems.INVALID_REPORT, 'The period ends before it starts.', [{ path: 'body/periodEnd', message: 'must not be before periodStart' }])
    if (body.periodStart < contract.signed_on) {
      throw new ProblemError(assessmentProblems.INVALID_REPORT, 'The period starts before the contract was signed.', [{ path: 'body/periodStart', message: `must not be before ${contract.signed_on}` }])
    }
    const assessment = assessClauseReport(clause.targets as Requirement[], body.responses, body.figures)
    if (assessment.figureProblems.length > 0) {
      const errors = assessment.figureProblems.map((p) => ({ path: `body${p.path}`, message: p.message }))
      throw new ProblemError(assessmentProblems.INCONSISTENT_FIGURES, errors.map((e) => `${e.path} ${e.message}`).join('; '), errors)
    }
    const duplicate = await trx
      .selectFrom('performance_reports')
      .select('id')
      .where('clause_id', '=', clauseId)
      .where('period_start', '=', body.periodStart)
      .where('period_end', '=', body.periodEnd)
      .executeTakeFirst()
    if (duplicate) throw new ProblemError(assessmentProblems.REPORT_EXISTS, `Clause ${clauseId} already has report ${duplicate.id} for this period.`)
    const row = await trx
      .insertInto('performance_reports')
      .values({ clause_id: clauseId, period_start: body.periodStart, period_end: body.periodEnd, figures: JSON.stringify(body.figures), met: assessment.met, assessment: JSON.stringify(assessment) })
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordAudit(trx, request.actor, { action: 'performance.reported', entityType: 'contract', entityId: contractId, details: { clauseId, met: assessment.met } })
    await recordEvent(trx, 'performance.reported', `contracts/${contractId}`, {
      contractId,
      procurementId: contract.procurement_id,
      supplierId: contract.supplier_id,
      criterionId: clause.criterion_id,
      periodStart: body.periodStart,
      periodEnd: body.periodEnd,
      figures: body.figures,
      met: assessment.met,
    })
    return row
  })
}
