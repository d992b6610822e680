import { existsSync, promises as fs } from 'node:fs'
import { stopDatabaseServer } from './database-server.ts'
import { runFile, type TestRun } from './paths.ts'
import { dropTestDatabases } from './templates.ts'

if (existsSync(runFile)) {
  const testRun = JSON.parse(await fs.readFile(runFile, 'utf8')) as TestRun
  await dropTestDatabases(testRun.adminUrl, 'mine')
  await stopDatabaseServer(testRun)
  await fs.rm(runFile, { force: true })
}
