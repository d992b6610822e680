/**
 * The one error type every service throws for a client-visible failure. The error handler turns
 * it into RFC 9457 problem details; `code` is the stable contract, `detail` is for people.
 *
 * Every code is declared once, in a problem catalogue (`defineProblems`): the kernel's own in
 * `problems.ts`, each service's in its `problems.ts`. A throw names a catalogue entry, and each
 * operation's contract lists the codes it can answer (`x-problem-codes`), which a test checks
 * against the throws its handler can reach.
 */
export interface FieldError {
  path: string
  message: string
}

export type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 408 | 409 | 412 | 413 | 414 | 415 | 422 | 428 | 429 | 431 | 500 | 502 | 503

export interface ProblemType {
  readonly code: string
  readonly status: ProblemStatus
  readonly title: string
  /** What the code means and what the caller can do about it; published in the contracts. */
  readonly description: string
}

const titles: Record<ProblemStatus, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  408: 'Request timeout',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  428: 'Precondition required',
  429: 'Too many requests',
  431: 'Request header fields too large',
  500: 'Internal error',
  502: 'Upstream service failed',
  503: 'Service unavailable',
}

interface ProblemDefinition {
  status: ProblemStatus
  description: string
  /** Defaults to the status's usual title. */
  title?: string
}

export type ProblemCatalogue<T extends Record<string, ProblemDefinition>> = {
  readonly [K in keyof T & string]: ProblemType & { readonly code: K }
}

/** A catalogue of problem codes: each key is the code, stable once published. */
export function defineProblems<const T extends Record<string, ProblemDefinition>>(definitions: T): ProblemCatalogue<T> {
  const catalogue: Record<string, ProblemType> = {}
  for (const [code, { status, description, title }] of Object.entries(definitions)) {
    catalogue[code] = Object.freeze({ code, status, title: title ?? titles[status], description })
  }
  return Object.freeze(catalogue) as ProblemCatalogue<T>
}

export class ProblemError extends Error {
  readonly type: ProblemType
  readonly errors: FieldError[] | undefined

  constructor(type: ProblemType, detail: string, errors?: FieldError[]) {
    super(detail)
    this.name = 'ProblemError'
    this.type = type
    this.errors = errors
  }

  get status(): ProblemStatus {
    return this.type.status
  }

  get code(): string {
    return this.type.code
  }

  get title(): string {
    return this.type.title
  }
}

export const problemTypeBase = 'https://circular-ict.govstack.global/problems/'

export function problemTypeUri(code: string): string {
  return problemTypeBase + code.toLowerCase().replaceAll('_', '-')
}

/** The detail of a problem that lists field errors: each as `path message`. */
export function fieldErrorsDetail(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.path} ${e.message}`).join('; ')
}
