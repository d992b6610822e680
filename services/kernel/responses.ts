import type { FastifyInstance, FastifyReply, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import { Type, type Static, type TSchema } from 'typebox'
import { isProbe } from './health.ts'
import type { ProblemType } from './problem.ts'
import { kernelProblems } from './problems.ts'

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'

export function setEntityTag(reply: FastifyReply, etag: string): void {
  reply.header('etag', etag)
}

/** The ETag response header, for responses not built with WithEntityTag (several content types, say). */
export const entityTagHeaders = {
  ETag: {
    type: 'string',
    description:
      'Strong entity tag of this representation. Send it back as If-Match to change the resource: a stale tag is 412, none 428. `If-Match: *` matches whatever version is current (a blind overwrite: use it only when losing a concurrent change is acceptable).',
  },
}

/** A success response whose route sets an ETag (setEntityTag), so the contract declares the header. */
export function WithEntityTag<T extends TSchema>(schema: T) {
  return Type.Unsafe<Static<T>>({ ...schema, headers: entityTagHeaders })
}

const statusDescriptions: Record<number, string> = {
  400: 'The request is malformed; `errors` names each failing field.',
  401: 'No valid bearer token.',
  403: 'The token lacks a role, organisation or supplier this operation needs.',
  404: 'No such resource, or not one you may see.',
  405: 'Not an operation of this path.',
  408: 'The request took too long to arrive; the connection is closed.',
  409: 'The request conflicts with the current state.',
  412: 'If-Match does not match the current ETag.',
  413: 'The body is larger than the service accepts.',
  414: 'A path segment is longer than any identifier.',
  415: 'The body is not JSON in UTF-8.',
  422: 'The request is well-formed but cannot be carried out.',
  428: 'This update needs an If-Match header.',
  429: 'Too many requests from this caller.',
  431: 'The request headers are too large; the connection is closed.',
  500: 'The service failed; quote the correlation id when reporting it.',
  502: 'A service this operation depends on failed.',
  503: 'The database, the token issuer or a service this operation depends on is unreachable, or this instance is shutting down.',
}

/** Statuses after which a client should wait before retrying, and says how long. */
const retryAfter = {
  'Retry-After': { type: 'integer', minimum: 0, description: 'Seconds to wait before retrying.' },
}

interface ProblemResponse {
  description: string
  headers?: typeof retryAfter
  content: { 'application/problem+json': { schema: unknown } }
}

/** The codes a problem response declares, kept beside it so declarations can be merged. */
const declaredCodes = new WeakMap<object, ProblemType[]>()

function problemResponse(status: number, types: ProblemType[]): ProblemResponse {
  const sorted = [...new Map(types.map((type) => [type.code, type])).values()].sort((a, b) => a.code.localeCompare(b.code))
  const response: ProblemResponse = {
    description: [statusDescriptions[status] ?? 'Problem', ...sorted.map((type) => `- \`${type.code}\`: ${type.description}`)].join('\n'),
    ...(status === 429 || status === 503 ? { headers: retryAfter } : {}),
    content: {
      'application/problem+json': {
        schema: { allOf: [{ $ref: 'Problem' }, { type: 'object', properties: { code: { type: 'string', enum: sorted.map((type) => type.code) } } }] },
      },
    },
  }
  declaredCodes.set(response, sorted)
  return response
}

/**
 * The problem responses of an operation: one per status, each listing the codes the operation can
 * answer with it (`code` is an enum in the contract, each code explained in the description).
 * Name the codes the operation's own logic can answer; the kernel adds those every operation of
 * its kind can meet (validation, authentication, limits, outages).
 */
export function problemResponses(...types: ProblemType[]): Record<number, ProblemResponse> {
  const byStatus = new Map<number, ProblemType[]>()
  for (const type of types) byStatus.set(type.status, [...(byStatus.get(type.status) ?? []), type])
  return Object.fromEntries([...byStatus].map(([status, list]) => [status, problemResponse(status, list)]))
}

interface RouteFacts {
  method: string[]
  probe: boolean
  hasInput: boolean
  hasPathParameters: boolean
  hasBody: boolean
  takesToken: boolean
  roleGuarded: boolean
  idempotent: boolean
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The kernel's codes any operation of this kind can answer, whatever its own logic does. */
export function kernelProblemsFor(route: RouteFacts): ProblemType[] {
  const k = kernelProblems
  const write = route.method.some((method) => WRITE_METHODS.has(method))
  return [
    k.BAD_REQUEST,
    k.INVALID_MEDIATOR_CLIENT,
    // Answered by Node's HTTP parser and Fastify's router, before any of the service's code.
    k.REQUEST_TIMEOUT,
    k.HEADERS_TOO_LARGE,
    ...(route.hasPathParameters ? [k.URI_TOO_LONG] : []),
    ...(route.probe ? [] : [k.RATE_LIMITED]),
    k.INTERNAL_ERROR,
    k.DATABASE_UNAVAILABLE,
    k.SHUTTING_DOWN,
    ...(route.hasInput ? [k.VALIDATION_FAILED, k.INVALID_VALUE] : []),
    ...(route.hasBody ? [k.MALFORMED_JSON, k.EMPTY_BODY, k.INVALID_CONTENT_LENGTH, k.PAYLOAD_TOO_LARGE, k.UNSUPPORTED_MEDIA_TYPE] : []),
    ...(write && !route.hasBody ? [k.BODY_NOT_ALLOWED] : []),
    ...(write ? [k.ALREADY_EXISTS, k.REFERENCE_CONFLICT, k.CONSTRAINT_VIOLATION] : []),
    ...(route.takesToken ? [k.UNAUTHENTICATED, k.ISSUER_UNAVAILABLE] : []),
    ...(route.roleGuarded ? [k.FORBIDDEN] : []),
    ...(route.idempotent ? [k.INVALID_IDEMPOTENCY_KEY, k.IDEMPOTENCY_KEY_REUSED, k.IDEMPOTENT_REQUEST_IN_PROGRESS] : []),
  ]
}

/** Marks a route guard, so the contract of every route it guards declares FORBIDDEN. */
export const ROLE_GUARD = Symbol('role guard')

interface RouteSchema {
  hide?: boolean
  params?: unknown
  querystring?: unknown
  body?: unknown
  headers?: { properties?: Record<string, unknown> }
  security?: Record<string, string[]>[]
  response?: Record<string, unknown>
}

function factsOf(route: RouteOptions, schema: RouteSchema): RouteFacts {
  const hooks = [route.onRequest ?? [], route.preHandler ?? []].flat() as { [ROLE_GUARD]?: true }[]
  return {
    method: [route.method].flat(),
    probe: isProbe(route.url),
    hasInput: [schema.params, schema.querystring, schema.body, schema.headers].some((part) => part !== undefined),
    hasPathParameters: route.url.includes(':'),
    hasBody: schema.body !== undefined,
    takesToken: schema.security?.some((requirement) => 'bearerAuth' in requirement) ?? false,
    roleGuarded: hooks.some((hook) => hook[ROLE_GUARD] === true),
    idempotent: schema.headers?.properties?.['idempotency-key'] !== undefined,
  }
}

/**
 * Completes every documented route's problem responses with the kernel's codes for its kind, and
 * merges them with the codes the route declared itself, status by status.
 */
export const kernelProblemResponses = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRoute', (route) => {
      const schema = route.schema as RouteSchema | undefined
      if (!schema || schema.hide) return
      const response = { ...(schema.response ?? {}) }
      const byStatus = new Map<number, ProblemType[]>()
      for (const [status, declared] of Object.entries(response)) {
        const codes = typeof declared === 'object' && declared !== null ? declaredCodes.get(declared) : undefined
        if (codes) byStatus.set(Number(status), [...codes])
      }
      for (const type of kernelProblemsFor(factsOf(route, schema))) byStatus.set(type.status, [...(byStatus.get(type.status) ?? []), type])
      for (const [status, types] of byStatus) response[status] = problemResponse(status, types)
      route.schema = { ...schema, response } as RouteOptions['schema']
    })
  },
  { name: 'kernel-problem-responses' },
)
