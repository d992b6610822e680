import t from 'tap'
import type { MaturityAnswer } from '../../../services/reporting/domain/maturity/answers.ts'
import { assessMaturity } from '../../../services/reporting/domain/maturity/maturity-assessment.ts'
import type { MaturityAssessment, MaturityOptions } from '../../../services/reporting/domain/maturity/maturity-assessment.ts'
import { QUESTIONNAIRE_ITEMS } from '../../../services/reporting/domain/maturity/self-assessment-questionnaire.ts'

function assessed(answers: readonly MaturityAnswer[], options?: MaturityOptions): MaturityAssessment {
  const outcome = assessMaturity(answers, options)
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems))
  return outcome.assessment
}

const answerLevel = (level: number, value: number): MaturityAnswer[] =>
  QUESTIONNAIRE_ITEMS.filter((i) => i.level === level).map((i) => ({ itemId: i.id, value }))

t.test('score per level is mean stage ÷ 4 × 100; stage is the floor of the mean (docs/sources.md#maturity-questionnaire)', async (t) => {
  const assessment = assessed([
    ...answerLevel(1, 2),
    ...answerLevel(2, 3),
    ...QUESTIONNAIRE_ITEMS.filter((i) => i.level === 3).map((i, n) => ({ itemId: i.id, value: n % 2 === 0 ? 3 : 2 })),
  ])
  const [policy, conditions, processes] = assessment.levels
  t.equal(policy?.score, 50)
  t.equal(policy?.stage?.label, 'Defined')
  t.equal(conditions?.score, 75)
  t.equal(conditions?.stage?.label, 'Implemented')
  t.equal(processes?.meanStage, 2.5)
  t.equal(processes?.stage?.label, 'Defined', '2.5 rounds down')
  t.equal(assessment.overall.score, (50 + 75 + 62.5) / 3)
  t.equal(assessment.complete, true)
})

t.test('level weights are configurable', async (t) => {
  const assessment = assessed([...answerLevel(1, 4), ...answerLevel(2, 0), ...answerLevel(3, 0)], {
    levelWeights: { 1: 2, 2: 1, 3: 1 },
    recommendBelowStage: 3,
  })
  t.equal(assessment.overall.score, 50)
})

t.test('no answers: nothing scored, everything to assess', async (t) => {
  const assessment = assessed([])
  t.same(assessment.levels.map((l) => l.score), [null, null, null])
  t.equal(assessment.overall.score, null)
  t.equal(assessment.overall.levelsScored, 0)
  t.equal(assessment.complete, false)
  t.equal(assessment.recommendations.length, 31)
  t.ok(assessment.recommendations.every((r) => r.kind === 'assess'))
})

t.test('unanswered items do not count as zero; partial answers are flagged incomplete', async (t) => {
  const assessment = assessed([{ itemId: 'P1.1', value: 4 }])
  t.equal(assessment.levels[0]?.score, 100)
  t.equal(assessment.levels[0]?.answeredCount, 1)
  t.equal(assessment.overall.score, 100)
  t.equal(assessment.overall.levelsScored, 1)
  t.equal(assessment.complete, false)
})

t.test('not applicable answers leave the mean and still complete the questionnaire', async (t) => {
  const level3 = QUESTIONNAIRE_ITEMS.filter((i) => i.level === 3).map((i) => ({
    itemId: i.id,
    value: i.notApplicableAllowed ? ('notApplicable' as const) : 4,
  }))
  const assessment = assessed([...answerLevel(1, 4), ...answerLevel(2, 4), ...level3])
  t.equal(assessment.levels[2]?.score, 100)
  t.equal(assessment.levels[2]?.notApplicableCount, 3)
  t.equal(assessment.complete, true)
  t.same(assessment.recommendations, [])
})

t.test('recommendations: unanswered first, then lowest stage, then policy before processes', async (t) => {
  const stages = new Map<string, number>(QUESTIONNAIRE_ITEMS.map((i) => [i.id, 3]))
  stages.delete('C2.7')
  stages.set('P1.4', 1)
  stages.set('P3.1', 0)
  stages.set('C2.2', 1)
  const recommendations = assessed([...stages].map(([itemId, value]) => ({ itemId, value }))).recommendations
  t.same(
    recommendations.map((r) => [r.priority, r.itemId, r.kind, r.currentStage]),
    [
      [1, 'C2.7', 'assess', null],
      [2, 'P3.1', 'improve', 0],
      [3, 'P1.4', 'improve', 1],
      [4, 'C2.2', 'improve', 1],
    ],
  )
  t.equal(recommendations[1]?.nextStage?.label, 'Planned / ad hoc')
  t.match(recommendations[2]?.action, /Move to "Defined" \(Documented and approved\.\)/)
  t.same(recommendations[2]?.sources, ['ITU Academy course, learning outcome 2', 'SDG indicator 12.7.1, item E.2'])
})

t.test('invalid answers come back as problems, not exceptions', async (t) => {
  const answers = [
    { itemId: 'P9.9', value: 2 },
    { itemId: 'P1.1', value: 5 },
    { itemId: 'P1.2', value: 2.5 },
    { itemId: 'P1.3', value: 'notApplicable' as const },
    { itemId: 'P1.4', value: 1 },
    { itemId: 'P1.4', value: 2 },
    { itemId: 'P3.9', value: 'notApplicable' as const },
  ]
  let outcome: ReturnType<typeof assessMaturity> | undefined
  t.doesNotThrow(() => {
    outcome = assessMaturity(answers)
  })
  t.equal(outcome?.ok, false)
  if (outcome === undefined || outcome.ok) return
  t.same(
    outcome.problems.map((p) => [p.path, p.code]),
    [
      ['/answers/0/itemId', 'unknownItem'],
      ['/answers/1/value', 'valueOutOfScale'],
      ['/answers/2/value', 'valueOutOfScale'],
      ['/answers/3/value', 'notApplicableNotAllowed'],
      ['/answers/5/itemId', 'duplicateAnswer'],
    ],
  )
})
