import type { Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
import { recordAudit } from '../../kernel/audit.ts'
import { decodeCursor, type CursorKey } from '../../kernel/pagination.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { reportingProblems } from '../problems.ts'
import { assessMaturity } from '../domain/maturity/maturity-assessment.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { insertMaturityAssessment, listMaturityAssessments, type MaturityRecord } from '../repositories/maturity-assessments.ts'
import { UUID } from '../schemas/common.ts'
import type { MaturityAnswers } from '../schemas/maturity.ts'
import { assertMayReadBuyer, assertOwnBuyer } from './buyer-access.ts'

type Db = Kysely<ReportingDatabase>

/** Scores the answers with the domain and keeps them; answers the domain refuses are a 422 naming each. */
export async function submitMaturityAssessment(db: Db, actor: Actor, buyerId: string, body: MaturityAnswers): Promise<MaturityRecord> {
  assertOwnBuyer(actor, buyerId)
  const outcome = assessMaturity(body.answers)
  if (!outcome.ok) {
    const errors = outcome.problems.map((p) => ({ path: `body${p.path}`, message: p.message }))
    throw new ProblemError(reportingProblems.INVALID_MATURITY_ANSWERS, errors.map((e) => `${e.path} ${e.message}`).join('; '), errors)
  }
  return db.transaction().execute(async (trx) => {
    const row = await insertMaturityAssessment(trx, buyerId, body.answers, outcome.assessment)
    await recordAudit(trx, actor, {
      action: 'maturityAssessment.submitted',
      entityType: 'maturityAssessment',
      entityId: row.id,
      details: { buyerId, overallScore: outcome.assessment.overall.score, complete: outcome.assessment.complete },
    })
    return row
  })
}

const isCursor = ([at, id]: CursorKey) => typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && UUID.test(id)

/** Newest first after the cursor, one more than the page so the caller knows whether another page follows. */
export async function listBuyerMaturityAssessments(db: Db, actor: Actor, buyerId: string, cursor: string | undefined, limit: number): Promise<MaturityRecord[]> {
  await assertMayReadBuyer(db, actor, buyerId)
  const after = decodeCursor(cursor, 2, isCursor)
  return listMaturityAssessments(db, buyerId, after ? { createdAt: String(after[0]), id: String(after[1]) } : null, limit)
}

export async function latestMaturityAssessment(db: Db, actor: Actor, buyerId: string): Promise<MaturityRecord> {
  await assertMayReadBuyer(db, actor, buyerId)
  const [latest] = await listMaturityAssessments(db, buyerId, null, 1)
  if (!latest) throw new ProblemError(reportingProblems.MATURITY_ASSESSMENT_NOT_FOUND, `Buyer ${buyerId} has not submitted a self-assessment yet.`)
  return latest
}
