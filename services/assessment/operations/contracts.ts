import type { Kysely } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { userOf, type Actor } from '../../kernel/actor.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { assessmentProblems } from '../problems.ts'
import { assessClauseReport } from '../domain/performance.ts'
import { recordEvent } from '../events/outbox.ts'
import { awardWithProcurement } from '../repositories/awards.ts'
import { clausesWithReports, contractOfAward, findClause, findContract, insertClauses, insertContract, insertReport, replaceReport, reportOfPeriod } from '../repositories/contracts.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'
import type { CreatePerformanceReport } from '../schemas/contract.ts'

type Db = Kysely<AssessmentDatabase>

/** The buyer signs the contract of an award; the tender's performance clauses become the contract's. */
export async function createContract(db: Db, actor: Actor, awardId: string, body: { signedOn: string; endsOn: string | null }) {
  const principal = userOf(actor)
  return db.transaction().execute(async (trx) => {
    const award = await awardWithProcurement(trx, awardId)
    if (!award || award.buyer_organisation_id !== principal.organisationId) throw new ProblemError(assessmentProblems.AWARD_NOT_FOUND, `Award ${awardId} does not exist.`)
    if (body.endsOn !== null && body.endsOn < body.signedOn) {
      throw new ProblemError(assessmentProblems.INVALID_CONTRACT, 'The contract cannot end before it is signed.', [{ path: 'body/endsOn', message: 'must not be before signedOn' }])
    }
    const existing = await contractOfAward(trx, awardId)
    if (existing) throw new ProblemError(assessmentProblems.CONTRACT_EXISTS, `Award ${awardId} already has contract ${existing.id}.`)
    const contract = await insertContract(trx, { awardId, procurementId: award.procurement_id, supplierId: award.supplier_id, signedOn: body.signedOn, endsOn: body.endsOn })
    const clauses = award.evaluation_criteria.performanceClauses
    await insertClauses(trx, contract.id, clauses.map((c) => ({ criterionId: c.criterionId, title: c.title, targets: c.requirements })))
    await recordAudit(trx, actor, { action: 'contract.signed', entityType: 'contract', entityId: contract.id, details: { awardId } })
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
 * other are refused. A second report of the same clause and period is a correction: it replaces
 * the first, is audited as one, and goes out on the feed again so reporting replaces it too.
 */
export async function reportPerformance(db: Db, actor: Actor, contractId: string, clauseId: string, body: CreatePerformanceReport) {
  const principal = userOf(actor)
  return db.transaction().execute(async (trx) => {
    const contract = await findContract(trx, contractId, principal)
    // Reading is wider than writing: an auditor sees every contract but reports on none, so the
    // right to report is the contract's own buyer organisation or its own supplier.
    const mayReport =
      contract !== undefined &&
      ((principal.roles.includes('buyer') && contract.buyer_organisation_id === principal.organisationId) ||
        (principal.roles.includes('supplier') && contract.supplier_id === principal.supplierId))
    if (!contract || !mayReport) throw new ProblemError(assessmentProblems.CONTRACT_NOT_FOUND, `Contract ${contractId} does not exist.`)
    const clause = await findClause(trx, contractId, clauseId)
    if (!clause) throw new ProblemError(assessmentProblems.CLAUSE_NOT_FOUND, `Contract ${contractId} has no clause ${clauseId}.`)
    if (body.periodEnd < body.periodStart) throw new ProblemError(assessmentProblems.INVALID_REPORT, 'The period ends before it starts.', [{ path: 'body/periodEnd', message: 'must not be before periodStart' }])
    if (body.periodStart < contract.signed_on) {
      throw new ProblemError(assessmentProblems.INVALID_REPORT, 'The period starts before the contract was signed.', [{ path: 'body/periodStart', message: `must not be before ${contract.signed_on}` }])
    }
    const assessment = assessClauseReport(clause.targets, body.responses, body.figures)
    if (assessment.figureProblems.length > 0) {
      const errors = assessment.figureProblems.map((p) => ({ path: `body${p.path}`, message: p.message }))
      throw new ProblemError(assessmentProblems.INCONSISTENT_FIGURES, errors.map((e) => `${e.path} ${e.message}`).join('; '), errors)
    }
    const earlier = await reportOfPeriod(trx, clauseId, { start: body.periodStart, end: body.periodEnd })
    const row = earlier
      ? await replaceReport(trx, earlier.id, { figures: body.figures, met: assessment.met, assessment })
      : await insertReport(trx, { clauseId, periodStart: body.periodStart, periodEnd: body.periodEnd, figures: body.figures, met: assessment.met, assessment })
    const action = earlier ? 'performance.corrected' : 'performance.reported'
    await recordAudit(trx, actor, { action, entityType: 'contract', entityId: contractId, details: { clauseId, reportId: row.id, met: assessment.met } })
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

/** A contract its buyer organisation, its supplier or an auditor may read, with every clause and report. */
export async function readContract(db: Db, actor: Actor, contractId: string) {
  const row = await findContract(db, contractId, userOf(actor))
  if (!row) throw new ProblemError(assessmentProblems.CONTRACT_NOT_FOUND, `Contract ${contractId} does not exist.`)
  return { row, clauses: await clausesWithReports(db, contractId) }
}
