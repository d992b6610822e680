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
  const c = loadConfig('catalogue', { CATALOGUE_PORT: '4001', SEED_ON_START: 'false', OIDC_ISSUER: 'https://id.example.gov/realms/x', OIDC_ROLES_CLAIM: 'realm_access.roles' })
  t.equal(c.port, 4001)
  t.equal(c.seedOnStart, false)
  t.equal(c.auth.mode, 'oidc')
  t.equal(c.auth.rolesClaim, 'realm_access.roles')
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
