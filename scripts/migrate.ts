import { parseArgs } from 'node:util'
import { loadSeed } from '../services/catalogue/seed/load-seed.ts'
import { ConfigError, loadConfig, type ServiceName } from '../services/kernel/config.ts'
import { createDatabase } from '../services/kernel/database.ts'
import { answers } from '../services/kernel/embedded-postgres.ts'
import { createLogger } from '../services/kernel/logger.ts'
import { migrateDown, migrateToLatest } from '../services/kernel/migrate.ts'

// Migrates each named service's schema (all three by default) and, for the catalogue, loads the
// criteria library when SEED_ON_START is true: what a service does on start, as a one-shot step
// for a deployment job, so a failing migration stops a rollout before any new pod serves.
// With --down it reverts the latest migration of each service named (a rollback, run with the
// newer release's image, which holds that migration's down).
//   node scripts/migrate.ts [catalogue|assessment|reporting ...] [--wait <seconds>]
//   node scripts/migrate.ts --down <service ...>
// Exits 0 on success, 1 when a migration or the seed failed, 2 on bad usage.

const services: ServiceName[] = ['catalogue', 'assessment', 'reporting']
const isService = (name: string): name is ServiceName => (services as string[]).includes(name)

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: node scripts/migrate.ts [${services.join('|')} ...] [--wait <seconds>] | --down <service ...>\n`)
  process.exit(2)
}

let args
try {
  args = parseArgs({ allowPositionals: true, options: { wait: { type: 'string', default: '0' }, down: { type: 'boolean', default: false } } })
} catch (error) {
  usage((error as Error).message)
}
const unknown = args.positionals.filter((name) => !isService(name))
if (unknown.length > 0) usage(`unknown service: ${unknown.join(', ')}`)
const waitSeconds = Number(args.values.wait)
if (!Number.isInteger(waitSeconds) || waitSeconds < 0 || waitSeconds > 3600) usage('--wait must be whole seconds between 0 and 3600')
const down = args.values.down
if (down && args.positionals.length === 0) usage('--down reverts only the services named')
const selected = args.positionals.length > 0 ? args.positionals.filter(isService) : services

let config
try {
  config = loadConfig('catalogue')
} catch (error) {
  if (error instanceof ConfigError) usage(error.message)
  throw error
}
if (!config.databaseUrl) usage('DATABASE_URL is not set (without it, each service migrates its embedded database itself on start)')
const databaseUrl = config.databaseUrl
const logger = createLogger('migrate', config.logLevel)

// A job started beside a fresh database server must not fail just because the server is still
// starting: wait for it, bounded, before the first real attempt.
for (let waited = 0; !(await answers(databaseUrl)); waited++) {
  if (waited >= waitSeconds) {
    logger.error({ waitedSeconds: waited }, 'database does not answer')
    process.exit(1)
  }
  await new Promise((resolve) => setTimeout(resolve, 1000))
}

let failed = false
for (const service of selected) {
  const db = createDatabase<any>({ url: databaseUrl, schema: service, poolSize: 2, applicationName: `${service}-migrate` })
  try {
    if (down) {
      const reverted = await migrateDown(db, service)
      logger.info({ schema: service, reverted }, reverted.length > 0 ? `${service}: ${reverted.join(', ')}` : `${service}: nothing to revert`)
      continue
    }
    const applied = await migrateToLatest(db, service)
    logger.info({ schema: service, applied }, applied.length > 0 ? `${service}: ${applied.length} migration(s) applied` : `${service}: schema is current`)
    if (service === 'catalogue' && config.seedOnStart) logger.info({ schema: service, ...(await loadSeed(db)) }, 'catalogue: seed loaded')
  } catch (error) {
    failed = true
    logger.error({ schema: service, err: error }, `${service}: migration ${down ? 'revert ' : ''}failed`)
  } finally {
    await db.destroy()
  }
}
process.exit(failed ? 1 : 0)
