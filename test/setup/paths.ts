import path from 'node:path'

export const repoRoot = path.resolve(import.meta.dirname, '../..')
/** Test-only data: the embedded server's cluster, the local signing key, the run's connection file. */
export const testDataDir = path.join(repoRoot, '.data', 'test')
export const runFile = path.join(testDataDir, 'run.json')
export const hostPidFile = path.join(testDataDir, 'embedded-host.pid')
export const TEMPLATE_PREFIX = 'cict_tmpl_'
export const TEST_DB_PREFIX = 'cict_t_'
export const EMBEDDED_TEST_PORT = 54330

export interface TestRun {
  adminUrl: string
  provider: 'url' | 'testcontainers' | 'embedded'
  containerId?: string
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}
