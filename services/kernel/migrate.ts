import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Kysely } from 'kysely'
import { FileMigrationProvider, Migrator, type MigrationResultSet } from 'kysely/migration'

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

/**
 * Brings a service's own schema to the latest migration. Kysely's migration lock makes
 * concurrent replicas starting together safe: one migrates, the others wait and find nothing to do.
 */
export async function migrateToLatest(db: Kysely<unknown>, schema: string): Promise<string[]> {
  await db.schema.createSchema(schema).ifNotExists().execute()
  return unwrap(await migratorFor(db, schema).migrateToLatest())
}

export async function migrateDown(db: Kysely<unknown>, schema: string): Promise<string[]> {
  return unwrap(await migratorFor(db, schema).migrateDown())
}
