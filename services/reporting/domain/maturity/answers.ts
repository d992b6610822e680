import type { QuestionnaireItem } from './self-assessment-questionnaire.ts'

export type AnswerValue = number | 'notApplicable'

export interface MaturityAnswer {
  itemId: string
  value: AnswerValue
}

export type AnswerProblemCode = 'unknownItem' | 'duplicateAnswer' | 'valueOutOfScale' | 'notApplicableNotAllowed'

// Paths are JSON Pointers into the submitted answers, ready for a problem+json `errors` list.
export interface AnswerProblem {
  path: string
  code: AnswerProblemCode
  message: string
}

export function validateAnswers(
  answers: readonly MaturityAnswer[],
  items: readonly QuestionnaireItem[],
): AnswerProblem[] {
  const itemsById = new Map(items.map((item) => [item.id, item]))
  const seen = new Set<string>()
  return answers.flatMap((answer, index): AnswerProblem[] => {
    const item = itemsById.get(answer.itemId)
    if (item === undefined) {
      return [{ path: `/answers/${index}/itemId`, code: 'unknownItem', message: `no questionnaire item ${answer.itemId}` }]
    }
    if (seen.has(item.id)) {
      return [{ path: `/answers/${index}/itemId`, code: 'duplicateAnswer', message: `item ${item.id} answered more than once` }]
    }
    seen.add(item.id)
    return valueProblems(answer.value, item).map((problem) => ({ ...problem, path: `/answers/${index}/value` }))
  })
}

function valueProblems(value: AnswerValue, item: QuestionnaireItem): Omit<AnswerProblem, 'path'>[] {
  if (value === 'notApplicable') {
    return item.notApplicableAllowed
      ? []
      : [{ code: 'notApplicableNotAllowed', message: `item ${item.id} applies to every buyer` }]
  }
  if (item.scale.some((stage) => stage.value === value)) return []
  const values = item.scale.map((stage) => stage.value).join(', ')
  return [{ code: 'valueOutOfScale', message: `item ${item.id} takes one of ${values} or notApplicable where allowed` }]
}
