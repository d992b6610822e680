import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import pino from 'pino'
import { createTokenVerifier } from '../../services/kernel/auth/token-verifier.ts'
import { loadConfig, type ServiceName } from '../../services/kernel/config.ts'
import { createDatabase } from '../../services/kernel/database.ts'
import type { ServiceStartContext } from '../../services/kernel/run-service.ts'
import { testDataDir } from '../setup/paths.ts'
import { freshDatabase, type TestService } from './service.ts'

interface Teardown {
  teardown: (fn: () => Promise<void> | void) => void
}

export interface LoggedTestService extends TestService {
  /** Every JSON line the service logged so far, parsed. */
  logLines: () => Record<string, unknown>[]
}

/**
 * buildTestService with the logger kept: the app logs at info into memory instead of being
 * silenced, so a test can read what an operator would see on stdout.
 */
export async function buildLoggedTestService(
  t: Teardown,
  service: ServiceName,
  build: (context: ServiceStartContext) => Promise<FastifyInstance>,
  env: Record<string, string> = {},
): Promise<LoggedTestService> {
  const url = await freshDatabase(t, service)
  const config = loadConfig(service, { DATA_DIR: testDataDir, DATABASE_URL: url, ...env })
  const db = createDatabase<any>({ url, schema: service, poolSize: 4 })
  const verifyToken = await createTokenVerifier(config.auth, config.dataDir)
  const lines: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
      done()
    },
  })
  const app = await build({ config, logger: pino({ level: 'info', base: { service } }, sink), db, verifyToken })
  await app.ready()
  t.teardown(async () => {
    await app.close()
    await db.destroy()
  })
  return { app, db, url, logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) }
}
