import t from 'tap'
import { ConfigError, loadConfig } from '../../../services/kernel/config.ts'

t.test('defaults give the contract ports and local auth', async (t) => {
  const c = loadConfig('assessment', {})
  t.equal(c.port, 3002)
  t.equal(c.databaseUrl, null, 'no DATABASE_URL means the embedded server')
  t.equal(c.auth.mode, 'local')
  t.equal(c.catalogueUrl, 'http://127.0.0.1:3001')
  t.equal(loadConfig('catalogue', {}).port, 3001)
  t.equal(loadConfig('reporting', {}).port, 3003)
})

t.test('values are converted and overrides honoured', async (t) => {
  const c = loadConfig('catalogue', { CATALOGUE_PORT: '4001', SEED_ON_START: 'false', OIDC_ISSUER: 'https://id.example.gov/realms/x', OIDC_AUDIENCE: 'cict', OIDC_ROLES_CLAIM: 'resource_access["portal.gov"].roles' })
  t.equal(c.port, 4001)
  t.equal(c.seedOnStart, false)
  t.equal(c.auth.mode, 'oidc')
  t.equal(c.auth.rolesClaim, 'resource_access["portal.gov"].roles')
})

t.test('OIDC mode is safe by default: Keycloak claims, an audience, reporting’s own credentials', async (t) => {
  const issuer = 'https://id.example.gov/realms/x'
  const c = loadConfig('catalogue', { OIDC_ISSUER: `${issuer}/`, OIDC_AUDIENCE: 'cict' })
  t.equal(c.auth.issuer, issuer, 'a trailing slash is no trap')
  t.equal(c.serviceCredentials.tokenUrl, `${issuer}/protocol/openid-connect/token`)
  t.match(c.auth, { audience: 'cict', rolesClaim: 'realm_access.roles', requireAccessTokenType: true, jwksCacheMaxAgeSeconds: 300, jwksCooldownSeconds: 5 })
  t.throws(() => loadConfig('catalogue', { OIDC_ISSUER: issuer }), /OIDC_AUDIENCE is not set/)
  t.equal(loadConfig('catalogue', { OIDC_ISSUER: issuer, OIDC_ALLOW_ANY_AUDIENCE: 'true' }).auth.audience, null, 'waived only when asked')
  t.throws(() => loadConfig('reporting', { OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'cict' }), /OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/, 'reporting without its client credentials does not start')
  t.ok(loadConfig('reporting', { OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'cict', OIDC_CLIENT_ID: 'reporting', OIDC_CLIENT_SECRET: 's' }))
  t.throws(() => loadConfig('catalogue', { OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'cict', OIDC_ROLES_CLAIM: 'a..b' }), /OIDC_ROLES_CLAIM="a\.\.b"/)
})

t.test('local mode: its own audience, fixed claim names, the token rules', async (t) => {
  const c = loadConfig('catalogue', { OIDC_ROLES_CLAIM: 'realm_access.roles', TOKEN_MAX_LIFETIME_SECONDS: '3600' })
  t.match(c.auth, { mode: 'local', audience: 'urn:circular-ict:api', rolesClaim: 'roles', maxLifetimeSeconds: 3600, clockSkewSeconds: 30 })
  t.throws(() => loadConfig('catalogue', { TOKEN_MAX_LIFETIME_SECONDS: '315360000' }), /TOKEN_MAX_LIFETIME_SECONDS/)
  t.throws(() => loadConfig('catalogue', { TOKEN_CLOCK_SKEW_SECONDS: '3600' }), /TOKEN_CLOCK_SKEW_SECONDS/)
})

t.test('the edge: limits, origins, timeouts and trusted addresses are checked', async (t) => {
  const c = loadConfig('catalogue', {
    RATE_LIMIT_MAX: '100',
    CORS_ORIGINS: 'https://portal.example.gov, http://localhost:5173',
    TRUSTED_PROXY_ADDRESSES: '10.0.0.0/8',
    TRUSTED_MEDIATOR_ADDRESSES: '192.0.2.7, 2001:db8::/32',
    TRUSTED_MEDIATOR_CERT_HEADER: 'SSL-Client-Verify',
  })
  t.match(c.edge, { rateLimitMax: 100, rateLimitWindowMs: 60_000, authFailuresMax: 20, corsOrigins: ['https://portal.example.gov', 'http://localhost:5173'], requestTimeoutMs: 30_000, headersTimeoutMs: 10_000, keepAliveTimeoutMs: 10_000, trustedProxies: ['10.0.0.0/8'] })
  t.same(c.trustedMediator, { addresses: ['192.0.2.7', '2001:db8::/32'], certificateHeader: 'ssl-client-verify' })
  t.same(loadConfig('catalogue', {}).edge.corsOrigins, [], 'CORS is off unless origins are named')
  const error = t.throws(() =>
    loadConfig('catalogue', {
      CORS_ORIGINS: 'https://ok.example,https://bad.example/path,*',
      TRUSTED_MEDIATOR_ADDRESSES: '10.0.0.0/33,not-an-ip',
      TRUSTED_MEDIATOR_CERT_HEADER: 'ssl-client-verify',
      HEADERS_TIMEOUT_MS: '40000',
    }),
  ) as ConfigError
  t.match(error.problems.join('\n'), /"https:\/\/bad\.example\/path" is not an origin/)
  t.match(error.problems.join('\n'), /"\*" is not an origin/)
  t.match(error.problems.join('\n'), /"10\.0\.0\.0\/33" has a bad prefix length/)
  t.match(error.problems.join('\n'), /"not-an-ip" is not an address/)
  t.match(error.problems.join('\n'), /TRUSTED_MEDIATOR_CERT_HEADER needs TRUSTED_PROXY_ADDRESSES/)
  t.match(error.problems.join('\n'), /HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS/)
})

t.test('a bad value is an error naming each variable, once', async (t) => {
  const error = t.throws(() => loadConfig('catalogue', { CATALOGUE_PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' })) as ConfigError
  t.ok(error instanceof ConfigError)
  t.equal(error.problems.length, 3)
  t.match(error.problems.join('\n'), /CATALOGUE_PORT="abc"/)
  t.match(error.problems.join('\n'), /LOG_LEVEL="loud"/)
  t.match(error.problems.join('\n'), /DATABASE_URL="mysql:\/\/x"/)
  t.throws(() => loadConfig('catalogue', { OIDC_JWKS_URL: 'https://id.example.gov/keys' }), /OIDC_ISSUER/)
  t.throws(() => loadConfig('catalogue', { CATALOGUE_PORT: '70000' }), /CATALOGUE_PORT/)
})
