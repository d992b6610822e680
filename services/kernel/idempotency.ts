import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { sql, type Kysely } from 'kysely'
import { Type } from 'typebox'
import type { KernelTables } from './kernel-tables.ts'
import { badRequest, conflict, unprocessable } from './problem.ts'

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { key: string; scope: string } | null
  }
}

const KEY = /^[A-Za-z0-9._:-]{8,200}$/
/** A retry after this long is a new request; the key may be reused. */
const RETENTION = '24 hours'
/** A pending key older than this belongs to a request that died mid-way; a retry may take it over. */
const ABANDONED_AFTER = '2 minutes'
const REPLAYED_HEADERS = ['content-type', 'etag', 'location']

export const IdempotencyKeyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 8, maxLength: 200, description: 'Makes a create safe to retry: a retry with the same key and body gets the first response.' }),
  ),
})

/**
 * Honours `Idempotency-Key` on POSTs: the first request runs and its response is kept; a retry
 * with the same key and body replays it, the same key with another body is refused. Keys are
 * scoped by caller and route, so two clients never collide.
 */
export const idempotency = fp<{ db: Kysely<any> }>(
  async (app: FastifyInstance, { db }) => {
    const kdb = db as Kysely<KernelTables>
    app.decorateRequest('idempotency', null)

    app.addHook('preHandler', async (request, reply) => {
      const key = request.headers['idempotency-key']
      if (request.method !== 'POST' || key === undefined) return
      if (typeof key !== 'string' || !KEY.test(key)) {
        throw badRequest('INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 8-200 characters of letters, digits and ._:-', [
          { path: 'headers/idempotency-key', message: 'must match ^[A-Za-z0-9._:-]{8,200}$' },
        ])
      }
      const scope = `${request.principal?.subject ?? 'anonymous'} ${request.routeOptions.url}`
      const requestHash = createHash('sha256').update(request.url).update(JSON.stringify(request.body ?? null)).digest('hex')
      const claimed = await kdb
        .insertInto('idempotency_keys')
        .values({ key, scope, request_hash: requestHash, state: 'pending', status_code: null, response_headers: null, response_body: null })
        .onConflict((oc) =>
          oc.columns(['key', 'scope']).doUpdateSet({ request_hash: requestHash, state: 'pending', status_code: null, response_headers: null, response_body: null })
            .where((eb) =>
              eb.or([
                eb('idempotency_keys.created_at', '<', sql<Date>`now() - ${sql.raw(`interval '${RETENTION}'`)}`),
                eb.and([
                  eb('idempotency_keys.state', '=', 'pending'),
                  eb('idempotency_keys.created_at', '<', sql<Date>`now() - ${sql.raw(`interval '${ABANDONED_AFTER}'`)}`),
                ]),
              ]),
            ),
        )
        .returning('key')
        .executeTakeFirst()
      if (claimed) {
        request.idempotency = { key, scope }
        return
      }
      const previous = await kdb
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('key', '=', key)
        .where('scope', '=', scope)
        .executeTakeFirstOrThrow()
      if (previous.request_hash !== requestHash) {
        throw unprocessable('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request body.')
      }
      if (previous.state === 'pending') {
        throw conflict('IDEMPOTENT_REQUEST_IN_PROGRESS', 'The first request with this Idempotency-Key is still being processed; retry shortly.')
      }
      reply.code(previous.status_code ?? 200)
      for (const [name, value] of Object.entries(previous.response_headers ?? {})) reply.header(name, value)
      reply.header('idempotent-replayed', 'true')
      return reply.send(previous.response_body ?? '')
    })

    app.addHook('onSend', async (request, reply, payload) => {
      if (!request.idempotency) return payload
      const { key, scope } = request.idempotency
      request.idempotency = null
      if (reply.statusCode >= 500 || typeof payload !== 'string') {
        await kdb.deleteFrom('idempotency_keys').where('key', '=', key).where('scope', '=', scope).execute()
        return payload
      }
      const headers: Record<string, string> = {}
      for (const name of REPLAYED_HEADERS) {
        const value = reply.getHeader(name)
        if (value !== undefined) headers[name] = String(value)
      }
      await kdb
        .updateTable('idempotency_keys')
        .set({ state: 'completed', status_code: reply.statusCode, response_headers: JSON.stringify(headers), response_body: payload })
        .where('key', '=', key)
        .where('scope', '=', scope)
        .execute()
      return payload
    })
  },
  { name: 'idempotency' },
)
