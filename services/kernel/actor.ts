import { randomUUID } from 'node:crypto'
import type { Principal, Role } from './auth/roles.ts'
import { ProblemError } from './problem.ts'
import { kernelProblems } from './problems.ts'

/**
 * Who is acting, as operations and the audit trail see it: the holder of a verified token, an
 * anonymous caller, or the service itself (the seed loader, a background job). The kernel builds
 * it once per request; operations take it instead of the HTTP request, so they run the same from
 * a route, a script or a test.
 */
export interface Actor {
  readonly kind: 'user' | 'anonymous' | 'system'
  /** The token's subject; `system:<job>` for the service itself; null when anonymous. */
  readonly subject: string | null
  readonly roles: readonly Role[]
  readonly organisationId: string | null
  readonly supplierId: string | null
  readonly correlationId: string
  /** `INSTANCE/CLASS/MEMBER/SUBSYSTEM` of the calling system, as its caller headers name it. */
  readonly mediatorClient: string | null
  /** True only when a trusted mediator vouches for `mediatorClient`; otherwise it is merely claimed. */
  readonly mediatorClientVerified: boolean
}

/** An actor known by a verified token. */
export interface UserActor extends Actor, Principal {
  readonly kind: 'user'
  readonly subject: string
}

interface CallContext {
  correlationId: string
  mediatorClient: string | null
  mediatorClientVerified: boolean
}

export function actorFor(principal: Principal | null, context: CallContext): Actor {
  if (!principal) return { kind: 'anonymous', subject: null, roles: [], organisationId: null, supplierId: null, ...context }
  return { kind: 'user', ...principal, ...context }
}

/** The service acting on its own behalf, named after the job, e.g. `system:seed`. */
export function systemActor(job: string, correlationId: string = randomUUID()): Actor {
  return { kind: 'system', subject: `system:${job}`, roles: [], organisationId: null, supplierId: null, correlationId, mediatorClient: null, mediatorClientVerified: false }
}

export function isUser(actor: Actor): actor is UserActor {
  return actor.kind === 'user'
}

/** The actor as a verified token's holder; anyone else gets 401. */
export function userOf(actor: Actor): UserActor {
  if (!isUser(actor)) throw new ProblemError(kernelProblems.UNAUTHENTICATED, 'This operation needs a bearer token.')
  return actor
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role))
}
