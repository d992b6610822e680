import type { Kysely } from 'kysely'
import { hasRole, isUser, type Actor } from '../../kernel/actor.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { reportingProblems } from '../problems.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { buyerExists, findBuyerSettings } from '../repositories/buyers.ts'

type Db = Kysely<ReportingDatabase>

export const buyerNotFound = (buyerId: string) => new ProblemError(reportingProblems.BUYER_NOT_FOUND, `No buyer ${buyerId} is known to reporting.`)

export function isOwnBuyer(actor: Actor, buyerId: string): boolean {
  return isUser(actor) && hasRole(actor, 'buyer') && actor.organisationId === buyerId
}

/** Writes on a buyer's targets, settings and self-assessments: only that buyer organisation. */
export function assertOwnBuyer(actor: Actor, buyerId: string): void {
  if (!isUser(actor)) throw new ProblemError(kernelProblems.UNAUTHENTICATED, 'This operation needs a bearer token of the buyer organisation.')
  if (!isOwnBuyer(actor, buyerId)) throw new ProblemError(kernelProblems.FORBIDDEN, `Only buyer organisation ${buyerId} may change its own reporting settings, targets and self-assessments.`)
}

/**
 * Who reads a buyer's figures: the buyer organisation itself and auditors always; anyone, signed
 * in or not, once the buyer made them public. An anonymous caller learns nothing about a buyer
 * that has not: it gets the same 404 as for a buyer that does not exist.
 */
export async function assertMayReadBuyer(db: Db, actor: Actor, buyerId: string): Promise<void> {
  if (!(await buyerExists(db, buyerId))) throw buyerNotFound(buyerId)
  if (hasRole(actor, 'auditor') || isOwnBuyer(actor, buyerId)) return
  if ((await findBuyerSettings(db, buyerId))?.publicDashboard) return
  if (!isUser(actor)) throw buyerNotFound(buyerId)
  throw new ProblemError(kernelProblems.FORBIDDEN, `Buyer ${buyerId} has not made its figures public; only its own organisation and auditors read them.`)
}

/**
 * Which buyer a KPI query is about: the one named, else the caller's own organisation; only an
 * auditor may leave it open and read across all buyers.
 */
export async function resolveBuyerScope(db: Db, actor: Actor, buyer: string | undefined): Promise<string | undefined> {
  if (buyer !== undefined) {
    await assertMayReadBuyer(db, actor, buyer)
    return buyer
  }
  if (!isUser(actor)) throw new ProblemError(kernelProblems.UNAUTHENTICATED, 'Name a buyer whose figures are public (buyer=...), or sign in.')
  if (hasRole(actor, 'auditor')) return undefined
  if (hasRole(actor, 'buyer') && actor.organisationId) {
    await assertMayReadBuyer(db, actor, actor.organisationId)
    return actor.organisationId
  }
  throw new ProblemError(kernelProblems.FORBIDDEN, 'Name a buyer (buyer=...): only auditors read figures across all buyers.')
}
