/**
 * Limits every JSON request body meets before a schema validator walks it, whatever the route.
 * The contracts bound the fields they know; these bound everything else, so that no body is ever
 * walked deeper, wider or longer than this, and the cost of checking one stays linear in its size.
 */
export const BODY_LIMITS = {
  maxDepth: 32,
  maxArrayItems: 1000,
  maxObjectProperties: 1000,
} as const

/** An Ajv-shaped finding, so that the error handler reports it like any schema error. */
export interface BodyFinding {
  instancePath: string
  keyword: string
  message: string
  params: Record<string, unknown>
}

export interface BodyInspection {
  /** A limit the body breaks; nothing beyond it was looked at. */
  overLimit: BodyFinding | null
  /** Values JSON carries but this service could not keep exactly: the first few, and how many there were. */
  inexact: BodyFinding[]
  inexactCount: number
  /** Values (objects, arrays, scalars) looked at: what a full schema check would have to visit. */
  nodes: number
}

const MAX_KEPT_FINDINGS = 20
const SAFE_NUMBER_MESSAGE = `must be between ${-Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}: larger numbers lose precision`
const WELL_FORMED_MESSAGE = 'must be well-formed Unicode text: it holds a lone surrogate (\\ud800-\\udfff), which cannot be stored'

interface Frame {
  value: unknown
  depth: number
  parent: Frame | null
  key: string
}

const escapePointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1')

function pointerOf(frame: Frame): string {
  const keys: string[] = []
  for (let at = frame; at.parent; at = at.parent) keys.push(at.key)
  return keys.reverse().map((key) => `/${escapePointer(key)}`).join('')
}

/**
 * One iterative pass over a parsed body: no recursion, so no nesting can exhaust the stack, and it
 * stops at the first broken limit. Along the way it notes numbers beyond 2^53 (which JSON parsing
 * has already rounded, or made infinite) and text with lone surrogates (which UTF-8 storage would
 * silently replace): the caller refuses both rather than keep something other than what was sent.
 */
export function inspectBody(body: unknown): BodyInspection {
  const inspection: BodyInspection = { overLimit: null, inexact: [], inexactCount: 0, nodes: 0 }
  const note = (frame: Frame, key: string | null, keyword: string, message: string) => {
    inspection.inexactCount++
    if (inspection.inexact.length >= MAX_KEPT_FINDINGS) return
    const instancePath = key === null ? pointerOf(frame) : `${pointerOf(frame)}/${escapePointer(key)}`
    inspection.inexact.push({ instancePath, keyword, message, params: {} })
  }
  const stack: Frame[] = [{ value: body, depth: 0, parent: null, key: '' }]
  while (stack.length > 0) {
    const frame = stack.pop()!
    const { value } = frame
    inspection.nodes++
    if (typeof value === 'number') {
      if (!(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) note(frame, null, 'safeNumber', SAFE_NUMBER_MESSAGE)
      continue
    }
    if (typeof value === 'string') {
      if (!value.isWellFormed()) note(frame, null, 'wellFormed', WELL_FORMED_MESSAGE)
      continue
    }
    if (value === null || typeof value !== 'object') continue
    const over = (keyword: string, message: string, params: Record<string, unknown>) => {
      inspection.overLimit = { instancePath: pointerOf(frame), keyword, message, params }
      return inspection
    }
    if (frame.depth >= BODY_LIMITS.maxDepth) return over('maxDepth', `must NOT nest deeper than ${BODY_LIMITS.maxDepth} levels`, { limit: BODY_LIMITS.maxDepth })
    const depth = frame.depth + 1
    if (Array.isArray(value)) {
      if (value.length > BODY_LIMITS.maxArrayItems) return over('maxItems', `must NOT have more than ${BODY_LIMITS.maxArrayItems} items`, { limit: BODY_LIMITS.maxArrayItems })
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], depth, parent: frame, key: String(index) })
      continue
    }
    const keys = Object.keys(value)
    if (keys.length > BODY_LIMITS.maxObjectProperties) {
      return over('maxProperties', `must NOT have more than ${BODY_LIMITS.maxObjectProperties} properties`, { limit: BODY_LIMITS.maxObjectProperties })
    }
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!
      if (!key.isWellFormed()) note(frame, key, 'wellFormed', WELL_FORMED_MESSAGE)
      stack.push({ value: (value as Record<string, unknown>)[key], depth, parent: frame, key })
    }
  }
  return inspection
}
