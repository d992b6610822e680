import type { Kysely } from 'kysely'
import { hasRole, isUser, type Actor } from '../../kernel/actor.ts'
import { recordAudit } from '../../kernel/audit.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { assertIfMatch, entityTag } from '../../kernel/preconditions.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { findBuyerSettings, lockBuyerSettings, upsertBuyerSettings, type BuyerSettingsRecord } from '../repositories/buyers.ts'
import type { BuyerSettingsInput } from '../schemas/buyer-settings.ts'
import { assertOwnBuyer, isOwnBuyer } from './buyer-access.ts'

type Db = Kysely<ReportingDatabase>

/** Settings never saved read as revision 0: private, no display name. */
export const settingsEtag = (buyerId: string, settings: BuyerSettingsRecord | undefined) => entityTag(buyerId, settings?.revision ?? 0)

export async function readBuyerSettings(db: Db, actor: Actor, buyerId: string) {
  if (!isUser(actor)) throw new ProblemError(kernelProblems.UNAUTHENTICATED, 'Reading a buyer’s settings needs a bearer token.')
  if (!isOwnBuyer(actor, buyerId) && !hasRole(actor, 'auditor')) throw new ProblemError(kernelProblems.FORBIDDEN, 'Only the buyer organisation itself and auditors read its settings.')
  return findBuyerSettings(db, buyerId)
}

/** The buyer organisation sets who may see its figures, under If-Match, audited with the change. */
export async function replaceBuyerSettings(db: Db, actor: Actor, buyerId: string, input: BuyerSettingsInput, ifMatch: string | undefined) {
  assertOwnBuyer(actor, buyerId)
  return db.transaction().execute(async (trx) => {
    const current = await lockBuyerSettings(trx, buyerId)
    assertIfMatch(ifMatch, settingsEtag(buyerId, current))
    const row = await upsertBuyerSettings(trx, buyerId, input)
    await recordAudit(trx, actor, {
      action: 'buyerSettings.updated',
      entityType: 'buyer',
      entityId: buyerId,
      details: { publicDashboard: input.publicDashboard, displayName: input.displayName, revision: row.revision },
    })
    return row
  })
}
