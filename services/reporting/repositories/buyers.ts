import { sql, type Kysely, type Selectable } from 'kysely'
import type { BuyerSettingsTable, ReportingDatabase } from './database.ts'

type Db = Kysely<ReportingDatabase>

export interface BuyerSettingsRecord {
  buyerId: string
  publicDashboard: boolean
  displayName: string | null
  revision: number
  updatedAt: Date
}

const toRecord = (row: Selectable<BuyerSettingsTable>): BuyerSettingsRecord => ({
  buyerId: row.buyer_id,
  publicDashboard: row.public_dashboard,
  displayName: row.display_name,
  revision: row.revision,
  updatedAt: row.updated_at,
})

/** A buyer is known once a tender of it reached the read model, or it kept anything of its own here. */
export async function buyerExists(db: Db, buyerId: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (select 1 from procurements where buyer_id = ${buyerId})
        or exists (select 1 from buyer_settings where buyer_id = ${buyerId})
        or exists (select 1 from targets where buyer_id = ${buyerId})
        or exists (select 1 from maturity_assessments where buyer_id = ${buyerId}) as found
  `.execute(db)
  return rows[0]?.found ?? false
}

export async function findBuyerSettings(db: Db, buyerId: string): Promise<BuyerSettingsRecord | undefined> {
  const row = await db.selectFrom('buyer_settings').selectAll().where('buyer_id', '=', buyerId).executeTakeFirst()
  return row && toRecord(row)
}

/**
 * The buyer's settings, locked until the transaction ends. FOR UPDATE locks nothing while no row
 * exists yet; the advisory lock makes two first saves take turns, so the second sees the first's
 * row and its stale If-Match is refused.
 */
export async function lockBuyerSettings(trx: Db, buyerId: string): Promise<BuyerSettingsRecord | undefined> {
  await sql`select pg_advisory_xact_lock(hashtext(${`buyer-settings:${buyerId}`}))`.execute(trx)
  const row = await trx.selectFrom('buyer_settings').selectAll().where('buyer_id', '=', buyerId).forUpdate().executeTakeFirst()
  return row && toRecord(row)
}

export async function upsertBuyerSettings(db: Db, buyerId: string, settings: { publicDashboard: boolean; displayName: string | null }): Promise<BuyerSettingsRecord> {
  const row = await db
    .insertInto('buyer_settings')
    .values({ buyer_id: buyerId, public_dashboard: settings.publicDashboard, display_name: settings.displayName })
    .onConflict((oc) =>
      oc.column('buyer_id').doUpdateSet({
        public_dashboard: settings.publicDashboard,
        display_name: settings.displayName,
        revision: sql<number>`buyer_settings.revision + 1`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow()
  return toRecord(row)
}
