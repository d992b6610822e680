import closeWithGrace from 'close-with-grace'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import { createTokenVerifier, type TokenVerifier } from './auth/token-verifier.ts'
import { ConfigError, loadConfig, type ServiceConfig, type ServiceName } from './config.ts'
import { createDatabase } from './database.ts'
import { startEmbeddedPostgres } from './embedded-postgres.ts'
import { createLogger } from './logger.ts'
import { migrateToLatest } from './migrate.ts'

export interface ServiceStartContext {
  config: ServiceConfig
  logger: Logger
  db: Kysely<any>
  verifyToken: TokenVerifier
}

export interface ServiceDefinition {
  name: ServiceName
  /** Runs once after migrations, before listening (the catalogue loads its seed here). */
  prepare?: (context: ServiceStartContext) => Promise<void>
  build: (context: ServiceStartContext) => Promise<FastifyInstance>
}

/**
 * The server entry every service shares: validate configuration, reach PostgreSQL (the given
 * DATABASE_URL, else the embedded server), migrate the service's own schema, listen, and on
 * SIGINT/SIGTERM stop taking requests, finish those in flight and close the pool.
 */
export async function runService(definition: ServiceDefinition): Promise<void> {
  let config: ServiceConfig
  try {
    config = loadConfig(definition.name)
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${definition.name}: ${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
  const logger = createLogger(definition.name, config.logLevel)
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, log: (m) => logger.debug({ postgres: m }) })
  const db = createDatabase<any>({
    url: config.databaseUrl ?? embedded!.url,
    schema: definition.name,
    poolSize: config.databasePoolSize,
    onIdleError: (err) => logger.warn({ err }, 'idle database connection lost'),
  })
  const applied = await migrateToLatest(db, definition.name)
  for (const line of applied) logger.info(line)
  const verifyToken = await createTokenVerifier(config.auth, config.dataDir)
  const context = { config, logger, db, verifyToken }
  await definition.prepare?.(context)
  const app = await definition.build(context)

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error')
    else logger.info({ signal }, 'shutting down')
    await app.close()
    await db.destroy()
    await embedded?.stop()
  })
  await app.listen({ host: config.host, port: config.port })
  logger.info({ docs: `http://127.0.0.1:${config.port}/docs`, auth: config.auth.mode }, `${definition.name} ready`)
}
