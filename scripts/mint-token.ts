import { parseArgs } from 'node:util'
import { mintLocalToken } from '../services/kernel/auth/local-keys.ts'
import { isRole, roles } from '../services/kernel/auth/roles.ts'
import { loadConfig } from '../services/kernel/config.ts'

// Mints a bearer token for the local mode (no OIDC issuer configured). Prints only the token,
// so it composes: TOKEN=$(npm run -s token -- --role buyer --organisation ORG-1)

const usage = `Usage: npm run -s token -- --role <role> [--role <role> ...] [options]

Mints a bearer token signed with the local key in DATA_DIR (local mode only) and prints it.

Options:
  --role <role>          a role the token carries, repeatable: ${roles.join(', ')}
  --subject <id>         the token's subject (sub); evaluator assignments name it
                         (default: local-<roles>)
  --organisation <id>    the buyer organisation the caller acts for (buyer, evaluator roles)
  --supplier <id>        the supplier the caller acts for (supplier role)
  --ttl <seconds>        lifetime, 60 up to TOKEN_MAX_LIFETIME_SECONDS (default 3600)
  --help                 this text
`

const fail = (message: string): never => {
  process.stderr.write(`${message}\n\n${usage}`)
  process.exit(1)
}

const parsed = (() => {
  try {
    return parseArgs({
      options: {
        role: { type: 'string', multiple: true, default: [] },
        subject: { type: 'string' },
        organisation: { type: 'string' },
        supplier: { type: 'string' },
        ttl: { type: 'string', default: '3600' },
        help: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
})()
const { values } = parsed
if (values.help) {
  process.stdout.write(usage)
  process.exit(0)
}
const config = loadConfig('catalogue')
if (config.auth.mode !== 'local') {
  process.stderr.write('OIDC_ISSUER is set: get tokens from your identity provider, not from this script.\n')
  process.exit(1)
}
const requested = values.role ?? []
const bad = requested.filter((role) => !isRole(role))
if (requested.length === 0 || bad.length > 0) {
  fail(`Give one or more --role of: ${roles.join(', ')}${bad.length ? ` (unknown: ${bad.join(', ')})` : ''}`)
}
const ttl = Number(values.ttl)
const longest = config.auth.maxLifetimeSeconds
if (!Number.isInteger(ttl) || ttl < 60 || ttl > longest) {
  fail(`--ttl must be whole seconds between 60 and ${longest} (TOKEN_MAX_LIFETIME_SECONDS)`)
}
const token = await mintLocalToken(config.dataDir, {
  subject: values.subject ?? `local-${requested.join('-')}`,
  roles: requested.filter(isRole),
  organisationId: values.organisation ?? null,
  supplierId: values.supplier ?? null,
  ttlSeconds: ttl,
})
process.stdout.write(`${token}\n`)
