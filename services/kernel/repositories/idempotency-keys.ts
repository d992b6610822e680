import { sql, type Kysely } from 'kysely'
import type { KernelTables } from './kernel-tables.ts'

// The kernel's idempotency_keys table. Claims and answers are compiled here and run on the
// connection of the request's unit of work, so they commit or vanish with the change they guard.

/** A retry after this long is a new request; the key may be reused. */
const RETENTION = sql.raw(`interval '24 hours'`)

export interface KeyRef {
  key: string
  scope: string
}

export interface StoredAnswer {
  statusCode: number
  headers: Record<string, string>
  body: string
}

/** The answer kept for a key within its retention; `pending` only for rows an older version left behind. */
export function findLiveKey(db: Kysely<KernelTables>, { key, scope }: KeyRef) {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('key', '=', key)
    .where('scope', '=', scope)
    .where('created_at', '>=', sql<Date>`now() - ${RETENTION}`)
    .executeTakeFirst()
}

/**
 * Takes the key for this request: a new row, or one past its retention or left pending by an
 * older version. A key another request is using waits for that request's transaction; once it
 * commits, nothing is returned.
 */
export function claimKey(db: Kysely<KernelTables>, ref: KeyRef, requestHash: string) {
  const fresh = { request_hash: requestHash, state: 'pending' as const, status_code: null, response_headers: null, response_body: null }
  return db
    .insertInto('idempotency_keys')
    .values({ ...ref, ...fresh })
    .onConflict((oc) =>
      oc
        .columns(['key', 'scope'])
        .doUpdateSet({ ...fresh, created_at: sql<Date>`now()` })
        .where((eb) => eb.or([eb('idempotency_keys.created_at', '<', sql<Date>`now() - ${RETENTION}`), eb('idempotency_keys.state', '=', 'pending')])),
    )
    .returning('key')
    .compile()
}

export function storeAnswer(db: Kysely<KernelTables>, { key, scope }: KeyRef, answer: StoredAnswer) {
  return db
    .updateTable('idempotency_keys')
    .set({ state: 'completed', status_code: answer.statusCode, response_headers: JSON.stringify(answer.headers), response_body: answer.body })
    .where('key', '=', key)
    .where('scope', '=', scope)
    .compile()
}
