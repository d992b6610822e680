import { defineProblems } from './problem.ts'

/**
 * The problem codes the kernel answers for every service: malformed requests, authentication,
 * limits, preconditions, idempotency, database constraints and outages. Which of them an
 * operation can answer follows from its contract (see `problem-responses.ts`).
 */
export const kernelProblems = defineProblems({
  VALIDATION_FAILED: { status: 400, title: 'Request validation failed', description: 'A parameter, header or body field breaks the contract; `errors` names each failing field (at most ten, the detail says how many more).' },
  MALFORMED_JSON: { status: 400, description: 'The body is not valid JSON, not valid UTF-8, or holds a lone surrogate.' },
  EMPTY_BODY: { status: 400, description: 'The operation needs a JSON body and none was sent.' },
  BODY_NOT_ALLOWED: { status: 400, description: 'The operation takes no request body; send none (an empty body labelled as JSON is accepted).' },
  INVALID_CONTENT_LENGTH: { status: 400, description: 'Content-Length does not match the body sent.' },
  BAD_REQUEST: { status: 400, description: 'The HTTP request itself is malformed.' },
  INVALID_VALUE: { status: 400, description: 'A value is out of the range or shape the service can store.' },
  INVALID_MEDIATOR_CLIENT: { status: 400, description: 'A mediator caller header (Information-Mediator-Client, X-Road-Client, X-GovStack-Client) is not INSTANCE/CLASS/MEMBER/SUBSYSTEM.' },
  INVALID_CURSOR: { status: 400, description: 'The cursor was not issued by this service for this list; start again without one.' },
  INVALID_IDEMPOTENCY_KEY: { status: 400, description: 'Idempotency-Key must be 8–200 characters of letters, digits and `._:-`.' },
  UNAUTHENTICATED: { status: 401, description: 'No valid bearer token: missing, malformed, expired, for another audience or not an access token.' },
  FORBIDDEN: { status: 403, description: 'The token is valid but lacks a role, organisation or supplier this operation needs.' },
  FACTOR_SET_NOT_FOUND: { status: 404, description: 'The factor library has no set with this id (or no such version of it).' },
  ROUTE_NOT_FOUND: { status: 404, description: 'No operation at this path.' },
  METHOD_NOT_ALLOWED: { status: 405, description: 'The path exists but not for this method; `Allow` lists the methods it takes.' },
  REQUEST_TIMEOUT: { status: 408, description: 'The request, or its headers, took longer to arrive than the service waits (`REQUEST_TIMEOUT_MS`, `HEADERS_TIMEOUT_MS`); the connection is closed.' },
  ALREADY_EXISTS: { status: 409, description: 'A resource with the same identifier already exists.' },
  REFERENCE_CONFLICT: { status: 409, description: 'The request refers to a resource that does not exist, or removes one still in use.' },
  IDEMPOTENT_REQUEST_IN_PROGRESS: { status: 409, description: 'The first request with this Idempotency-Key is still being processed; retry shortly to receive its answer.' },
  PRECONDITION_FAILED: { status: 412, description: 'If-Match names an ETag that is no longer current: read the resource again and retry.' },
  PAYLOAD_TOO_LARGE: { status: 413, description: 'The body is larger than the service accepts.' },
  URI_TOO_LONG: { status: 414, description: 'A path segment is longer than any identifier of this service (200 characters).' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, description: 'The body is not JSON in UTF-8.' },
  CONSTRAINT_VIOLATION: { status: 422, description: 'The request breaks a data rule of this service.' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, description: 'This Idempotency-Key was already used by you on this operation with a different body.' },
  PRECONDITION_REQUIRED: { status: 428, description: 'This change needs an If-Match header with the ETag you last read.' },
  RATE_LIMITED: { status: 429, description: 'Too many requests, or too many refused tokens, from this caller; `Retry-After` says when to try again.' },
  HEADERS_TOO_LARGE: { status: 431, description: 'The request line and headers together exceed 16 KiB; the connection is closed.' },
  INTERNAL_ERROR: { status: 500, description: 'The service failed; quote the correlation id when reporting it.' },
  DATABASE_UNAVAILABLE: { status: 503, description: 'The service cannot reach its database right now; retry after `Retry-After` seconds (a create retried with its Idempotency-Key is never made twice).' },
  SHUTTING_DOWN: { status: 503, description: 'This instance is shutting down; retry after `Retry-After` seconds and another instance answers.' },
  ISSUER_UNAVAILABLE: { status: 503, description: 'Bearer tokens cannot be verified because the token issuer is unreachable; retry after `Retry-After` seconds.' },
})
