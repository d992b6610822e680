import type { FastifyRequest } from 'fastify'
import { sql, type Kysely, type Selectable } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { reportingProblems } from '../problems.ts'
import { assessMaturity } from '../domain/maturity/maturity-assessment.ts'
import { LEVEL_NAMES, QUESTIONNAIRE_ITEMS, SELF_ASSESSMENT, STAGE_SCALE } from '../domain/maturity/self-assessment-questionnaire.ts'
import type { MaturityAssessmentTable, ReportingDatabase } from '../repositories/database.ts'
import type { MaturityAnswers, MaturityAssessment } from '../schemas/maturity.ts'
import { assertOwnBuyer } from './buyer-access.ts'

type Db = Kysely<ReportingDatabase>
export type MaturityRow = Selectable<MaturityAssessmentTable>

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
    const row = await trx
      .insertInto('maturity_assessments')
      .values({ buyer_id: buyerId, answers: JSON.stringify(body.answers), result: JSON.stringify(outcome.assessment) })
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordAudit(trx, request.actor, {
      action: 'maturityAssessment.submitted',
      entityType: 'maturityAssessment',
      entityId: row.id,
      details: { buyerId, overallScore: outcome.assessment.overall.score, complete: outcome.assessment.complete },
    })
    return row
  })
}

// Ordered at the millisecond a cursor can carry, so a page boundary never falls inside a tie.
const createdMs = sql<Date>`date_trunc('milliseconds', created_at)`

/** Newest first: the latest self-assessment is what a buyer wants, the history is for trends. */
export async function listMaturityAssessments(db: Db, buyerId: string, after: { createdAt: string; id: string } | null, limit: number) {
  return db
    .selectFrom('maturity_assessments')
    .selectAll()
    .where('buyer_id', '=', buyerId)
    .$if(after !== null, (q) => q.where(sql<boolean>`(${createdMs}, id) < (${after!.createdAt}::timestamptz, ${after!.id}::uuid)`))
    .orderBy(createdMs, 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute()
}
