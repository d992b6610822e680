import type { Kysely } from 'kysely'
import { decodeCursor, encodeCursor, toPage } from '../../kernel/pagination.ts'
import { toChange } from '../mappers/changes.ts'
import { listChanges } from '../repositories/changes.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import type { ChangesQuery } from '../schemas/change.ts'

export async function changeFeed(db: Kysely<CatalogueDatabase>, query: ChangesQuery) {
  const { limit, cursor } = query
  const after = decodeCursor(cursor, 1)
  const changes = await listChanges(db, after ? Number(after[0]) : 0, limit)
  const page = toPage(changes, limit, (change) => [change.sequence], toChange)
  // A feed reader needs a cursor even at the end, to resume from exactly here next time.
  const last = page.items.at(-1)
  return { items: page.items, nextCursor: page.nextCursor ?? (last ? encodeCursor([last.sequence]) : cursor ?? null) }
}
