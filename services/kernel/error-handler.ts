import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { isDatabaseUnavailable } from './database-unavailable.ts'
import { type FieldError, ProblemError, type ProblemType, problemTypeUri } from './problem.ts'
import { kernelProblems } from './problems.ts'
import { RouteIndex } from './route-index.ts'
import { isSecurityRefusal, logSecurityRefusal } from './security-log.ts'
import { isPartialReport } from './validation.ts'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'
/** What a 503 asks the client to wait before retrying: a database restart or failover takes seconds. */
export const RETRY_AFTER_SECONDS = 5

interface AjvLikeError {
  instancePath?: string
  message?: string
  keyword?: string
  params?: Record<string, unknown>
}

/** An error answer stays a few kilobytes however broken the request: this many fields, each clipped. */
const MAX_REPORTED_ERRORS = 10
const MAX_REPORTED_TEXT = 200

const clip = (text: string) =>
  text.length > MAX_REPORTED_TEXT ? `${text.slice(0, MAX_REPORTED_TEXT - 1).replace(/[\ud800-\udbff]$/, '')}…` : text

function fieldErrors(context: string | undefined, errors: AjvLikeError[]): FieldError[] {
  const seen = new Set<string>()
  const result: FieldError[] = []
  for (const error of errors) {
    let path = error.instancePath ?? ''
    let message = error.message ?? 'is invalid'
    if (error.keyword === 'required' && typeof error.params?.missingProperty === 'string') {
      path = `${path}/${error.params.missingProperty}`
      message = 'is required'
    } else if (error.keyword === 'additionalProperties' && typeof error.params?.additionalProperty === 'string') {
      path = `${path}/${error.params.additionalProperty}`
      message = 'is not an allowed field'
    } else if (error.keyword === 'enum' && Array.isArray(error.params?.allowedValues)) {
      message = `must be one of: ${error.params.allowedValues.join(', ')}`
    }
    const full = clip(`${context ?? 'body'}${path}`)
    message = clip(message)
    const key = `${full} ${message}`
    if (seen.has(key)) continue
    seen.add(key)
    result.push({ path: full, message })
  }
  return result
}

/** Postgres constraint failures are the client's conflict, not our crash. */
function fromPostgres(error: { code?: string; constraint?: string }): ProblemError | null {
  switch (error.code) {
    case '23505':
      return new ProblemError(kernelProblems.ALREADY_EXISTS, 'A resource with the same identifier already exists.')
    case '23503':
      return new ProblemError(kernelProblems.REFERENCE_CONFLICT, 'The request refers to a resource that does not exist or is still in use.')
    case '23514':
      return new ProblemError(kernelProblems.CONSTRAINT_VIOLATION, 'The request breaks a data rule of this service.')
    case '22001':
    case '22003':
    case '22P02':
    case '22007':
    case '22008':
    // NUL and other characters PostgreSQL cannot store in text or jsonb.
    case '22021':
    case '22P05':
      return new ProblemError(kernelProblems.INVALID_VALUE, 'A value in the request is out of range or malformed.')
    default:
      return null
  }
}

const fastifyClientErrors: Record<string, ProblemType> = {
  FST_ERR_CTP_BODY_TOO_LARGE: kernelProblems.PAYLOAD_TOO_LARGE,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: kernelProblems.UNSUPPORTED_MEDIA_TYPE,
  FST_ERR_CTP_EMPTY_JSON_BODY: kernelProblems.EMPTY_BODY,
  FST_ERR_CTP_INVALID_JSON_BODY: kernelProblems.MALFORMED_JSON,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: kernelProblems.INVALID_CONTENT_LENGTH,
}

export function toProblem(error: FastifyError): ProblemError {
  if (error instanceof ProblemError) return error
  if (error.validation) {
    const all = fieldErrors(error.validationContext, error.validation as AjvLikeError[])
    const errors = all.slice(0, MAX_REPORTED_ERRORS)
    const notes = [
      ...(all.length > errors.length ? [`and ${all.length - errors.length} more`] : []),
      ...(isPartialReport(error.validation) ? ['checking stopped there, so there may be more'] : []),
    ]
    return new ProblemError(kernelProblems.VALIDATION_FAILED, [...errors.map((e) => `${e.path} ${e.message}`), ...notes].join('; '), errors)
  }
  const pgProblem = fromPostgres(error as { code?: string })
  if (pgProblem) return pgProblem
  if (isDatabaseUnavailable(error)) return new ProblemError(kernelProblems.DATABASE_UNAVAILABLE, 'The service cannot reach its database right now, or all its connections stay busy. Retry after the delay given in Retry-After.')
  const known = error.code ? fastifyClientErrors[error.code] : undefined
  if (known) return new ProblemError(known, error.message)
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return new ProblemError(kernelProblems.MALFORMED_JSON, 'The request body is not valid JSON.')
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new ProblemError(kernelProblems.BAD_REQUEST, error.message)
  }
  return new ProblemError(kernelProblems.INTERNAL_ERROR, 'The service failed to handle the request. Quote the correlation id when reporting it.')
}

function outageCause(error: { code?: unknown; message?: unknown }): string {
  return [error.code, error.message].filter((part) => typeof part === 'string').join(' ').slice(0, 200)
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemError) {
  if (problem.status === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', String(RETRY_AFTER_SECONDS))
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({
      type: problemTypeUri(problem.code),
      title: problem.title,
      status: problem.status,
      detail: problem.message,
      instance: request.url.split('?')[0],
      code: problem.code,
      correlationId: request.id,
      ...(problem.errors ? { errors: problem.errors } : {}),
    })
}

/** One handler, one error shape: RFC 9457 problem details, never a stack trace or SQL. */
export const errorHandler = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const problem = toProblem(error)
      // A 5xx the code chose to answer (an upstream or issuer outage) is a report, not a crash: no stack trace.
      if (problem.status >= 500 && error === problem) request.log.warn({ code: problem.code, status: problem.status }, problem.message)
      // An outage is the operator's news once per request, with its cause, not a stack trace each time.
      else if (problem.code === 'DATABASE_UNAVAILABLE') request.log.warn({ code: problem.code, status: problem.status, cause: outageCause(error) }, problem.message)
      else if (problem.status >= 500) request.log.error({ err: error }, 'request failed')
      else if (isSecurityRefusal(problem)) logSecurityRefusal(request, problem)
      else request.log.info({ code: problem.code, status: problem.status }, problem.message)
      return sendProblem(request, reply, problem)
    })
    const routes = new RouteIndex()
    app.addHook('onRoute', (route) => routes.add(route.url, route.method))
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0]!
      const allowed = routes.allowedMethods(path)
      if (allowed.length > 0) {
        reply.header('allow', allowed.join(', '))
        return sendProblem(request, reply, new ProblemError(kernelProblems.METHOD_NOT_ALLOWED, `${path} answers to ${allowed.join(', ')}, not ${request.method}.`))
      }
      return sendProblem(request, reply, new ProblemError(kernelProblems.ROUTE_NOT_FOUND, `No route ${request.method} ${path}.`))
    })
  },
  { name: 'error-handler' },
)
