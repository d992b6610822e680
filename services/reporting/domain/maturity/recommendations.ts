import type { MaturityAnswer } from './answers.ts'
import { LEVEL_NAMES } from './self-assessment-questionnaire.ts'
import type { MaturityLevel, QuestionnaireItem, ScaleStage } from './self-assessment-questionnaire.ts'

// Stage 3 ("Implemented") is where a practice is actually used in ICT procurements; below it,
// an item is a gap worth acting on.
export const DEFAULT_RECOMMEND_BELOW_STAGE = 3

interface Gap {
  item: QuestionnaireItem
  order: number
  stage: number | null
  nextStage: ScaleStage | null
}

export interface Recommendation {
  priority: number
  itemId: string
  level: MaturityLevel
  levelName: string
  item: string
  kind: 'assess' | 'improve'
  currentStage: number | null
  nextStage: ScaleStage | null
  action: string
  sources: readonly string[]
}

// Order: unanswered items first (a gap cannot be ranked until it is known), then the lowest
// stage, then policy before conditions before processes, since the policy "sets the guiding
// principles and goals" the other levels serve (ITU guide landing page).
export function recommendNextSteps(
  items: readonly QuestionnaireItem[],
  answers: readonly MaturityAnswer[],
  recommendBelowStage: number = DEFAULT_RECOMMEND_BELOW_STAGE,
): Recommendation[] {
  const valueById = new Map(answers.map((a) => [a.itemId, a.value]))
  const gaps = items.flatMap((item, order): Gap[] => {
    const value = valueById.get(item.id)
    if (value === 'notApplicable') return []
    if (value === undefined) return [{ item, order, stage: null, nextStage: null }]
    const nextStage = item.scale.find((s) => s.value === value + 1)
    return value < recommendBelowStage && nextStage !== undefined ? [{ item, order, stage: value, nextStage }] : []
  })
  return gaps
    .sort((a, b) => (a.stage ?? -1) - (b.stage ?? -1) || a.item.level - b.item.level || a.order - b.order)
    .map(({ item, stage, nextStage }, index) => ({
      priority: index + 1,
      itemId: item.id,
      level: item.level,
      levelName: LEVEL_NAMES[item.level],
      item: item.text,
      kind: nextStage === null ? 'assess' : 'improve',
      currentStage: stage,
      nextStage,
      action:
        nextStage === null
          ? `Assess where you stand on: ${item.text}`
          : `Move to "${nextStage.label}" (${nextStage.description}) on: ${item.text}`,
      sources: item.sources,
    }))
}
