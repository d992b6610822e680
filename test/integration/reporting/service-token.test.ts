import { createServer } from 'node:http'
import t from 'tap'
import { loadConfig } from '../../../services/kernel/config.ts'
import { createFeedClient } from '../../../services/reporting/ingestion/feed-client.ts'
import { createServiceTokenProvider } from '../../../services/reporting/ingestion/service-token.ts'

// An OIDC issuer's token endpoint and an assessment feed that rotates its accepted token, on a
// loopback port: reporting must use the client credentials grant, cache the token, and renew it
// once when the feed refuses it.
const grants: URLSearchParams[] = []
let accepted = 'token-1'
const server = createServer((req, res) => {
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', () => {
    res.setHeader('content-type', 'application/json')
    if (req.url === '/token') {
      grants.push(new URLSearchParams(body))
      return res.end(JSON.stringify({ access_token: `token-${grants.length}`, expires_in: 300, token_type: 'Bearer' }))
    }
    if (req.headers.authorization !== `Bearer ${accepted}`) {
      res.statusCode = 401
      return res.end('{}')
    }
    res.end(JSON.stringify({ items: [], nextCursor: 'WzBd' }))
  })
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`

const config = loadConfig('reporting', { OIDC_ISSUER: base, OIDC_TOKEN_URL: `${base}/token`, OIDC_CLIENT_ID: 'reporting', OIDC_CLIENT_SECRET: 's3cret' })
const tokens = createServiceTokenProvider(config)
const client = createFeedClient({ assessmentUrl: base, catalogueUrl: base, tokens })

t.test('OIDC mode: client credentials grant, cached, renewed once when refused', async (t) => {
  t.same(await client.assessmentEvents(null, 10, 'c-1'), { items: [], nextCursor: 'WzBd' })
  await client.assessmentEvents(null, 10, 'c-2')
  t.equal(grants.length, 1, 'the token is reused while valid')
  t.same(Object.fromEntries(grants[0]!), { grant_type: 'client_credentials', client_id: 'reporting', client_secret: 's3cret' })
  accepted = 'token-2'
  t.same((await client.assessmentEvents(null, 10, 'c-3')).items, [], 'a refused token is renewed and the call retried')
  t.equal(grants.length, 2)
  accepted = 'never'
  await t.rejects(client.assessmentEvents(null, 10, 'c-4'), { name: 'FeedError', message: /answered 401/ }, 'but only once')
})

t.test('OIDC mode without client credentials says what is missing', async (t) => {
  const bare = createServiceTokenProvider(loadConfig('reporting', { OIDC_ISSUER: base }))
  await t.rejects(bare.token(), { name: 'FeedError', message: /OIDC_CLIENT_ID, OIDC_CLIENT_SECRET/ })
})
