import type { RouteOptions } from 'fastify'

const descriptions: Record<number, string> = {
  400: 'The request is malformed; `errors` names each failing field.',
  401: 'No valid bearer token.',
  403: 'The token lacks a role this operation needs.',
  404: 'No such resource.',
  409: 'The request conflicts with the current state.',
  412: 'If-Match does not match the current ETag.',
  413: 'The body is larger than the service accepts.',
  415: 'The body is not JSON in UTF-8.',
  422: 'The request is well-formed but cannot be carried out.',
  428: 'This update needs an If-Match header.',
  429: 'Too many requests from this caller; the Retry-After header says when to try again.',
  502: 'A service this operation depends on failed.',
  503: 'The database or a service this operation depends on is unreachable (`DATABASE_UNAVAILABLE`, or a code naming the service), or this instance is shutting down (`SHUTTING_DOWN`). Retry after `Retry-After` seconds; a create retried with its Idempotency-Key is never made twice.',
}

/** Statuses after which a client should wait before retrying, and says how long. */
const retryAfter = {
  'Retry-After': { type: 'integer', minimum: 0, description: 'Seconds to wait before retrying.' },
}

/**
 * Problem-details responses for a route's error statuses, typed as application/problem+json.
 * 503 is always among them: any operation can meet its database unreachable.
 */
export function problemResponses(...statuses: number[]) {
  const out: Record<number, unknown> = {}
  for (const status of new Set([...statuses, 503])) {
    out[status] = {
      description: descriptions[status] ?? 'Problem',
      ...(status === 429 || status === 503 ? { headers: retryAfter } : {}),
      content: { 'application/problem+json': { schema: { $ref: 'Problem' } } },
    }
  }
  return out
}

/** Declares a problem status in a route's contract (from an onRoute hook), unless the route does itself. */
export function declareProblemResponse(route: RouteOptions, status: number): void {
  const schema = route.schema as (RouteOptions['schema'] & { hide?: boolean }) | undefined
  if (!schema || schema.hide) return
  const response = (schema.response ?? {}) as Record<number, unknown>
  if (response[status] !== undefined) return
  route.schema = { ...schema, response: { ...response, ...problemResponses(status) } }
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'
