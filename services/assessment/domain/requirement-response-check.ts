import { isIsoDate } from './dates.ts'
import { ORDERED_SCALES } from './ordered-scales.ts'
import { formatNumber } from './rounding.ts'
import type {
  ProblemCode,
  ProblemKind,
  Requirement,
  RequirementResponse,
  ResponseProblem,
  ResponseValue,
} from './types.ts'

export type ResponsesById = ReadonlyMap<string, RequirementResponse>

/** Evaluation looks every answer up by requirement id, so this runs once per bid instead of a scan per requirement. */
export function indexResponses(responses: readonly RequirementResponse[]): ResponsesById {
  return new Map(responses.map((response) => [response.requirementId, response]))
}

/** Every requirement without an answer, so one submission error can name all of them at once. */
export function findMissingResponses(
  requirements: readonly Requirement[],
  responses: readonly RequirementResponse[],
): ResponseProblem[] {
  const answered = indexResponses(responses)
  return requirements.filter((requirement) => !answered.has(requirement.id)).map(missingResponse)
}

/** Problems with one answer; an empty list means the requirement is met. */
export function checkResponse(requirement: Requirement, response: RequirementResponse): ResponseProblem[] {
  const malformed = [typeProblem(requirement, response.value), unitProblem(requirement, response.unit ?? null)]
  const present = malformed.filter((problem): problem is ResponseProblem => problem !== null)
  if (present.length > 0) return present
  const unmet = thresholdProblem(requirement, response.value, response.unit ?? requirement.unit)
  return unmet === null ? [] : [unmet]
}

/** The problems of one requirement given a bid's indexed answers, a missing answer included. */
export function checkRequirement(requirement: Requirement, responsesById: ResponsesById): ResponseProblem[] {
  const response = responsesById.get(requirement.id)
  return response === undefined ? [missingResponse(requirement)] : checkResponse(requirement, response)
}

/** One line naming each problem's requirement, for reasons and breakdowns read by people. */
export function explainProblems(problems: readonly ResponseProblem[]): string {
  return problems.map((problem) => `${problem.requirementId}: ${problem.message}`).join('; ')
}

function missingResponse(requirement: Requirement): ResponseProblem {
  return problem(requirement, '', 'MISSING_RESPONSE', 'malformed', `no answer to requirement ${requirement.id}`)
}

function typeProblem(requirement: Requirement, value: ResponseValue): ResponseProblem | null {
  const wrongType = (expected: string) =>
    problem(requirement, '/value', 'WRONG_TYPE', 'malformed', `expected ${expected}, got ${describe(value)}`)
  switch (requirement.dataType) {
    case 'boolean':
      return typeof value === 'boolean' ? null : wrongType('true or false')
    case 'number':
      return isFiniteNumber(value) ? null : wrongType('a number')
    case 'integer':
      if (!isFiniteNumber(value)) return wrongType('an integer')
      return Number.isInteger(value)
        ? null
        : problem(requirement, '/value', 'NOT_AN_INTEGER', 'malformed', `${value} is not a whole number`)
    case 'itemList':
      return listProblem(requirement, value)
    case 'string':
    case 'enum':
      if (typeof value !== 'string') return wrongType('text')
      return value.trim() === ''
        ? problem(requirement, '/value', 'EMPTY_VALUE', 'malformed', 'the answer is empty')
        : null
    case 'date':
      if (typeof value !== 'string') return wrongType('a date YYYY-MM-DD')
      return isIsoDate(value)
        ? null
        : problem(requirement, '/value', 'INVALID_DATE', 'malformed', `'${value}' is not a calendar date YYYY-MM-DD`)
  }
}

// No conversion between units: the snapshot fixes one unit per requirement, and an answer in another
// unit (months for years, Wh for kWh) is sent back to the supplier rather than guessed at.
function unitProblem(requirement: Requirement, unit: string | null): ResponseProblem | null {
  if (unit === null || unit === requirement.unit) return null
  const expected = requirement.unit === null ? 'no unit' : `'${requirement.unit}'`
  return problem(requirement, '/unit', 'UNIT_MISMATCH', 'malformed', `unit '${unit}' given, requirement expects ${expected}`)
}

