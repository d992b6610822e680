import { existsSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import type { ServiceName } from '../../services/kernel/config.ts'
import { createDatabase } from '../../services/kernel/database.ts'
import { migrateToLatest, migrationsRoot } from '../../services/kernel/migrate.ts'
import { loadSeed } from '../../services/catalogue/seed/load-seed.ts'
import { TEMPLATE_PREFIX, TEST_DB_PREFIX, withDatabase } from './paths.ts'

const services: ServiceName[] = ['catalogue', 'assessment', 'reporting']

export async function dropDatabasesWithPrefix(adminUrl: string, prefixes: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like any($1)', [prefixes.map((p) => `${p}%`)])
    for (const { datname } of rows) {
      await client.query(`update pg_database set datistemplate = false where datname = $1`, [datname])
      await client.query(`drop database if exists "${datname}" with (force)`)
    }
  } finally {
    await client.end()
  }
}

/**
 * One migrated (and, for the catalogue, seeded) template database per service; each test file
 * then clones its own database from it in milliseconds instead of migrating again.
 */
export async function createTemplates(adminUrl: string): Promise<void> {
  await dropDatabasesWithPrefix(adminUrl, [TEMPLATE_PREFIX, TEST_DB_PREFIX])
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    for (const service of services) {
      if (!existsSync(path.join(migrationsRoot, service))) continue
      const name = `${TEMPLATE_PREFIX}${service}`
      await admin.query(`create database "${name}"`)
      const db = createDatabase<any>({ url: withDatabase(adminUrl, name), schema: service, poolSize: 2 })
      try {
        await migrateToLatest(db, service)
        if (service === 'catalogue') await loadSeed(db)
      } finally {
        await db.destroy()
      }
      await admin.query(`update pg_database set datistemplate = true where datname = $1`, [name])
    }
  } finally {
    await admin.end()
  }
}
