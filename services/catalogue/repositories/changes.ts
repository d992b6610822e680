import type { Kysely } from 'kysely'
import type { CatalogueDatabase } from './database.ts'

export interface ChangeRecord {
  sequence: number
  occurredAt: Date
  entityType: 'criterion' | 'criteriaSet'
  entityId: string
  version: number
  action: 'published' | 'deprecated'
}

/** Up to `limit + 1` changes after the sequence number `after`, oldest first. */
export async function listChanges(db: Kysely<CatalogueDatabase>, after: number, limit: number): Promise<ChangeRecord[]> {
  const rows = await db.selectFrom('changes').selectAll().where('sequence', '>', after).orderBy('sequence').limit(limit + 1).execute()
  return rows.map((row) => ({
    sequence: row.sequence,
    occurredAt: row.occurred_at,
    entityType: row.entity_type,
    entityId: row.entity_id,
    version: row.version,
    action: row.action,
  }))
}
