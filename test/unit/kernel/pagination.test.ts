import { statSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { loadOrCreateCursorSecret, useCursorSecret } from '../../../services/kernel/cursor-key.ts'
import { decodeCursor, encodeCursor, toPage } from '../../../services/kernel/pagination.ts'
import { ProblemError } from '../../../services/kernel/problem.ts'

t.test('cursors round-trip and reject anything else as a 400', async (t) => {
  t.same(decodeCursor(encodeCursor(['EU-GPP-2021-CMTS.TS1']), 1), ['EU-GPP-2021-CMTS.TS1'])
  t.same(decodeCursor(encodeCursor([42, 'x']), 2), [42, 'x'])
  t.equal(decodeCursor(undefined, 1), null)
  for (const bad of ['%%%', encodeCursor([1, 2]), Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[{}]').toString('base64url')]) {
    const error = t.throws(() => decodeCursor(bad, 1)) as ProblemError
    t.equal(error.status, 400)
    t.equal(error.code, 'INVALID_CURSOR')
  }
})

t.test('a page uses the extra row only to know there is more', async (t) => {
  const rows = [1, 2, 3]
  const full = toPage(rows, 2, (r) => [r], (r) => r * 10)
  t.same(full.items, [10, 20])
  t.same(decodeCursor(full.nextCursor!, 1), [2])
  const last = toPage([1, 2], 2, (r) => [r], (r) => r)
  t.equal(last.nextCursor, null)
  t.same(toPage([], 5, (r: number) => [r], (r) => r), { items: [], nextCursor: null })
})

t.test('a cursor is signed with the configured secret: another key, or an edit, makes it foreign', async (t) => {
  useCursorSecret('a'.repeat(32))
  const cursor = encodeCursor([7])
  t.same(decodeCursor(cursor, 1), [7])
  const [content, signature] = cursor.split('.') as [string, string]
  const edited = `${Buffer.from(JSON.stringify([8])).toString('base64url')}.${signature}`
  for (const bad of [content, edited, `${content}.${signature.slice(1)}`, `${content}..${signature}`]) {
    t.throws(() => decodeCursor(bad, 1), { code: 'INVALID_CURSOR' })
  }
  useCursorSecret('b'.repeat(32))
  t.throws(() => decodeCursor(cursor, 1), { code: 'INVALID_CURSOR' }, 'another deployment\'s cursor')
})

t.test('without CURSOR_SECRET a server keeps one secret in its data directory, shared by its services', async (t) => {
  const dir = t.testdir({})
  const first = await loadOrCreateCursorSecret(dir)
  t.ok(first.length >= 32)
  t.equal(await loadOrCreateCursorSecret(dir), first, 'a restart reads the same secret, so feed consumers keep their cursors')
  t.equal((statSync(path.join(dir, 'cursor-secret')).mode & 0o777).toString(8), '600')
})
