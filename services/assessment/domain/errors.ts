export type AssessmentInputErrorCode =
  | 'INVALID_CONFIGURATION'
  | 'INVALID_DATE'
  | 'INVALID_AMOUNT'
  | 'INVALID_QUANTITY'
  | 'CURRENCY_MISMATCH'
  | 'UNKNOWN_DEVICE_TYPE'

/**
 * Input the evaluation cannot work with at all (as opposed to a bid that simply fails a criterion).
 * `path` is a JSON Pointer into the evaluation input so the service can name the field in a 4xx problem.
 */
export class AssessmentInputError extends Error {
  readonly code: AssessmentInputErrorCode
  readonly path: string

  constructor(code: AssessmentInputErrorCode, path: string, message: string) {
    super(message)
    this.name = 'AssessmentInputError'
    this.code = code
    this.path = path
  }
}
