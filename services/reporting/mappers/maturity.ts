import { LEVEL_NAMES, QUESTIONNAIRE_ITEMS, SELF_ASSESSMENT, STAGE_SCALE } from '../domain/maturity/self-assessment-questionnaire.ts'
import type { MaturityRecord } from '../repositories/maturity-assessments.ts'
import type { MaturityAssessment } from '../schemas/maturity.ts'

export const questionnaire = {
  ...SELF_ASSESSMENT,
  levels: ([1, 2, 3] as const).map((level) => ({ level, name: LEVEL_NAMES[level] })),
  scale: [...STAGE_SCALE],
  items: QUESTIONNAIRE_ITEMS.map(({ id, level, text, sources, notApplicableAllowed }) => ({ id, level, text, sources: [...sources], notApplicableAllowed })),
}

export function toMaturityAssessment(record: MaturityRecord): MaturityAssessment {
  return { id: record.id, buyerId: record.buyerId, createdAt: record.createdAt.toISOString(), answers: record.answers as MaturityAssessment['answers'], result: record.result as MaturityAssessment['result'] }
}
