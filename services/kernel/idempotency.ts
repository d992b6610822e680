import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Kysely } from 'kysely'
import { Type } from 'typebox'
import { callerKey } from './auth/caller.ts'
import { startUnitOfWork } from './database.ts'
import { claimKey, findLiveKey, storeAnswer, type KeyRef } from './repositories/idempotency-keys.ts'
import type { KernelTables } from './repositories/kernel-tables.ts'
import { ProblemError } from './problem.ts'
import { kernelProblems } from './problems.ts'
import { runInUnitOfWork, type UnitOfWork } from './unit-of-work.ts'

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: (KeyRef & { work: UnitOfWork }) | null
  }
}

const KEY = /^[A-Za-z0-9._:-]{8,200}$/
const REPLAYED_HEADERS = ['content-type', 'etag', 'location']

export const IdempotencyKeyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 8, maxLength: 200, description: 'Makes a create safe to retry: a retry with the same key and body gets the first response.' }),
  ),
})

/**
 * A key belongs to one caller (subject, organisation, supplier and roles) on one operation: the
 * same key from anyone else, or on another route, is another request.
 */
function scopeOf(request: FastifyRequest): string {
  const roles = [...(request.principal?.roles ?? [])].sort()
  return JSON.stringify({ caller: callerKey(request.principal), roles, operation: `${request.method} ${request.routeOptions.url}` })
}

function replay(reply: FastifyReply, stored: { status_code: number | null; response_headers: Record<string, string> | null; response_body: string | null }) {
  reply.code(stored.status_code ?? 200)
  for (const [name, value] of Object.entries(stored.response_headers ?? {})) reply.header(name, value)
  reply.header('idempotent-replayed', 'true')
  return reply.send(stored.response_body ?? '')
}

/**
 * Honours `Idempotency-Key` on POSTs: the first request runs and its answer is kept; a retry with
 * the same key and body replays it, the same key with another body is refused.
 *
 * The request runs in a unit of work: its first query claims the key, every query it makes joins
 * that one transaction, and the answer is written to the key row and committed just before it is
 * sent. A success therefore commits the change and its recorded answer together; an error answer,
 * or a crash at any point before the commit, leaves nothing, so a retry is a clean first run.
 */
export const idempotency = fp<{ db: Kysely<any> }>(
  async (app: FastifyInstance, { db }) => {
    const kdb = db as Kysely<KernelTables>
    app.decorateRequest('idempotency', null)

    app.addHook('preHandler', async (request, reply) => {
      const key = request.headers['idempotency-key']
      if (request.method !== 'POST' || key === undefined) return
      if (typeof key !== 'string' || !KEY.test(key)) {
        throw new ProblemError(kernelProblems.INVALID_IDEMPOTENCY_KEY, 'Idempotency-Key must be 8-200 characters of letters, digits and ._:-', [
          { path: 'headers/idempotency-key', message: 'must match ^[A-Za-z0-9._:-]{8,200}$' },
        ])
      }
      const ref = { key, scope: scopeOf(request) }
      const requestHash = createHash('sha256').update(request.url).update(JSON.stringify(request.body ?? null)).digest('hex')
      const previous = await findLiveKey(kdb, ref)
      if (previous && previous.state === 'completed') {
        if (previous.request_hash !== requestHash) throw new ProblemError(kernelProblems.IDEMPOTENCY_KEY_REUSED, 'This Idempotency-Key was already used with a different request body.')
        return replay(reply, previous)
      }
      const work = startUnitOfWork(db, async (connection) => {
        const { rows } = await connection.executeQuery(claimKey(kdb, ref, requestHash))
        if (rows.length === 0) {
          throw new ProblemError(kernelProblems.IDEMPOTENT_REQUEST_IN_PROGRESS, 'Another request with this Idempotency-Key was being processed; retry shortly to receive its response.')
        }
      })
      request.idempotency = { ...ref, work }
    })

    // Entered in a callback hook, so the handler and every hook after it run inside the unit of work.
    app.addHook('preHandler', (request, _reply, done) => {
      if (request.idempotency) runInUnitOfWork(request.idempotency.work, done)
      else done()
    })

    app.addHook('onSend', async (request, reply, payload) => {
      const state = request.idempotency
      if (!state) return payload
      request.idempotency = null
      if (reply.statusCode >= 300) {
        await state.work.rollback()
        return payload
      }
      try {
        // Every POST answers serialised JSON or nothing; anything else could not be replayed.
        if (typeof payload !== 'string' && payload !== null && payload !== undefined) throw new Error('an idempotent answer must be text')
        const headers: Record<string, string> = {}
        for (const name of REPLAYED_HEADERS) {
          const value = reply.getHeader(name)
          if (value !== undefined) headers[name] = String(value)
        }
        await state.work.execute(storeAnswer(kdb, state, { statusCode: reply.statusCode, headers, body: payload ?? '' }))
        await state.work.commit()
      } catch (error) {
        await state.work.rollback()
        throw error
      }
      return payload
    })

    // A request that ended without reaching onSend (its reply hijacked or its socket gone) leaves nothing behind.
    app.addHook('onResponse', async (request) => {
      await request.idempotency?.work.rollback()
    })
  },
  { name: 'idempotency' },
)
