import type { Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { reportingProblems } from '../problems.ts'
import { buildReleasePackage } from '../domain/ocds/build-release-package.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { loadOcdsProcurements } from '../repositories/ocds-input.ts'
import { assertMayReadBuyer, resolveBuyerScope } from './buyer-access.ts'
import { parsePeriod } from './period-query.ts'

type Db = Kysely<ReportingDatabase>

/** A release package of a period holds at most this many procurements; narrow the period for more. */
export const MAX_PROCUREMENTS_PER_PACKAGE = 500

export interface OcdsExportQuery {
  procurementId?: string
  buyer?: string
  from?: string
  to?: string
}

const procurementNotFound = (id: string) => new ProblemError(reportingProblems.PROCUREMENT_NOT_FOUND, `No procurement ${id} is in the read model (or you may not see it).`)

async function selectProcurements(db: Db, actor: Actor, query: OcdsExportQuery) {
  if (query.procurementId !== undefined) {
    if (query.buyer !== undefined || query.from !== undefined || query.to !== undefined) {
      throw new ProblemError(reportingProblems.CONFLICTING_SELECTION, 'Ask for one procurement or for a period, not both.', [{ path: 'querystring/procurementId', message: 'cannot be combined with buyer, from or to' }])
    }
    const procurements = await loadOcdsProcurements(db, { procurementId: query.procurementId })
    if (procurements.length === 0) throw procurementNotFound(query.procurementId)
    try {
      await assertMayReadBuyer(db, actor, procurements[0]!.buyerId)
    } catch (error) {
      // Whether a procurement exists is itself the buyer's information.
      if (error instanceof ProblemError && error.status === 404) throw procurementNotFound(query.procurementId)
      throw error
    }
    return procurements
  }
  const period = parsePeriod(query)
  const buyerId = await resolveBuyerScope(db, actor, query.buyer)
  const procurements = await loadOcdsProcurements(db, { ...period, ...(buyerId !== undefined ? { buyerId } : {}), limit: MAX_PROCUREMENTS_PER_PACKAGE + 1 })
  if (procurements.length > MAX_PROCUREMENTS_PER_PACKAGE) {
    throw new ProblemError(reportingProblems.EXPORT_TOO_LARGE, `More than ${MAX_PROCUREMENTS_PER_PACKAGE} procurements were published in this period; ask for a shorter one.`, [{ path: 'querystring/from', message: 'gives too many procurements' }])
  }
  if (procurements.length === 0) throw new ProblemError(reportingProblems.NO_PROCUREMENTS_IN_PERIOD, 'No procurement was published in this period: an OCDS release package needs at least one release.')
  return procurements
}

export async function ocdsReleasePackage(
  db: Db,
  actor: Actor,
  query: OcdsExportQuery,
  now: Date,
  baseUri: string,
  publisher: { ocidPrefix: string; publisherName: string },
) {
  return buildReleasePackage({
    procurements: await selectProcurements(db, actor, query),
    publishedDate: now.toISOString(),
    publisher: { name: publisher.publisherName, uri: baseUri },
    ocidPrefix: publisher.ocidPrefix,
    baseUri,
  })
}
