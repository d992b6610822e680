import t from 'tap'
import { checkWebhookTarget, isPublicAddress } from '../../../services/assessment/events/webhook-target.ts'
import { parseAllowedHost, type AllowedHost } from '../../../services/kernel/allowed-hosts.ts'
import { ConfigError, loadConfig } from '../../../services/kernel/config.ts'

const allowList = (...entries: string[]): AllowedHost[] => entries.map((entry) => parseAllowedHost(entry)!)
const refusal = (url: string, allowed: AllowedHost[] | null) => {
  const verdict = checkWebhookTarget(url, allowed)
  return 'refused' in verdict ? verdict.refused : null
}

t.test('only global unicast addresses are public', async (t) => {
  for (const address of ['8.8.8.8', '93.184.215.14', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) t.ok(isPublicAddress(address), address)
  const internal = {
    loopback: ['127.0.0.1', '127.255.0.9', '::1'],
    private: ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', 'fd00::1', 'fc00::7'],
    'link-local (cloud metadata)': ['169.254.169.254', 'fe80::1', 'fe80::1%eth0'],
    CGNAT: ['100.64.0.1', '100.100.100.200'],
    NAT64: ['64:ff9b::a9fe:a9fe', '64:ff9b:1::7f00:1'],
    'IPv4 inside IPv6': ['::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::127.0.0.1', '::8.8.8.8', '2002:7f00:1::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2'],
    multicast: ['224.0.0.1', '239.1.2.3', 'ff02::1'],
    'unspecified and broadcast': ['0.0.0.0', '0.1.2.3', '::', '255.255.255.255'],
    'documentation and reserved': ['192.0.2.1', '198.51.100.7', '203.0.113.7', '240.0.0.1', '2001:db8::1', 'fec0::1'],
    'not an address': ['localhost', '', '127.1', '1.2.3.4.5'],
  }
  for (const [kind, addresses] of Object.entries(internal)) {
    for (const address of addresses) t.notOk(isPublicAddress(address), `${kind}: ${address}`)
  }
})

t.test('without an allow-list: https on port 443 to any host, public IP literals only', async (t) => {
  t.same(checkWebhookTarget('https://reporting.example.gov/inbox?from=assessment', null), {
    target: { protocol: 'https:', host: 'reporting.example.gov', port: 443, path: '/inbox?from=assessment' },
    trusted: false,
  })
  t.same(checkWebhookTarget('https://Reporting.Example.GOV.:443/in', null), {
    target: { protocol: 'https:', host: 'reporting.example.gov', port: 443, path: '/in' },
    trusted: false,
  })
  t.equal(refusal('https://93.184.215.14/inbox', null), null)
  const refused: [string, RegExp][] = [
    ['http://reporting.example.gov/inbox', /https on port 443/],
    ['https://reporting.example.gov:8443/inbox', /https on port 443/],
    ['https://postgres:5432/', /name postgres:5432/],
    ['https://127.0.0.1/x', /not a public address/],
    ['https://0x7f.1/x', /127\.0\.0\.1 is not a public address/],
    ['https://10.1.2.3/x', /not a public/],
    ['https://169.254.169.254/latest/meta-data', /not a public/],
    ['https://[::1]/x', /not a public/],
    ['https://[::ffff:127.0.0.1]/x', /not a public/],
    ['https://[64:ff9b::a9fe:a9fe]/x', /not a public/],
    ['ftp://reporting.example.gov/x', /http or https/],
    ['not a url', /not a URL/],
  ]
  for (const [url, reason] of refused) t.match(refusal(url, null), reason, url)
})

t.test('with an allow-list: hosts by name, domains by suffix, ports only where named', async (t) => {
  const allowed = allowList('reporting.internal:8080', 'hooks.ministry.gov', '.partner.example', '127.0.0.1:9000', '[::1]:9001')
  const trusted = (url: string) => checkWebhookTarget(url, allowed)
  t.match(trusted('http://reporting.internal:8080/in'), { target: { protocol: 'http:', host: 'reporting.internal', port: 8080 }, trusted: true }, 'host:port opens http')
  t.match(trusted('https://reporting.internal:8080/in'), { trusted: true }, 'and https on that port')
  t.match(refusal('https://reporting.internal/in', allowed), /reporting\.internal:443/, 'but not 443')
  t.match(refusal('http://reporting.internal:8081/in', allowed), /reporting\.internal:8081/, 'nor another port')
  t.match(trusted('https://hooks.ministry.gov/in'), { trusted: true }, 'a named host without a port: https on 443')
  t.match(refusal('http://hooks.ministry.gov/in', allowed), /https on port 443/, 'no http without a named port')
  t.match(refusal('https://hooks.ministry.gov:8443/in', allowed), /https on port 443/)
  t.match(trusted('https://a.b.partner.example/in'), { trusted: false }, 'a domain entry does not vouch for addresses')
  t.match(refusal('http://a.partner.example:80/in', allowed), /https on port 443/)
  t.match(refusal('https://partner.example/in', allowed), /not in WEBHOOK_ALLOWED_HOSTS/, 'the suffix, not the domain itself')
  t.match(refusal('https://partner.example.evil.test/in', allowed), /not in WEBHOOK_ALLOWED_HOSTS/)
  t.match(trusted('http://127.0.0.1:9000/hook'), { trusted: true }, 'a named internal address is allowed')
  t.match(trusted('http://[::1]:9001/hook'), { target: { host: '::1', port: 9001 }, trusted: true })
  t.match(refusal('http://127.0.0.1:9001/hook', allowed), /127\.0\.0\.1:9001/)
  t.match(refusal('https://kubernetes.default.svc/', allowed), /not in WEBHOOK_ALLOWED_HOSTS/)
  t.match(refusal('https://metadata.google.internal/', allowed), /not in WEBHOOK_ALLOWED_HOSTS/)
  t.match(refusal('https://10.0.0.1/', allowList('*')), /not a public address/, '* opens names, not internal addresses')
  t.match(checkWebhookTarget('https://anything.example/in', allowList('*')), { trusted: false })
})

t.test('allow-list entries', async (t) => {
  t.same(parseAllowedHost('*'), { kind: 'any' })
  t.same(parseAllowedHost('.Ministry.GOV'), { kind: 'domain', suffix: '.ministry.gov' })
  t.same(parseAllowedHost('Reporting.internal'), { kind: 'host', host: 'reporting.internal', port: null })
  t.same(parseAllowedHost('reporting.internal:8080'), { kind: 'host', host: 'reporting.internal', port: 8080 })
  t.same(parseAllowedHost('reporting.internal:443'), { kind: 'host', host: 'reporting.internal', port: null }, '443 is the default')
  t.same(parseAllowedHost('[::1]:9001'), { kind: 'host', host: '::1', port: 9001 })
  t.same(parseAllowedHost('0x7f.1:80'), { kind: 'host', host: '127.0.0.1', port: 80 }, 'spelled as URLs spell it')
  for (const entry of ['', 'https://reporting.internal', 'reporting.internal/in', 'user@host', 'host:0', 'host:70000', 'host:http', '.partner.example:8443', '.10.0.0.1', 'a b', '[::1', '*.example.gov']) {
    t.equal(parseAllowedHost(entry), null, JSON.stringify(entry))
  }
})

t.test('a malformed WEBHOOK_ALLOWED_HOSTS stops the start, naming each bad entry', async (t) => {
  t.same(loadConfig('assessment', { WEBHOOK_ALLOWED_HOSTS: ' reporting.internal:8080 , .ministry.gov ,' }).webhookAllowedHosts, [
    { kind: 'host', host: 'reporting.internal', port: 8080 },
    { kind: 'domain', suffix: '.ministry.gov' },
  ])
  t.equal(loadConfig('assessment', {}).webhookAllowedHosts, null)
  const error = t.throws(() => loadConfig('assessment', { WEBHOOK_ALLOWED_HOSTS: 'ok.example,https://bad.example,.x.example:8443' })) as ConfigError
  t.type(error, ConfigError)
  t.same(error.problems, [
    'WEBHOOK_ALLOWED_HOSTS: "https://bad.example" is not host, host:port, .domain or *',
    'WEBHOOK_ALLOWED_HOSTS: ".x.example:8443" is not host, host:port, .domain or *',
  ])
})
