import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyBaseLogger, FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { PROBLEM_CONTENT_TYPE, sendProblem } from './error-handler.ts'
import { ProblemError, problemTypeUri, type ProblemType } from './problem.ts'
import { kernelProblems } from './problems.ts'

/**
 * Fastify's router answers an over-long path parameter (414) or a broken percent-encoding (400)
 * before any hook runs; these become problems like every other answer.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new ProblemError(kernelProblems.URI_TOO_LONG, 'A path segment is longer than 200 characters: no identifier of this service is.')
      : new ProblemError(kernelProblems.BAD_REQUEST, 'The URL is not valid: a percent-encoding in it is broken.')
  reply.header('x-correlation-id', request.id).header('x-content-type-options', 'nosniff').header('cache-control', 'no-store')
  request.log.info({ code: problem.code, status: problem.status }, problem.message)
  return sendProblem(request, reply, problem)
}

const socketProblems: Record<string, [ProblemType, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [kernelProblems.REQUEST_TIMEOUT, 'The request did not arrive in time.'],
  HPE_HEADER_OVERFLOW: [kernelProblems.HEADERS_TOO_LARGE, 'The request line and headers exceed 16 KiB.'],
}

/**
 * Node's HTTP parser refuses a request before Fastify sees it (headers too large, too slow, not
 * HTTP at all); Fastify's default writes its own JSON. This writes a problem instead, with a
 * correlation id of its own, and closes the connection, as the request cannot be read further.
 */
export function clientErrorHandler(this: { log: FastifyBaseLogger }, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [type, detail] = socketProblems[error.code ?? ''] ?? [kernelProblems.BAD_REQUEST, 'The request is not valid HTTP.']
  const correlationId = randomUUID()
  const body = JSON.stringify({ type: problemTypeUri(type.code), title: type.title, status: type.status, detail, instance: '', code: type.code, correlationId })
  this.log.info({ correlationId, code: type.code, status: type.status, cause: error.code }, detail)
  if (socket.writable) {
    socket.write(
      [
        `HTTP/1.1 ${type.status} ${STATUS_CODES[type.status]}`,
        `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
        `Content-Length: ${Buffer.byteLength(body)}`,
        `X-Correlation-ID: ${correlationId}`,
        'X-Content-Type-Options: nosniff',
        'Cache-Control: no-store',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    )
  }
  socket.destroy(error)
}
