import { parseArgs } from 'node:util'
import { mintLocalToken } from '../services/kernel/auth/local-keys.ts'
import { isRole, roles } from '../services/kernel/auth/roles.ts'
import { loadConfig } from '../services/kernel/config.ts'

// Mints a bearer token for the local mode (no OIDC issuer configured). Prints only the token,
// so it composes: TOKEN=$(npm run -s token -- --role buyer --organisation ORG-1)

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true, default: [] },
    subject: { type: 'string' },
    organisation: { type: 'string' },
    supplier: { type: 'string' },
    ttl: { type: 'string', default: '3600', description: 'lifetime in seconds' },
  },
})
const config = loadConfig('catalogue')
if (config.auth.mode !== 'local') {
  process.stderr.write('OIDC_ISSUER is set: get tokens from your identity provider, not from this script.\n')
  process.exit(1)
}
const requested = values.role ?? []
const bad = requested.filter((role) => !isRole(role))
if (requested.length === 0 || bad.length > 0) {
  process.stderr.write(`Give one or more --role of: ${roles.join(', ')}${bad.length ? ` (unknown: ${bad.join(', ')})` : ''}\n`)
  process.exit(1)
}
const ttl = Number(values.ttl)
const longest = config.auth.maxLifetimeSeconds
if (!Number.isInteger(ttl) || ttl < 60 || ttl > longest) {
  process.stderr.write(`--ttl must be whole seconds between 60 and ${longest} (TOKEN_MAX_LIFETIME_SECONDS)\n`)
  process.exit(1)
}
const token = await mintLocalToken(config.dataDir, {
  subject: values.subject ?? `local-${requested.join('-')}`,
  roles: requested.filter(isRole),
  organisationId: values.organisation ?? null,
  supplierId: values.supplier ?? null,
  ttlSeconds: ttl,
})
process.stdout.write(`${token}\n`)
