import { Type, type Static } from 'typebox'
import { Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'

const exampleQuestionnaire = {"id":"circular-ict-procurement-self-assessment","version":"1.0.0","title":"Circular ICT procurement self-assessment (this building block’s own questionnaire, organised by the three levels of guidance of the ITU guide; not an ITU publication)","levels":[{"level":1,"name":"Policy and strategy"},{"level":2,"name":"Creating the conditions"},{"level":3,"name":"Embedding circularity and sustainability into procurement processes"}],"scale":[{"value":0,"label":"Not in place","description":"Nothing exists yet."},{"value":1,"label":"Planned / ad hoc","description":"Planned, or done now and then without a documented approach."},{"value":2,"label":"Defined","description":"Documented and approved."},{"value":3,"label":"Implemented","description":"Used in most relevant ICT procurements; evidence exists."},{"value":4,"label":"Monitored & improving","description":"Measured against targets and reviewed at least yearly."}],"items":[{"id":"P1.1","level":1,"text":"A circular & sustainable ICT procurement policy exists and is formally approved","sources":["ITU guide, level of guidance 1","ITU Academy course, learning outcome 1","ITU-T L.1061 clause 8.1 (policy)","SDG indicator 12.7.1, item A.1"],"notApplicableAllowed":false},{"id":"P1.2","level":1,"text":"The policy is publicly available","sources":["ITU Academy course, learning outcome 3"],"notApplicableAllowed":false},{"id":"P1.3","level":1,"text":"ICT circularity goals are aligned with national/organisational policies (climate, e-waste, digital/GovStack strategy)","sources":["ITU Academy course, learning outcome 1","OECD: GPP linked to environmental commitments"],"notApplicableAllowed":false}]}

const exampleAnswers = [{"itemId":"P1.1","value":4},{"itemId":"P1.2","value":3},{"itemId":"P1.3","value":3},{"itemId":"P1.4","value":3},{"itemId":"P1.5","value":2},{"itemId":"P1.6","value":3},{"itemId":"P1.7","value":3},{"itemId":"P1.8","value":3},{"itemId":"C2.1","value":3},{"itemId":"C2.2","value":3},{"itemId":"C2.3","value":3},{"itemId":"C2.4","value":3},{"itemId":"C2.5","value":3},{"itemId":"C2.6","value":3},{"itemId":"C2.7","value":3},{"itemId":"C2.8","value":3},{"itemId":"C2.9","value":3},{"itemId":"C2.10","value":3},{"itemId":"C2.11","value":3},{"itemId":"P3.1","value":3},{"itemId":"P3.2","value":3},{"itemId":"P3.3","value":3},{"itemId":"P3.4","value":3},{"itemId":"P3.5","value":3},{"itemId":"P3.6","value":3},{"itemId":"P3.7","value":3},{"itemId":"P3.8","value":3},{"itemId":"P3.9","value":3},{"itemId":"P3.10","value":3},{"itemId":"P3.11","value":3},{"itemId":"P3.12","value":3}]

// Scored by assessMaturity: every item at stage 3 but P1.1 (4) and P1.5 (2), the one below the recommendation threshold.
const exampleResult = {"questionnaire":{"id":"circular-ict-procurement-self-assessment","version":"1.0.0","title":"Circular ICT procurement self-assessment (this building block’s own questionnaire, organised by the three levels of guidance of the ITU guide; not an ITU publication)"},"levels":[{"level":1,"name":"Policy and strategy","itemCount":8,"answeredCount":8,"notApplicableCount":0,"meanStage":3,"score":75,"stage":{"value":3,"label":"Implemented","description":"Used in most relevant ICT procurements; evidence exists."}},{"level":2,"name":"Creating the conditions","itemCount":11,"answeredCount":11,"notApplicableCount":0,"meanStage":3,"score":75,"stage":{"value":3,"label":"Implemented","description":"Used in most relevant ICT procurements; evidence exists."}},{"level":3,"name":"Embedding circularity and sustainability into procurement processes","itemCount":12,"answeredCount":12,"notApplicableCount":0,"meanStage":3,"score":75,"stage":{"value":3,"label":"Implemented","description":"Used in most relevant ICT procurements; evidence exists."}}],"overall":{"score":75,"levelsScored":3,"weights":{"1":1,"2":1,"3":1}},"complete":true,"recommendations":[{"priority":1,"itemId":"P1.5","level":1,"levelName":"Policy and strategy","item":"Measurement indicators defined and progress tracked/reported at least yearly","kind":"improve","currentStage":2,"nextStage":{"value":3,"label":"Implemented","description":"Used in most relevant ICT procurements; evidence exists."},"action":"Move to \"Implemented\" (Used in most relevant ICT procurements; evidence exists.) on: Measurement indicators defined and progress tracked/reported at least yearly","sources":["ITU Academy course, learning outcome 2","SDG indicator 12.7.1, items E.1 and E.3","OECD/SIGMA, share of green public procurement"]}]}

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
  { $id: 'MaturityQuestionnaire', additionalProperties: false, examples: [exampleQuestionnaire] },
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
  { $id: 'MaturityResult', additionalProperties: false, examples: [exampleResult] },
)

export const exampleMaturityAssessment = { id: '5d0c6f7e-2b1a-4c3d-8e9f-0a1b2c3d4e5f', buyerId: 'MINFIN', createdAt: '2026-11-26T10:00:00.000Z', answers: exampleAnswers, result: exampleResult }

export const MaturityAssessment = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    buyerId: Type.String(),
    createdAt: Timestamp,
    answers: Type.Array(Ref(MaturityAnswer)),
    result: Ref(MaturityResult),
  },
  { $id: 'MaturityAssessment', additionalProperties: false, examples: [exampleMaturityAssessment] },
)
export type MaturityAssessment = Static<typeof MaturityAssessment>

export const maturitySchemas = [Stage, Questionnaire, MaturityAnswer, MaturityResult, MaturityAssessment]
