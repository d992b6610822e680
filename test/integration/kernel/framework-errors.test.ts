import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import t from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { bearer, buildTestService } from '../../helpers/service.ts'

// What Node's HTTP parser and Fastify's router answer before any of the service's code runs is a
// problem like every other answer: over-long path segments, broken URLs, oversized headers, slow
// requests, oversized or non-JSON bodies. Over a real socket, on the catalogue.

const { app } = await buildTestService(t, 'catalogue', buildCatalogueApp, { HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '1500' })
await app.listen({ host: '127.0.0.1', port: 0 })
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
const admin = await bearer(['catalogue-admin'])

/** Sends raw bytes and reads until the server closes the connection (or 10 s pass). */
function raw(text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect((app.server.address() as AddressInfo).port, '127.0.0.1')
    let answer = ''
    const timer = setTimeout(() => socket.destroy(), 10_000)
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')))
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(answer)
    })
    socket.on('error', () => undefined)
    socket.write(text)
  })
}

function parseRaw(answer: string) {
  const [head, body] = answer.split('\r\n\r\n') as [string, string]
  const [statusLine, ...headerLines] = head.split('\r\n')
  const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
  return { status: Number(statusLine!.split(' ')[1]), headers, body: JSON.parse(body) }
}

t.test('a 10,000-character path id is a 414 problem, with the correlation id', async (t) => {
  const answer = await fetch(`${base}/api/v1/criteria/${'x'.repeat(10_000)}`, { headers: { 'x-correlation-id': 'long-url-1' } })
  t.equal(answer.status, 414)
  t.match(answer.headers.get('content-type'), /^application\/problem\+json/)
  t.equal(answer.headers.get('x-correlation-id'), 'long-url-1')
  t.match(await answer.json(), { status: 414, code: 'URI_TOO_LONG', correlationId: 'long-url-1', instance: `/api/v1/criteria/${'x'.repeat(10_000)}` })
})

t.test('a broken percent-encoding is a 400 problem', async (t) => {
  const answer = await fetch(`${base}/api/v1/criteria/%E0%A4%A`)
  t.equal(answer.status, 400)
  t.match(answer.headers.get('content-type'), /^application\/problem\+json/)
  t.match(await answer.json(), { code: 'BAD_REQUEST' })
})

t.test('headers over 16 KiB: 431 problem, and the connection closed', async (t) => {
  const answer = parseRaw(await raw(`GET /api/v1/criteria HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`))
  t.equal(answer.status, 431)
  t.match(answer.headers['content-type'], /^application\/problem\+json/)
  t.equal(answer.headers.connection, 'close')
  t.match(answer.body, { status: 431, code: 'HEADERS_TOO_LARGE', title: 'Request header fields too large' })
  t.equal(answer.headers['x-correlation-id'], answer.body.correlationId)
})

t.test('headers that never finish: 408 problem after HEADERS_TIMEOUT_MS', async (t) => {
  const started = Date.now()
  const answer = parseRaw(await raw('GET /api/v1/criteria HTTP/1.1\r\nHost: x\r\n'))
  t.equal(answer.status, 408)
  t.match(answer.body, { status: 408, code: 'REQUEST_TIMEOUT' })
  t.ok(Date.now() - started < 8000, 'refused within the configured time (and the 1 s check interval)')
})

t.test('not HTTP at all: 400 problem', async (t) => {
  const answer = parseRaw(await raw('NONSENSE\r\n\r\n'))
  t.equal(answer.status, 400)
  t.match(answer.body, { code: 'BAD_REQUEST' })
})

t.test('bodies: over the limit 413, not JSON 415, both problems', async (t) => {
  const big = await fetch(`${base}/api/v1/criteria`, { method: 'POST', headers: { authorization: admin, 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(1_100_000) }) })
  t.equal(big.status, 413)
  t.match(big.headers.get('content-type'), /^application\/problem\+json/)
  t.match(await big.json(), { code: 'PAYLOAD_TOO_LARGE' })
  const text = await fetch(`${base}/api/v1/criteria`, { method: 'POST', headers: { authorization: admin, 'content-type': 'text/plain' }, body: 'hello' })
  t.equal(text.status, 415)
  t.match(await text.json(), { code: 'UNSUPPORTED_MEDIA_TYPE' })
})
