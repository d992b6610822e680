import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import pg from 'pg'
import pino, { type Logger } from 'pino'
import { mintLocalToken } from '../../services/kernel/auth/local-keys.ts'
import type { Role } from '../../services/kernel/auth/roles.ts'
import { createTokenVerifier } from '../../services/kernel/auth/token-verifier.ts'
import { loadConfig, type ServiceName } from '../../services/kernel/config.ts'
import { createDatabase } from '../../services/kernel/database.ts'
import type { ServiceStartContext } from '../../services/kernel/run-service.ts'
import { runFile, templatePrefix, testDatabasePrefix, testDataDir, withDatabase, type TestRun } from '../setup/paths.ts'

interface Teardown {
  teardown: (fn: () => Promise<void> | void) => void
}

function testRun(): TestRun {
  return JSON.parse(readFileSync(runFile, 'utf8')) as TestRun
}

/** A fresh database cloned from the service's migrated template, dropped when the test ends. */
export async function freshDatabase(t: Teardown, service: ServiceName): Promise<string> {
  const { adminUrl } = testRun()
  const name = `${testDatabasePrefix()}${service}_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database "${name}" template "${templatePrefix()}${service}"`)
  await admin.end()
  t.teardown(async () => {
    const client = new pg.Client({ connectionString: adminUrl })
    await client.connect()
    await client.query(`drop database if exists "${name}" with (force)`)
    await client.end()
  })
  return withDatabase(adminUrl, name)
}

export interface TestService {
  app: FastifyInstance
  db: Kysely<any>
  url: string
}

/** Builds a service exactly as its server entry does, on its own database, never listening. */
export async function buildTestService(
  t: Teardown,
  service: ServiceName,
  build: (context: ServiceStartContext) => Promise<FastifyInstance>,
  env: Record<string, string> = {},
): Promise<TestService> {
  return buildTestServiceOn(t, await freshDatabase(t, service), service, build, env)
}

/** buildTestService on a database the test prepared, or reaches through a proxy it controls. */
export async function buildTestServiceOn(
  t: Teardown,
  url: string,
  service: ServiceName,
  build: (context: ServiceStartContext) => Promise<FastifyInstance>,
  env: Record<string, string> = {},
  logger: Logger = pino({ level: 'silent' }),
): Promise<TestService> {
  const config = loadConfig(service, { DATA_DIR: testDataDir, DATABASE_URL: url, LOG_LEVEL: 'silent', ...env })
  const db = createDatabase<any>({ url, schema: service, poolSize: 4, connectTimeoutMs: config.databaseConnectTimeoutMs })
  const verifyToken = await createTokenVerifier(config.auth, config.dataDir)
  const app = await build({ config, logger, db, verifyToken })
  await app.ready()
  t.teardown(async () => {
    await app.close()
    await db.destroy()
  })
  return { app, db, url }
}

export async function bearer(roles: Role[], claims: { subject?: string; organisationId?: string; supplierId?: string } = {}) {
  const token = await mintLocalToken(testDataDir, { subject: claims.subject ?? `test-${roles.join('-') || 'none'}`, roles, organisationId: claims.organisationId ?? null, supplierId: claims.supplierId ?? null })
  return `Bearer ${token}`
}
