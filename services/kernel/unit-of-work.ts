import { AsyncLocalStorage } from 'node:async_hooks'
import { CompiledQuery, type DatabaseConnection, type Driver, type QueryResult, type TransactionSettings } from 'kysely'

/**
 * One database transaction for a whole request, which every query of the request joins: the
 * operation's own `db.transaction()` becomes a savepoint inside it, and every read sees the
 * request's writes. It begins at the request's first query, so outside calls made before any
 * write (the catalogue lookup when a tender is created) hold no transaction open, and it ends
 * when the request's answer is known: committed for a success, rolled back otherwise.
 *
 * The idempotency key of a POST is claimed and its answer stored in this same transaction, so a
 * crash at any point leaves either both the change and its recorded answer, or neither.
 */
export class UnitOfWork {
  readonly #driver: Driver
  readonly #onBegin: (connection: DatabaseConnection) => Promise<void>
  #connection: Promise<JoinedConnection> | null = null
  #state: 'open' | 'committed' | 'rolled back' = 'open'
  readonly #savepoints: string[] = []
  #savepointCount = 0

  constructor(driver: Driver, onBegin: (connection: DatabaseConnection) => Promise<void>) {
    this.#driver = driver
    this.#onBegin = onBegin
  }

  get open(): boolean {
    return this.#state === 'open'
  }

  belongsTo(driver: Driver): boolean {
    return this.#driver === driver
  }

  connection(): Promise<JoinedConnection> {
    this.assertOpen()
    this.#connection ??= this.#begin()
    return this.#connection
  }

  async #begin(): Promise<JoinedConnection> {
    const connection = await this.#driver.acquireConnection()
    try {
      await this.#driver.beginTransaction(connection, {})
      await this.#onBegin(connection)
    } catch (error) {
      await this.#driver.rollbackTransaction(connection).catch(() => undefined)
      await this.#driver.releaseConnection(connection)
      throw error
    }
    return new JoinedConnection(this, connection)
  }

  execute<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.connection().then((connection) => connection.executeQuery<R>(query))
  }

  assertOpen(): void {
    if (this.#state !== 'open') throw new Error(`the request's database transaction is already ${this.#state}`)
  }

  async savepoint(connection: JoinedConnection): Promise<void> {
    const name = `request_step_${++this.#savepointCount}`
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${name}`))
    this.#savepoints.push(name)
  }

  async releaseSavepoint(connection: JoinedConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${this.#savepoints.pop()}`))
  }

  async rollbackToSavepoint(connection: JoinedConnection): Promise<void> {
    const name = this.#savepoints.pop()
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${name}`))
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${name}`))
  }

  commit(): Promise<void> {
    return this.#end('committed')
  }

  /** Ends the unit of work with nothing kept; a no-op once it has ended. */
  rollback(): Promise<void> {
    return this.#end('rolled back')
  }

  async #end(outcome: 'committed' | 'rolled back'): Promise<void> {
    if (this.#state !== 'open') return
    this.#state = outcome
    const joined = await this.#connection?.catch(() => null)
    if (!joined) return
    const connection = joined.inner
    try {
      if (outcome === 'committed') await this.#driver.commitTransaction(connection)
      else await this.#driver.rollbackTransaction(connection)
    } catch (error) {
      if (outcome === 'committed') {
        this.#state = 'rolled back'
        await this.#driver.rollbackTransaction(connection).catch(() => undefined)
        throw error
      }
    } finally {
      await this.#driver.releaseConnection(connection)
    }
  }
}

/** The transaction's connection as lent to queries: unusable once the unit of work has ended. */
class JoinedConnection implements DatabaseConnection {
  readonly work: UnitOfWork
  readonly inner: DatabaseConnection

  constructor(work: UnitOfWork, inner: DatabaseConnection) {
    this.work = work
    this.inner = inner
  }

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    this.work.assertOpen()
    return this.inner.executeQuery<R>(query)
  }

  streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    this.work.assertOpen()
    return this.inner.streamQuery<R>(query, chunkSize)
  }
}

const current = new AsyncLocalStorage<UnitOfWork>()

/** Runs `fn` (and everything it starts) inside the unit of work. */
export function runInUnitOfWork<T>(work: UnitOfWork, fn: () => T): T {
  return current.run(work, fn)
}

/** Work that outlives the request (a background catch-up it kicks off) must not join its transaction. */
export function outsideUnitOfWork<T>(fn: () => T): T {
  return current.exit(fn)
}

/**
 * Kysely's PostgreSQL driver, made to hand the request's unit of work to every query run inside
 * it; outside one (background loops, requests without one) it is the plain pooled driver.
 */
export class JoiningDriver implements Driver {
  readonly #inner: Driver

  constructor(inner: Driver) {
    this.#inner = inner
  }

  startUnitOfWork(onBegin: (connection: DatabaseConnection) => Promise<void>): UnitOfWork {
    return new UnitOfWork(this.#inner, onBegin)
  }

  init(): Promise<void> {
    return this.#inner.init()
  }

  acquireConnection(): Promise<DatabaseConnection> {
    const work = current.getStore()
    if (work?.open && work.belongsTo(this.#inner)) return work.connection()
    return this.#inner.acquireConnection()
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (connection instanceof JoinedConnection) return connection.work.savepoint(connection)
    return this.#inner.beginTransaction(connection, settings)
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof JoinedConnection) return connection.work.releaseSavepoint(connection)
    return this.#inner.commitTransaction(connection)
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof JoinedConnection) return connection.work.rollbackToSavepoint(connection)
    return this.#inner.rollbackTransaction(connection)
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof JoinedConnection) return
    return this.#inner.releaseConnection(connection)
  }

  destroy(): Promise<void> {
    return this.#inner.destroy()
  }
}
