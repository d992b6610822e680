import { hostname } from 'node:os'
import t from 'tap'
import { resolveWithSystem, vetWebhookTarget, type ResolvedAddress, type ResolveHost } from '../../../services/assessment/events/webhook-addresses.ts'
import { parseAllowedHost } from '../../../services/kernel/allowed-hosts.ts'

const signal = () => AbortSignal.timeout(5000)
const v4 = (address: string): ResolvedAddress => ({ address, family: 4 })
const v6 = (address: string): ResolvedAddress => ({ address, family: 6 })

/** Made-up names with fixed answers; every other name goes to the system resolver. */
function resolverWith(table: Record<string, ResolvedAddress[]>) {
  const asked: string[] = []
  const resolve: ResolveHost = (host) => {
    asked.push(host)
    return table[host] ? Promise.resolve(table[host]) : resolveWithSystem(host)
  }
  return { resolve, asked }
}

t.test('names that really resolve to this machine are refused', async (t) => {
  for (const host of ['localhost', hostname()]) {
    const vetting = await vetWebhookTarget(`https://${host}/hook`, null, resolveWithSystem, signal())
    t.match(vetting, { refused: /^(policy|unresolved)$/, detail: `host ${host.toLowerCase()} does not resolve, or not to public addresses only` }, host)
  }
  const local = await resolveWithSystem('localhost')
  t.ok(local.some(({ address }) => address === '127.0.0.1' || address === '::1'), 'localhost resolved to loopback here')
  t.match(await vetWebhookTarget('https://localhost/hook', null, resolveWithSystem, signal()), { refused: 'policy' })
})

t.test('every address must be public, not just the first', async (t) => {
  const { resolve } = resolverWith({
    'public.example': [v4('93.184.215.14'), v6('2606:2800:21f:cb07:6820:80da:af6b:8b2c')],
    'mixed.example': [v4('93.184.215.14'), v4('10.0.0.8')],
    'mapped.example': [v6('::ffff:169.254.169.254')],
    'kubernetes.default.svc': [v4('10.96.0.1')],
    'metadata.google.internal': [v4('169.254.169.254')],
  })
  t.same(await vetWebhookTarget('https://public.example/in', null, resolve, signal()), {
    vetted: {
      target: { protocol: 'https:', host: 'public.example', port: 443, path: '/in' },
      addresses: [v4('93.184.215.14'), v6('2606:2800:21f:cb07:6820:80da:af6b:8b2c')],
    },
  })
  for (const host of ['mixed.example', 'mapped.example', 'kubernetes.default.svc', 'metadata.google.internal']) {
    t.match(await vetWebhookTarget(`https://${host}/in`, null, resolve, signal()), { refused: 'policy' }, host)
  }
})

t.test('a host the allow-list names is taken wherever it resolves', async (t) => {
  const { resolve } = resolverWith({ 'reporting.internal': [v4('10.0.0.8')] })
  const allowed = [parseAllowedHost('reporting.internal:8080')!, parseAllowedHost('.internal')!]
  t.match(await vetWebhookTarget('http://reporting.internal:8080/in', allowed, resolve, signal()), { vetted: { addresses: [v4('10.0.0.8')] } })
  t.match(await vetWebhookTarget('https://reporting.internal/in', allowed, resolve, signal()), { refused: 'policy' }, 'a domain entry alone does not vouch for it')
})

t.test('a name that does not resolve is refused with the same words as an internal one', async (t) => {
  const { resolve } = resolverWith({ 'empty.example': [], 'internal.example': [v4('192.168.0.9')] })
  const failing: ResolveHost = () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }))
  const unresolved = await vetWebhookTarget('https://nowhere.example/in', null, failing, signal())
  t.same(unresolved, { refused: 'unresolved', detail: 'host nowhere.example does not resolve, or not to public addresses only' })
  t.match(await vetWebhookTarget('https://empty.example/in', null, resolve, signal()), { refused: 'unresolved' })
  const internal = await vetWebhookTarget('https://internal.example/in', null, resolve, signal())
  t.same(internal, { refused: 'policy', detail: 'host internal.example does not resolve, or not to public addresses only' })
  t.match(await vetWebhookTarget('https://nowhere.invalid/in', null, resolveWithSystem, signal()), { refused: 'unresolved' }, 'a real lookup that fails')
})

t.test('a lookup slower than the deadline is a timeout', async (t) => {
  const hanging: ResolveHost = () => new Promise(() => {})
  // AbortSignal.timeout's timer does not keep a process alive; this one does, as a server would.
  const deadline = new AbortController()
  setTimeout(() => deadline.abort(new DOMException('deadline', 'TimeoutError')), 50)
  t.match(await vetWebhookTarget('https://slow.example/in', null, hanging, deadline.signal), { refused: 'timeout' })
})

t.test('IP literals and refused URLs are never looked up', async (t) => {
  const { resolve, asked } = resolverWith({})
  t.same(await vetWebhookTarget('https://93.184.215.14/in', null, resolve, signal()), {
    vetted: { target: { protocol: 'https:', host: '93.184.215.14', port: 443, path: '/in' }, addresses: [v4('93.184.215.14')] },
  })
  t.match(await vetWebhookTarget('http://[::1]:9001/in', [parseAllowedHost('[::1]:9001')!], resolve, signal()), { vetted: { addresses: [v6('::1')] } })
  t.match(await vetWebhookTarget('https://postgres:5432/', null, resolve, signal()), { refused: 'policy', detail: /postgres:5432/ })
  t.same(asked, [])
})
