import { AssessmentInputError, type AssessmentInputErrorCode } from './errors.ts'

// Quantities, years, factors and weights arrive as JSON numbers; NaN, Infinity or a negative count would
// silently poison every sum downstream, so they are refused where they enter.

export function assertNonNegative(value: number, path: string, code: AssessmentInputErrorCode = 'INVALID_CONFIGURATION'): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new AssessmentInputError(code, path, `${String(value)} must be a finite number of at least 0`)
  }
  return value
}

export function assertPositive(value: number, path: string, code: AssessmentInputErrorCode = 'INVALID_CONFIGURATION'): number {
  if (assertNonNegative(value, path, code) === 0) {
    throw new AssessmentInputError(code, path, 'must be greater than 0')
  }
  return value
}

export function assertPositiveInteger(value: number, path: string, code: AssessmentInputErrorCode): number {
  if (!Number.isInteger(assertPositive(value, path, code))) {
    throw new AssessmentInputError(code, path, `${value} must be a whole number`)
  }
  return value
}
