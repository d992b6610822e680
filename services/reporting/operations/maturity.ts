import type { Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
import { recordAudit } from '../../kernel/audit.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { reportingProblems } from '../problems.ts'
import { assessMaturity } from '../domain/maturity/maturity-assessment.ts'
import { LEVEL_NAMES, QUESTIONNAIRE_ITEMS, SELF_ASSESSMENT, STAGE_SCALE } from '../domain/maturity/self-assessment-questionnaire.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { insertMaturityAssessment, listMaturityAssessments, type MaturityRow } from '../repositories/maturity-assessments.ts'
import type { MaturityAnswers, MaturityAssessment } from '../schemas/maturity.ts'
import { assertMayReadBuyer, assertOwnBuyer } from './buyer-access.ts'

type Db = Kysely<ReportingDatabase>

export const questionnaire = {
  ...SELF_ASSESSMENT,
  levels: ([1, 2, 3] as const).map((level) => ({ level, name: LEVEL_NAMES[level] })),
  scale: [...STAGE_SCALE],
  items: QUESTIONNAIRE_ITEMS.map(({ id, level, text, sources, notApplicableAllowed }) => ({ id, level, text, sources: [...sources], notApplicableAllowed })),
}

export function toMaturityAssessment(row: MaturityRow): MaturityAssessment {
  return { id: row.id, buyerId: row.buyer_id, createdAt: row.created_at.toISOString(), answers: row.answers as MaturityAssessment['answers'], result: row.result as MaturityAssessment['result'] }
}

/** Scores the answers with the domain and keeps them; answers the domain refuses are a 422 naming each. */
export async function submitMaturityAssessment(db: Db, actor: Actor, buyerId: string, body: MaturityAnswers): Promise<MaturityRow> {
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

/** Newest first, one more than the page so the caller knows whether another page follows. */
export async function listBuyerMaturityAssessments(db: Db, actor: Actor, buyerId: string, after: { createdAt: string; id: string } | null, limit: number): Promise<MaturityRow[]> {
  await assertMayReadBuyer(db, actor, buyerId)
  return listMaturityAssessments(db, buyerId, after, limit)
}

export async function latestMaturityAssessment(db: Db, actor: Actor, buyerId: string): Promise<MaturityRow> {
  await assertMayReadBuyer(db, actor, buyerId)
  const [latest] = await listMaturityAssessments(db, buyerId, null, 1)
  if (!latest) throw new ProblemError(reportingProblems.MATURITY_ASSESSMENT_NOT_FOUND, `Buyer ${buyerId} has not submitted a self-assessment yet.`)
  return latest
}
