import t from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { buildTestService } from '../../helpers/service.ts'

// Lists across the three services share the kernel's paging: signed cursors and `limit` written
// in decimal digits. Shown on the catalogue's criteria, which the shipped library fills.

const { app } = await buildTestService(t, 'catalogue', buildCatalogueApp)
const list = (query: string) => app.inject({ url: `/api/v1/criteria?${query}` })

function changeOneCharacter(cursor: string, at: number): string {
  const replacement = cursor[at] === 'A' ? 'B' : 'A'
  return `${cursor.slice(0, at)}${replacement}${cursor.slice(at + 1)}`
}

t.test('a cursor the service gave out reads the next page; any edit of it is refused', async (t) => {
  const first = await list('limit=3')
  t.equal(first.statusCode, 200)
  const cursor = first.json().nextCursor as string
  t.match(cursor, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/, 'content, a dot and a base64url HMAC-SHA256')
  const second = await list(`limit=3&cursor=${cursor}`)
  t.equal(second.statusCode, 200)
  const firstIds = first.json().items.map((c: { id: string }) => c.id)
  const secondIds = second.json().items.map((c: { id: string }) => c.id)
  t.equal(secondIds.length, 3)
  t.notOk(secondIds.some((id: string) => firstIds.includes(id)), 'the next page, not the same one')

  const [content] = cursor.split('.')
  const unsigned = content!
  const forged = `${Buffer.from(JSON.stringify(['EU-GPP-2021-CMTS.TS1'])).toString('base64url')}.${cursor.split('.')[1]}`
  for (const [name, bad] of [
    ['one character of the content changed', changeOneCharacter(cursor, 2)],
    ['one character of the signature changed', changeOneCharacter(cursor, cursor.length - 5)],
    ['unsigned, as cursors were before', unsigned],
    ['another key under a real signature', forged],
    ['an extra part', `${cursor}.x`],
  ] as const) {
    const answer = await list(`cursor=${encodeURIComponent(bad)}`)
    t.equal(answer.statusCode, 400, name)
    t.equal(answer.json().code, 'INVALID_CURSOR', name)
    t.same(answer.json().errors, [{ path: 'querystring/cursor', message: 'is not a valid cursor' }], name)
  }
})

t.test('limit is a decimal integer: exponents, hex, signs and spaces are refused naming the field', async (t) => {
  for (const bad of ['1e2', '0x10', '%2B5', '%205', '5.0', '0b11', '']) {
    const answer = await list(`limit=${bad}`)
    t.equal(answer.statusCode, 400, `limit=${bad}`)
    t.equal(answer.json().code, 'VALIDATION_FAILED', `limit=${bad}`)
    t.match(answer.json().errors, [{ path: 'querystring/limit' }], `limit=${bad} names the field`)
    t.match(answer.headers['content-type'], /^application\/problem\+json/)
  }
  t.equal((await list('limit=5')).json().items.length, 5, 'digits are taken')
  t.equal((await list('')).json().items.length, 20, 'left out, the default of 20')
  t.equal((await list('limit=101')).statusCode, 400, 'the range still holds')
})

t.test('an integer path parameter is held to decimal digits too', async (t) => {
  t.equal((await app.inject({ url: '/api/v1/criteria-sets/notebooks-core/versions/1/tender-text' })).statusCode, 200)
  const hex = await app.inject({ url: '/api/v1/criteria-sets/notebooks-core/versions/0x1/tender-text' })
  t.equal(hex.statusCode, 400)
  t.match(hex.json().errors, [{ path: 'params/version' }])
})
