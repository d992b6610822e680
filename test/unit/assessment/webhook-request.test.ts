import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { createSecureContext } from 'node:tls'
import t, { type Test } from 'tap'
import { resolveWithSystem, type ResolveHost } from '../../../services/assessment/events/webhook-addresses.ts'
import { attemptDelivery, type DeliveryPolicy } from '../../../services/assessment/events/webhook-request.ts'
import { parseAllowedHost } from '../../../services/kernel/allowed-hosts.ts'
import { freePort } from '../../helpers/free-port.ts'

const body = '{"specversion":"1.0"}'
const headers = { 'content-type': 'application/cloudevents+json', 'webhook-id': 'evt-1' }

interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

async function listen(t: Test, server: Server | TlsServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return (server.address() as AddressInfo).port
}

/** A receiver on loopback; `respond` answers through `res`, or leaves the request hanging. */
async function receiver(t: Test, respond: (seen: Seen, res: ServerResponse) => void = (_seen, res) => void res.writeHead(204).end()) {
  const seen: Seen[] = []
  const server = createServer(async (req, res) => {
    let text = ''
    for await (const chunk of req) text += chunk
    const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: text }
    seen.push(request)
    respond(request, res)
  })
  return { port: await listen(t, server), seen }
}

function policyFor(entries: string[], resolve: ResolveHost = resolveWithSystem, timeoutMs = 2000): DeliveryPolicy {
  return { allowedHosts: entries.map((entry) => parseAllowedHost(entry)!), resolve, timeoutMs }
}

t.test('the connection goes to the vetted address; the name stays in the Host header', async (t) => {
  const { port, seen } = await receiver(t)
  const asked: string[] = []
  // hooks.example.test exists nowhere: reaching the receiver proves no second lookup was made.
  const resolve: ResolveHost = async (host) => {
    asked.push(host)
    return [{ address: '127.0.0.1', family: 4 }]
  }
  const result = await attemptDelivery(`http://hooks.example.test:${port}/in?from=assessment`, headers, body, policyFor([`hooks.example.test:${port}`], resolve))
  t.same(result, { delivered: true })
  t.same(asked, ['hooks.example.test'], 'looked up once, by the vetting')
  t.match(seen, [{ method: 'POST', url: '/in?from=assessment', headers: { host: `hooks.example.test:${port}`, 'webhook-id': 'evt-1', 'content-length': String(body.length) }, body }])
})

t.test('an allow-listed host:port is reached through a real lookup of its name', async (t) => {
  const { port, seen } = await receiver(t)
  t.same(await attemptDelivery(`http://localhost:${port}/hook`, headers, body, policyFor([`localhost:${port}`])), { delivered: true })
  t.equal(seen.length, 1)
})

t.test('names resolving to this machine are refused by policy before any connection', async (t) => {
  for (const host of ['localhost', hostname()]) {
    const result = await attemptDelivery(`https://${host}/hook`, headers, body, { allowedHosts: null, resolve: resolveWithSystem, timeoutMs: 2000 })
    t.match(result, { delivered: false, reason: /^(refused by address policy|unreachable)$/ }, host)
  }
  t.match(await attemptDelivery('https://localhost/hook', headers, body, { allowedHosts: null, resolve: resolveWithSystem, timeoutMs: 2000 }), {
    delivered: false,
    reason: 'refused by address policy',
  })
  const { port, seen } = await receiver(t)
  const result = await attemptDelivery(`http://localhost:${port}/hook`, headers, body, policyFor(['.example.gov']))
  t.match(result, { delivered: false, reason: 'refused by address policy' }, 'a host the allow-list no longer names')
  t.equal(seen.length, 0, 'the receiver was never contacted')
})

t.test('TLS: the name goes in SNI while the address is pinned, and the certificate is checked', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'webhook-tls-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const [keyFile, certFile] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')]
  const subject = ['-subj', '/CN=hooks.example.test', '-addext', 'subjectAltName=DNS:hooks.example.test']
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', ...subject, '-keyout', keyFile, '-out', certFile], { stdio: 'ignore' })
  const identity = { key: readFileSync(keyFile), cert: readFileSync(certFile) }
  const serverNames: string[] = []
  let requests = 0
  const server = createTlsServer(
    {
      ...identity,
      SNICallback: (name, done) => {
        serverNames.push(name)
        done(null, createSecureContext(identity))
      },
    },
    (_req, res) => {
      requests++
      res.writeHead(204).end()
    },
  )
  const port = await listen(t, server)
  const resolve: ResolveHost = async () => [{ address: '127.0.0.1', family: 4 }]
  const result = await attemptDelivery(`https://hooks.example.test:${port}/in`, headers, body, policyFor([`hooks.example.test:${port}`], resolve))
  t.same(serverNames, ['hooks.example.test'], 'SNI carries the name, not the address')
  t.match(result, { delivered: false, reason: 'unreachable', cause: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'a certificate no authority signed is refused')
  t.equal(requests, 0, 'nothing was posted over it')
})

t.test('a redirect is not followed', async (t) => {
  const { port, seen } = await receiver(t, (request, res) => void res.writeHead(request.url === '/hook' ? 307 : 204, { location: '/elsewhere' }).end())
  t.same(await attemptDelivery(`http://127.0.0.1:${port}/hook`, headers, body, policyFor([`127.0.0.1:${port}`])), { delivered: false, reason: 'HTTP 307' })
  t.same(seen.map((request) => request.url), ['/hook'])
})

t.test('failures read as plain reasons; socket codes go to the cause, for the operator only', async (t) => {
  const { port } = await receiver(t, (request, res) => {
    if (request.url === '/error') res.writeHead(500).end()
    else if (request.url === '/reset') res.socket?.destroy()
  })
  const closed = await freePort()
  const policy = policyFor([`127.0.0.1:${port}`, `127.0.0.1:${closed}`], resolveWithSystem, 300)
  const attempt = (url: string) => attemptDelivery(url, headers, body, policy)
  t.same(await attempt(`http://127.0.0.1:${port}/error`), { delivered: false, reason: 'HTTP 500' })
  t.same(await attempt(`http://127.0.0.1:${port}/silent`), { delivered: false, reason: 'timeout' })
  t.match(await attempt(`http://127.0.0.1:${port}/reset`), { delivered: false, reason: 'unreachable', cause: /ECONNRESET|socket hang up/ })
  t.same(await attempt(`http://127.0.0.1:${closed}/hook`), { delivered: false, reason: 'unreachable', cause: 'ECONNREFUSED' })
  t.match(await attempt(`http://127.0.0.1:${port + 1}/hook`), { delivered: false, reason: 'refused by address policy' }, 'a port the allow-list does not name')
  const hanging: ResolveHost = () => new Promise(() => setTimeout(() => {}, 1000))
  t.match(await attemptDelivery('https://slow.example/in', headers, body, { allowedHosts: null, resolve: hanging, timeoutMs: 100 }), { delivered: false, reason: 'timeout' })
  t.match(await attemptDelivery('https://nowhere.invalid/in', headers, body, { allowedHosts: null, resolve: resolveWithSystem, timeoutMs: 2000 }), { delivered: false, reason: 'unreachable' })
})
