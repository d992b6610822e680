import { existsSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import type { ServiceName } from '../../services/kernel/config.ts'
import { createDatabase } from '../../services/kernel/database.ts'
import { migrateToLatest, migrationsRoot } from '../../services/kernel/migrate.ts'
import { loadSeed } from '../../services/catalogue/seed/load-seed.ts'
import { DATABASE_PREFIX, templatePrefix, testDatabasePrefix, withDatabase } from './paths.ts'

const services: ServiceName[] = ['catalogue', 'assessment', 'reporting']

function runIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Drops this run's databases, or with `stale`, those of earlier runs whose runner has died. */
export async function dropTestDatabases(adminUrl: string, which: 'mine' | 'stale'): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${DATABASE_PREFIX}%`])
    const mine = (name: string) => name.startsWith(templatePrefix()) || name.startsWith(testDatabasePrefix())
    const owner = (name: string) => Number(/^cict_(?:tmpl|t)_(\d+)_/.exec(name)?.[1])
    const doomed = rows.map((r) => r.datname).filter((name) => (which === 'mine' ? mine(name) : !mine(name) && !runIsAlive(owner(name))))
    for (const datname of doomed) {
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
  await dropTestDatabases(adminUrl, 'stale')
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    for (const service of services) {
      if (!existsSync(path.join(migrationsRoot, service))) continue
      const name = `${templatePrefix()}${service}`
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
