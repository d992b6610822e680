import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { ProblemError } from '../../kernel/problem.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { reportingProblems } from '../problems.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { buyerExists, findBuyerSettings } from '../repositories/buyers.ts'

type Db = Kysely<ReportingDatabase>

export const buyerNotFound = (buyerId: string) => new ProblemError(reportingProblems.BUYER_NOT_FOUND, `No buyer ${buyerId} is known to reporting.`)

export function isOwnBuyer(request: FastifyRequest, buyerId: string): boolean {
  const principal = request.principal
  return principal !== null && principal.roles.includes('buyer') && principal.organisationId === buyerId
}

/** Writes on a buyer's targets, settings and self-assessments: only that buyer organisation. */
export function assertOwnBuyer(request: FastifyRequest, buyerId: string): void {
  if (!request.principal) throw new ProblemError(kernelProblems.UNAUTHENTICATED, 'This operation needs a bearer token of the buyer organisation.')
  if (!isOwnBuyer(request, buyerId)) throw new ProblemError(kernelProblems.FORBIDDEN, `Only buyer organisation ${buyerId} may change its own reporting settings, targets and self-assessments.`)
}

/**
 * Who reads a buyer's figures: the buyer organisation itself and auditors always; anyone, signed
 * in or not, once the buyer made them public. An anonymous caller learns nothing about a buyer
 * that has not: it gets the same 404 as for a buyer that does not exist.
 */
export async function assertMayReadBuyer(db: Db, request: FastifyRequest, buyerId: string): Promise<void> {
  if (!(await buyerExists(db, buyerId))) throw buyerNotFound(buyerId)
  const principal = request.principal
  if (principal?.roles.includes('auditor') || isOwnBuyer(request, buyerId)) return
  if ((await findBuyerSettings(db, buyerId))?.public_dashboard) return
  if (!principal) throw buyerNotFound(buyerId)
  throw new ProblemError(kernelProblems.FORBIDDEN, `Buyer ${buyerId} has not made its figures public; only its own organisation and auditors read them.`)
}

/**
 * Which buyer a KPI query is about: the one named, else the caller's own organisation; only an
 * auditor may leave it open and read across all buyers.
 */
export async function resolveBuyerScope(db: Db, request: FastifyRequest, buyer: string | undefined): Promise<string | undefined> {
  if (buyer !== undefined) {
    await assertMayReadBuyer(db, request, buyer)
    return buyer
  }
  const principal = request.principal
  if (!principal) throw new ProblemError(kernelProblems.UNAUTHENTICATED, 'Name a buyer whose figures are public (buyer=...), or sign in.')
  if (principal.roles.includes('auditor')) return undefined
  if (principal.roles.includes('buyer') && principal.organisationId) {
    await assertMayReadBuyer(db, request, principal.organisationId)
    return principal.organisationId
  }
  throw new ProblemError(kernelProblems.FORBIDDEN, 'Name a buyer (buyer=...): only auditors read figures across all buyers.')
}