// An answer naming an item twice or an item the buyer did not list would inflate `passed ÷ listed`; the
// submission is sent back rather than the extra names silently dropped.
function listProblem(requirement: Requirement, value: ResponseValue): ResponseProblem | null {
  if (!Array.isArray(value)) {
    return problem(requirement, '/value', 'WRONG_TYPE', 'malformed', `expected the list of passed items, got ${describe(value)}`)
  }
  const listed = requirement.listedItems ?? []
  const seen = new Set<string>()
  for (const [index, item] of value.entries()) {
    if (!listed.includes(item)) {
      return problem(requirement, `/value/${index}`, 'NOT_LISTED', 'malformed', `'${item}' is not one of the listed items ${quoteAll(listed)}`)
    }
    if (seen.has(item)) return problem(requirement, `/value/${index}`, 'DUPLICATE_ITEM', 'malformed', `'${item}' is named twice`)
    seen.add(item)
  }
  return null
}

/**
 * A text answer on an ordered scale is compared by the scale's order. Text that is not a value of the scale
 * cannot be shown to reach the threshold, so it does not: the bid stays valid and fails the requirement.
 */
function scaleProblem(requirement: Requirement, value: string): ResponseProblem | null {
  const scale = ORDERED_SCALES[requirement.scale!]
  const answer = scale.parse(value)
  const { minLevel = null, maxLevel = null } = requirement
  const threshold = minLevel ?? maxLevel
  if (answer === null) {
    const against = threshold === null ? '' : `, so it cannot be shown to reach ${threshold}`
    return problem(requirement, '/value', 'NOT_COMPARABLE', 'unmet', `'${value}' is not a value of the ${scale.name} scale${against}`)
  }
  if (minLevel !== null && !scale.atLeast(answer, minLevel)) {
    return problem(requirement, '/value', 'BELOW_MINIMUM', 'unmet', `${answer} does not reach the minimum ${minLevel} (${scale.name})`)
  }
  if (maxLevel !== null && !scale.atLeast(maxLevel, answer)) {
    return problem(requirement, '/value', 'ABOVE_MAXIMUM', 'unmet', `${answer} goes beyond the maximum ${maxLevel} (${scale.name})`)
  }
  return null
}

function thresholdProblem(requirement: Requirement, value: ResponseValue, unit: string | null): ResponseProblem | null {
  if (typeof value === 'string' && requirement.scale != null) return scaleProblem(requirement, value)
  const withUnit = (n: number) => (unit === null ? formatNumber(n) : `${formatNumber(n)} ${unit}`)
  if (typeof value === 'number') {
    if (requirement.minValue !== null && value < requirement.minValue) {
      const message = `${withUnit(value)} is below the minimum of ${withUnit(requirement.minValue)}`
      return problem(requirement, '/value', 'BELOW_MINIMUM', 'unmet', message)
    }
    if (requirement.maxValue !== null && value > requirement.maxValue) {
      const message = `${withUnit(value)} is above the maximum of ${withUnit(requirement.maxValue)}`
      return problem(requirement, '/value', 'ABOVE_MAXIMUM', 'unmet', message)
    }
  }
  if (typeof value === 'string' && requirement.allowedValues !== null && !requirement.allowedValues.includes(value)) {
    const message = `'${value}' is not one of ${quoteAll(requirement.allowedValues)}`
    return problem(requirement, '/value', 'NOT_ALLOWED_VALUE', 'unmet', message)
  }
  if (typeof value === 'boolean' && requirement.expectedValue !== null && value !== requirement.expectedValue) {
    return problem(requirement, '/value', 'NOT_EXPECTED_VALUE', 'unmet', `answer ${value}, requirement expects ${requirement.expectedValue}`)
  }
  return null
}

function isFiniteNumber(value: ResponseValue): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function describe(value: ResponseValue): string {
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'string' ? `'${value}'` : `${typeof value} ${String(value)}`
}

function quoteAll(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ')
}

function problem(
  requirement: Requirement,
  path: string,
  code: ProblemCode,
  kind: ProblemKind,
  message: string,
): ResponseProblem {
  return { requirementId: requirement.id, path, code, kind, message }
}
