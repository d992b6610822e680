import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Kysely } from 'kysely'
import { FileMigrationProvider, Migrator, type MigrationResultSet } from 'kysely/migration'
import { listAppliedMigrations } from './repositories/applied-migrations.ts'

export const migrationsRoot = path.resolve(import.meta.dirname, '../../migrations')

function migratorFor(db: Kysely<unknown>, schema: string): Migrator {
  return new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: path.join(migrationsRoot, schema) }),
    migrationTableSchema: schema,
    migrationTableName: 'kysely_migration',
    migrationLockTableName: 'kysely_migration_lock',
  })
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')
    const cause = result.error instanceof Error ? result.error.message : String(result.error)
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`, { cause: result.error })
  }
  return (result.results ?? []).map((r) => `${r.direction === 'Up' ? 'applied' : 'reverted'} ${r.migrationName}`)
}

/** The migrations in a service's folder, named as Kysely's file provider names them. */
async function migrationNames(schema: string): Promise<string[]> {
  const files = await fs.readdir(path.join(migrationsRoot, schema))
  return files.filter((file) => /\.[cm]?[jt]s$/.test(file) && !/\.d\.[cm]?ts$/.test(file)).map((file) => file.slice(0, file.lastIndexOf('.')))
}

/**
 * A warm start's check: one query, where the migrator takes its lock after checking its tables
 * and imports every migration file. Nothing is to be done only when exactly the folder's
 * migrations are recorded as applied; anything else (a new schema, a new migration, a database
 * that cannot be read) goes to the migrator, which applies or reports as ever.
 */
async function isCurrent(db: Kysely<unknown>, schema: string): Promise<boolean> {
  try {
    const [recorded, names] = await Promise.all([listAppliedMigrations(db, schema), migrationNames(schema)])
    const applied = new Set(recorded)
    return applied.size === names.length && names.every((name) => applied.has(name))
  } catch {
    return false
  }
}

/**
 * Brings a service's own schema to the latest migration. Kysely's migration lock makes
 * concurrent replicas starting together safe: one migrates, the others wait and find nothing to do.
 */
export async function migrateToLatest(db: Kysely<unknown>, schema: string): Promise<string[]> {
  if (await isCurrent(db, schema)) return []
  await db.schema.createSchema(schema).ifNotExists().execute()
  return unwrap(await migratorFor(db, schema).migrateToLatest())
}

export async function migrateDown(db: Kysely<unknown>, schema: string): Promise<string[]> {
  return unwrap(await migratorFor(db, schema).migrateDown())
}
