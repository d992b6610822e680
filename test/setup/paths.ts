import path from 'node:path'

export const repoRoot = path.resolve(import.meta.dirname, '../..')
/** Test-only data: the embedded server's cluster, the local signing key, the run's connection file. */
export const testDataDir = path.join(repoRoot, '.data', 'test')
/**
 * tap starts `before`, every test file and `after` from one runner process, so its pid names
 * this run: two runs on one machine (or one database server) never touch each other's files or
 * databases.
 */
export const runId = String(process.ppid)
export const runFile = path.join(testDataDir, `run-${runId}.json`)
export const hostPidFile = path.join(testDataDir, 'embedded-host.pid')
export const DATABASE_PREFIX = 'cict_'
export const templatePrefix = (id = runId) => `${DATABASE_PREFIX}tmpl_${id}_`
export const testDatabasePrefix = (id = runId) => `${DATABASE_PREFIX}t_${id}_`

export interface TestRun {
  adminUrl: string
  provider: 'url' | 'testcontainers' | 'embedded'
  /** False when the run found the embedded server already up (another run's) and must leave it. */
  ownsServer: boolean
  containerId?: string
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}
