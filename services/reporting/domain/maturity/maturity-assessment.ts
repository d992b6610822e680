import { weightedMean } from '../weighted-mean.ts'
import { validateAnswers } from './answers.ts'
import type { AnswerProblem, MaturityAnswer } from './answers.ts'
import { DEFAULT_RECOMMEND_BELOW_STAGE, recommendNextSteps } from './recommendations.ts'
import type { Recommendation } from './recommendations.ts'
import { LEVEL_NAMES, QUESTIONNAIRE_ITEMS, SELF_ASSESSMENT, STAGE_SCALE } from './self-assessment-questionnaire.ts'
import type { MaturityLevel, QuestionnaireItem, ScaleStage } from './self-assessment-questionnaire.ts'

export interface LevelScore {
  level: MaturityLevel
  name: string
  itemCount: number
  answeredCount: number
  notApplicableCount: number
  meanStage: number | null
  // mean stage ÷ top stage × 100 (docs/sources.md#maturity-questionnaire)
  score: number | null
  // floor of the mean stage, as the SSC-MM pattern places an organisation
  stage: ScaleStage | null
}

export interface MaturityAssessment {
  questionnaire: { id: string; version: string; title: string }
  levels: LevelScore[]
  overall: { score: number | null; levelsScored: number; weights: Readonly<Record<MaturityLevel, number>> }
  // false while any applicable item is unanswered: scores then rest on part of the questionnaire
  complete: boolean
  recommendations: Recommendation[]
}

export type MaturityOutcome = { ok: true; assessment: MaturityAssessment } | { ok: false; problems: AnswerProblem[] }

export interface MaturityOptions {
  levelWeights: Readonly<Record<MaturityLevel, number>>
  recommendBelowStage: number
}

export const DEFAULT_MATURITY_OPTIONS: MaturityOptions = {
  levelWeights: { 1: 1, 2: 1, 3: 1 },
  recommendBelowStage: DEFAULT_RECOMMEND_BELOW_STAGE,
}

const TOP_STAGE = Math.max(...STAGE_SCALE.map((s) => s.value))

export function assessMaturity(
  answers: readonly MaturityAnswer[],
  options: MaturityOptions = DEFAULT_MATURITY_OPTIONS,
  items: readonly QuestionnaireItem[] = QUESTIONNAIRE_ITEMS,
): MaturityOutcome {
  const problems = validateAnswers(answers, items)
  if (problems.length > 0) return { ok: false, problems }

  const levels = ([1, 2, 3] as const).map((level) =>
    scoreLevel(
      level,
      items.filter((item) => item.level === level),
      answers,
    ),
  )
  return {
    ok: true,
    assessment: {
      questionnaire: SELF_ASSESSMENT,
      levels,
      overall: {
        score: weightedMean(levels.map((l) => ({ value: l.score, weight: options.levelWeights[l.level] }))),
        levelsScored: levels.filter((l) => l.score !== null).length,
        weights: options.levelWeights,
      },
      complete: levels.every((l) => l.answeredCount + l.notApplicableCount === l.itemCount),
      recommendations: recommendNextSteps(items, answers, options.recommendBelowStage),
    },
  }
}

// Unanswered items are unknown, not "not in place": they are left out of the mean and show up
// in answeredCount and in the recommendations instead of dragging the score to zero.
function scoreLevel(level: MaturityLevel, items: readonly QuestionnaireItem[], answers: readonly MaturityAnswer[]): LevelScore {
  const ids = new Set(items.map((item) => item.id))
  const relevant = answers.filter((a) => ids.has(a.itemId))
  const stages = relevant.flatMap((a) => (a.value === 'notApplicable' ? [] : [a.value]))
  const meanStage = stages.length === 0 ? null : stages.reduce((sum, s) => sum + s, 0) / stages.length
  return {
    level,
    name: LEVEL_NAMES[level],
    itemCount: items.length,
    answeredCount: stages.length,
    notApplicableCount: relevant.length - stages.length,
    meanStage,
    score: meanStage === null ? null : (meanStage / TOP_STAGE) * 100,
    stage: meanStage === null ? null : (STAGE_SCALE.find((s) => s.value === Math.floor(meanStage)) ?? null),
  }
}
