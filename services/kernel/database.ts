import pg from 'pg'
import { Kysely, PostgresDialect, type DatabaseConnection, type Driver } from 'kysely'
import { JoiningDriver, type UnitOfWork } from './unit-of-work.ts'

const INT8_OID = 20
const DATE_OID = 1082

/**
 * int8 (counts, sequence numbers) fits a JS number in every table we own; `date` stays a string
 * because pg's default turns it into a local-midnight Date and shifts it across time zones.
 * numeric (money, CO2e) stays a string so no decimal is ever rounded through a float.
 */
const typeOverrides: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8_OID) return (value: string) => Number(value)
    if (oid === DATE_OID) return (value: string) => value
    return pg.types.getTypeParser(oid, format)
  }) as pg.CustomTypesConfig['getTypeParser'],
}

export interface DatabaseOptions {
  url: string
  schema: string
  poolSize?: number
  applicationName?: string
  /** How long a query waits for a connection (new, or free in a busy pool) before it fails as unavailable. */
  connectTimeoutMs?: number
  /** Told when a connection breaks (server restart, failover, terminated backend); the pool replaces it. */
  onConnectionError?: (error: Error) => void
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** PostgreSQL through the driver that lets a request's queries join its unit of work. */
class JoiningPostgresDialect extends PostgresDialect {
  joiningDriver: JoiningDriver | null = null

  override createDriver(): Driver {
    this.joiningDriver = new JoiningDriver(super.createDriver())
    return this.joiningDriver
  }
}

const joiningDrivers = new WeakMap<Kysely<any>, JoiningDriver>()
const pools = new WeakMap<Kysely<any>, pg.Pool>()

/** The connection pool behind a database made by createDatabase, for its metrics. */
export function poolOf(db: Kysely<any>): pg.Pool | null {
  return pools.get(db) ?? null
}

/**
 * A unit of work on the database: queries run inside it (see runInUnitOfWork) share one
 * transaction, begun at the first of them with `onBegin` as its first statement.
 */
export function startUnitOfWork(db: Kysely<any>, onBegin: (connection: DatabaseConnection) => Promise<void>): UnitOfWork {
  const driver = joiningDrivers.get(db)
  if (!driver) throw new Error('units of work need a database made by createDatabase')
  return driver.startUnitOfWork(onBegin)
}

/** One pool per service, every connection scoped to the service's own schema. */
export function createDatabase<DB>(options: DatabaseOptions): Kysely<DB> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    application_name: options.applicationName ?? options.schema,
    options: `-c search_path=${quoteIdentifier(options.schema)},public -c statement_timeout=30000`,
    types: typeOverrides,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
  })
  // pg emits 'error' on a client whose backend goes away, idle in the pool or checked out by a
  // request (idle in a transaction, or mid-query). Without a listener that error would end the
  // process. The statement in flight fails on its own, the pool drops the broken client when it is
  // released, the next query reconnects, and /health/ready reports the outage meanwhile.
  pool.on('connect', (client) => client.on('error', (error) => options.onConnectionError?.(error)))
  // The pool re-emits an idle client's error, already reported by the client's own listener above.
  pool.on('error', () => undefined)
  const dialect = new JoiningPostgresDialect({ pool })
  const db = new Kysely<DB>({ dialect })
  joiningDrivers.set(db, dialect.joiningDriver!)
  pools.set(db, pool)
  return db
}
