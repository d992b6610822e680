import type { FastifyRequest } from 'fastify'
import type { ProblemError } from './problem.ts'

/** Answers an operator's security review asks to see: refused access and throttled clients. */
const SECURITY_STATUSES = new Set([401, 403, 429])

export function isSecurityRefusal(problem: ProblemError): boolean {
  return SECURITY_STATUSES.has(problem.status)
}

/**
 * One warn line per refused request, tagged `security: true`: who (the verified principal, or the
 * subject a refused token claimed), in which roles, on which route, and why. The reason can be
 * more precise than the answer, which tells a forger nothing.
 */
export function logSecurityRefusal(request: FastifyRequest, problem: ProblemError): void {
  const principal = request.principal
  request.log.warn(
    {
      security: true,
      status: problem.status,
      code: problem.code,
      reason: request.tokenRefusal?.reason ?? problem.message,
      subject: principal?.subject ?? null,
      ...(request.tokenRefusal?.claimedSubject ? { claimedSubject: request.tokenRefusal.claimedSubject } : {}),
      roles: principal?.roles ?? [],
      organisationId: principal?.organisationId ?? null,
      supplierId: principal?.supplierId ?? null,
      method: request.method,
      route: request.routeOptions.url ?? request.url.split('?')[0],
    },
    'access refused',
  )
}
