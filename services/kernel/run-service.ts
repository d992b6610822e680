import { flushCompileCache } from 'node:module'
import closeWithGrace from 'close-with-grace'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import { createTokenVerifier, type TokenVerifier } from './auth/token-verifier.ts'
import { ConfigError, loadConfig, type ServiceConfig, type ServiceName } from './config.ts'
import { loadOrCreateCursorSecret } from './cursor-key.ts'
import { createDatabase } from './database.ts'
import { createLogger, defaultLogFormat } from './logger.ts'
import { migrateToLatest } from './migrate.ts'
import { StartupError } from './startup-error.ts'
import { startTracing, type Tracing } from './tracing.ts'
import { productVersion } from './version.ts'

export interface ServiceStartContext {
  config: ServiceConfig
  logger: Logger
  db: Kysely<any>
  verifyToken: TokenVerifier
  /** Set when OTEL_EXPORTER_OTLP_ENDPOINT is: the app registers its plugin. */
  tracing?: Tracing | null
}

export interface ServiceDefinition {
  name: ServiceName
  /** Runs once after migrations, before listening (the catalogue loads its seed here). */
  prepare?: (context: ServiceStartContext) => Promise<void>
  build: (context: ServiceStartContext) => Promise<FastifyInstance>
}

/** A start-up failure an operator can fix from its message is one line on stderr; anything else keeps its stack. */
function stopOnStartupError(name: ServiceName, error: unknown): never {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`${name}: ${error.message}\n`)
    process.exit(1)
  }
  throw error
}

/** The embedded server's code (and its binaries' package) loads only when no DATABASE_URL is given. */
async function embeddedDatabase(config: ServiceConfig, logger: Logger) {
  const { startEmbeddedPostgres } = await import('./embedded-postgres.ts')
  return startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, log: (m) => logger.debug({ postgres: m }) })
}

/**
 * The server entry every service shares: validate configuration, reach PostgreSQL (the given
 * DATABASE_URL, else the embedded server), migrate the service's own schema, listen, and on
 * SIGINT/SIGTERM refuse new requests, finish those in flight within SHUTDOWN_GRACE_MS, close the
 * pool and exit 0.
 */
export async function runService(definition: ServiceDefinition): Promise<void> {
  let config: ServiceConfig
  try {
    config = loadConfig(definition.name)
  } catch (error) {
    stopOnStartupError(definition.name, error)
  }
  config = { ...config, cursorSecret: config.cursorSecret ?? (await loadOrCreateCursorSecret(config.dataDir)) }
  const logger = createLogger(definition.name, config.logLevel, config.logFormat ?? defaultLogFormat())
  const embedded = config.databaseUrl ? null : await embeddedDatabase(config, logger).catch((error: unknown) => stopOnStartupError(definition.name, error))
  const db = createDatabase<any>({
    url: config.databaseUrl ?? embedded!.url,
    schema: definition.name,
    poolSize: config.databasePoolSize,
    connectTimeoutMs: config.databaseConnectTimeoutMs,
    onConnectionError: (err) => logger.warn({ err }, 'database connection lost; the pool replaces it'),
  })
  const applied = await migrateToLatest(db, definition.name)
  for (const line of applied) logger.info(line)
  const verifyToken = await createTokenVerifier(config.auth, config.dataDir)
  const tracing = config.otlpEndpoint ? await startTracing({ service: definition.name, version: productVersion, endpoint: config.otlpEndpoint }) : null
  const context = { config, logger, db, verifyToken, tracing }
  await definition.prepare?.(context)
  const app = await definition.build(context)

  closeWithGrace({ delay: config.shutdownGraceMs, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error')
    else logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: refusing new requests, finishing those in flight')
    await app.close()
    await db.destroy()
    await tracing?.shutdown()
    await embedded?.stop()
    logger.info('stopped')
  })
  await app.listen({ host: config.host, port: config.port })
  // With NODE_COMPILE_CACHE set (npm start sets it), the next start reads the compiled modules back
  // even if this process is later killed outright, which would skip the write Node does on exit.
  flushCompileCache()
  logger.info({ docs: `http://127.0.0.1:${config.port}/docs`, auth: config.auth.mode }, `${definition.name} ready`)
}
