/**
 * The one error type every service throws for a client-visible failure. The error handler turns
 * it into RFC 9457 problem details; `code` is the stable contract, `detail` is for people.
 */
export interface FieldError {
  path: string
  message: string
}

export class ProblemError extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly errors: FieldError[] | undefined

  constructor(status: number, code: string, title: string, detail: string, errors?: FieldError[]) {
    super(detail)
    this.name = 'ProblemError'
    this.status = status
    this.code = code
    this.title = title
    this.errors = errors
  }
}

export const problemTypeBase = 'https://circular-ict.govstack.global/problems/'

export function problemTypeUri(code: string): string {
  return problemTypeBase + code.toLowerCase().replaceAll('_', '-')
}

export const badRequest = (code: string, detail: string, errors?: FieldError[]) =>
  new ProblemError(400, code, 'Bad request', detail, errors)
export const validationFailed = (detail: string, errors: FieldError[]) =>
  new ProblemError(400, 'VALIDATION_FAILED', 'Request validation failed', detail, errors)
export const unauthenticated = (detail: string) => new ProblemError(401, 'UNAUTHENTICATED', 'Authentication required', detail)
export const forbidden = (detail: string) => new ProblemError(403, 'FORBIDDEN', 'Not allowed', detail)
export const notFound = (code: string, detail: string) => new ProblemError(404, code, 'Not found', detail)
export const conflict = (code: string, detail: string) => new ProblemError(409, code, 'Conflict', detail)
export const preconditionFailed = (detail: string) =>
  new ProblemError(412, 'PRECONDITION_FAILED', 'Precondition failed', detail)
export const preconditionRequired = (detail: string) =>
  new ProblemError(428, 'PRECONDITION_REQUIRED', 'Precondition required', detail)
export const unprocessable = (code: string, detail: string, errors?: FieldError[]) =>
  new ProblemError(422, code, 'Unprocessable request', detail, errors)
export const tooManyRequests = (detail: string) => new ProblemError(429, 'RATE_LIMITED', 'Too many requests', detail)
export const badGateway = (code: string, detail: string) => new ProblemError(502, code, 'Upstream service failed', detail)
export const serviceUnavailable = (code: string, detail: string) =>
  new ProblemError(503, code, 'Service unavailable', detail)
