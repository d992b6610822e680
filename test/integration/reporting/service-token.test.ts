import { createServer } from 'node:http'
import { decodeJwt } from 'jose'
import t from 'tap'
import { createTokenVerifier } from '../../../services/kernel/auth/token-verifier.ts'
import { loadConfig } from '../../../services/kernel/config.ts'
import { createFeedClient } from '../../../services/reporting/ingestion/feed-client.ts'
import { createServiceTokenProvider } from '../../../services/reporting/ingestion/service-token.ts'
import { testDataDir } from '../../setup/paths.ts'

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

const config = loadConfig('reporting', { OIDC_ISSUER: base, OIDC_AUDIENCE: 'cict', OIDC_TOKEN_URL: `${base}/token`, OIDC_CLIENT_ID: 'reporting', OIDC_CLIENT_SECRET: 's3cret' })
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

t.test('OIDC mode without client credentials stops at start-up, naming what is missing', async (t) => {
  t.throws(() => loadConfig('reporting', { OIDC_ISSUER: base, OIDC_AUDIENCE: 'cict' }), { name: 'Error', message: /set OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/ })
})

t.test('local mode: the service token passes the token rules, however short the maximum lifetime', async (t) => {
  for (const maxLifetime of ['86400', '600']) {
    const local = loadConfig('reporting', { DATA_DIR: testDataDir, TOKEN_MAX_LIFETIME_SECONDS: maxLifetime })
    const token = await createServiceTokenProvider(local).token()
    const verify = await createTokenVerifier(local.auth, testDataDir)
    t.match(await verify(token), { subject: 'reporting-service', roles: ['auditor'] }, `accepted with TOKEN_MAX_LIFETIME_SECONDS=${maxLifetime}`)
    const { exp, iat } = decodeJwt(token)
    t.ok(exp! - iat! <= Number(maxLifetime))
  }
})
