import { Type, type Static } from 'typebox'
import { Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'

const Level = Type.Integer({ minimum: 1, maximum: 3 })
const Stage = Type.Object({ value: Type.Integer(), label: Type.String(), description: Type.String() }, { $id: 'MaturityStage', additionalProperties: false })

export const Questionnaire = Type.Object(
  {
    id: Type.String(),
    version: Type.String(),
    title: Type.String(),
    levels: Type.Array(Type.Object({ level: Level, name: Type.String() }, { additionalProperties: false })),
    scale: Type.Array(Ref(Stage)),
    items: Type.Array(
      Type.Object(
        { id: Type.String(), level: Level, text: Type.String(), sources: Type.Array(Type.String()), notApplicableAllowed: Type.Boolean() },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'MaturityQuestionnaire', additionalProperties: false },
)

export const MaturityAnswer = Type.Object(
  {
    itemId: Type.String({ minLength: 1, maxLength: 20, examples: ['P1.1'] }),
    value: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Literal('notApplicable')], { description: 'A stage of the scale (0–4), or notApplicable where the item allows it.' }),
  },
  { $id: 'MaturityAnswer', additionalProperties: false },
)

export const MaturityAnswers = Type.Object(
  { answers: Type.Array(Ref(MaturityAnswer), { maxItems: 200, description: 'Unanswered items are left out of the scores and show up in the recommendations.' }) },
  { $id: 'MaturityAnswers', additionalProperties: false },
)
export type MaturityAnswers = Static<typeof MaturityAnswers>

const LevelScore = Type.Object(
  {
    level: Level,
    name: Type.String(),
    itemCount: Type.Integer(),
    answeredCount: Type.Integer(),
    notApplicableCount: Type.Integer(),
    meanStage: Nullable(Type.Number()),
    score: Nullable(Type.Number({ description: 'Mean stage as a share of the top stage, 0–100.' })),
    stage: Nullable(Ref(Stage)),
  },
  { additionalProperties: false },
)

const Recommendation = Type.Object(
  {
    priority: Type.Integer({ minimum: 1 }),
    itemId: Type.String(),
    level: Level,
    levelName: Type.String(),
    item: Type.String(),
    kind: StringEnum(['assess', 'improve'] as const),
    currentStage: Nullable(Type.Integer()),
    nextStage: Nullable(Ref(Stage)),
    action: Type.String(),
    sources: Type.Array(Type.String()),
  },
  { additionalProperties: false },
)

export const MaturityResult = Type.Object(
  {
    questionnaire: Type.Object({ id: Type.String(), version: Type.String(), title: Type.String() }, { additionalProperties: false }),
    levels: Type.Array(LevelScore),
    overall: Type.Object(
      { score: Nullable(Type.Number()), levelsScored: Type.Integer(), weights: Type.Object({ 1: Type.Number(), 2: Type.Number(), 3: Type.Number() }, { additionalProperties: false }) },
      { additionalProperties: false },
    ),
    complete: Type.Boolean({ description: 'false while an applicable item is unanswered.' }),
    recommendations: Type.Array(Recommendation, { description: 'What to do next, most pressing first.' }),
  },
  { $id: 'MaturityResult', additionalProperties: false },
)

export const MaturityAssessment = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    buyerId: Type.String(),
    createdAt: Timestamp,
    answers: Type.Array(Ref(MaturityAnswer)),
    result: Ref(MaturityResult),
  },
  { $id: 'MaturityAssessment', additionalProperties: false },
)
export type MaturityAssessment = Static<typeof MaturityAssessment>

export const maturitySchemas = [Stage, Questionnaire, MaturityAnswer, MaturityResult, MaturityAssessment]
