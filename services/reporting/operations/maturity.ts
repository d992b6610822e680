import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { reportingProblems } from '../problems.ts'
import { assessMaturity } from '../domain/maturity/maturity-assessment.ts'
import { LEVEL_NAMES, QUESTIONNAIRE_ITEMS, SELF_ASSESSMENT, STAGE_SCALE } from '../domain/maturity/self-assessment-questionnaire.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { insertMaturityAssessment, type MaturityRow } from '../repositories/maturity-assessments.ts'
import type { MaturityAnswers, MaturityAssessment } from '../schemas/maturity.ts'
import { assertOwnBuyer } from './buyer-access.ts'

type Db = Kysely<ReportingDatabase>

export const questionnaire = {
  ...SELF_ASSESSMENT,
  levels: ([1, 2, 3] as const).map((level) => ({ level, name: LEVEL_NAMES[level] })),
  scale: STAGE_SCALE,
  items: QUESTIONNAIRE_ITEMS.map(({ id, level, text, sources, notApplicableAllowed }) => ({ id, level, text, sources: [...sources], notApplicableAllowed })),
}

export function toMaturityAssessment(row: MaturityRow): MaturityAssessment {
  return { id: row.id, buyerId: row.buyer_id, createdAt: row.created_at.toISOString(), answers: row.answers as MaturityAssessment['answers'], result: row.result as MaturityAssessment['result'] }
}

/** Scores the answers with the domain and keeps them; answers the domain refuses are a 422 naming each. */
export async function submitMaturityAssessment(db: Db, request: FastifyRequest, buyerId: string, body: MaturityAnswers): Promise<MaturityRow> {
  assertOwnBuyer(request, buyerId)
  const outcome = assessMaturity(body.answers)
  if (!outcome.ok) {
    const errors = outcome.problems.map((p) => ({ path: `body${p.path}`, message: p.message }))
    throw new ProblemError(reportingProblems.INVALID_MATURITY_ANSWERS, errors.map((e) => `${e.path} ${e.message}`).join('; '), errors)
  }
  return db.transaction().execute(async (trx) => {
    const row = await insertMaturityAssessment(trx, buyerId, body.answers, outcome.assessment)
    await recordAudit(trx, request.actor, {
      action: 'maturityAssessment.submitted',
      entityType: 'maturityAssessment',
      entityId: row.id,
      details: { buyerId, overallScore: outcome.assessment.overall.score, complete: outcome.assessment.complete },
    })
    return row
  })
}
