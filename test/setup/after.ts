import { existsSync, promises as fs } from 'node:fs'
import { stopDatabaseServer } from './database-server.ts'
import { runFile, TEMPLATE_PREFIX, TEST_DB_PREFIX, type TestRun } from './paths.ts'
import { dropDatabasesWithPrefix } from './templates.ts'

if (existsSync(runFile)) {
  const testRun = JSON.parse(await fs.readFile(runFile, 'utf8')) as TestRun
  if (testRun.provider === 'url') await dropDatabasesWithPrefix(testRun.adminUrl, [TEMPLATE_PREFIX, TEST_DB_PREFIX])
  await stopDatabaseServer(testRun)
  await fs.rm(runFile, { force: true })
}
