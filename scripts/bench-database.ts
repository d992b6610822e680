import pg from 'pg'
import type { ServiceConfig } from '../services/kernel/config.ts'
import { startEmbeddedPostgres } from '../services/kernel/embedded-postgres.ts'

/**
 * A fresh, empty database for one benchmark run, on DATABASE_URL's server or the embedded one;
 * dropped and recreated each run so figures never depend on a previous run's data.
 */
export async function benchDatabase(config: ServiceConfig, name: string) {
  const server = config.databaseUrl ? null : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort })
  const baseUrl = config.databaseUrl ?? server!.url
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  await admin.query(`drop database if exists "${name}" with (force)`)
  await admin.query(`create database "${name}"`)
  await admin.end()
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), stop: async () => server?.stop() }
}
