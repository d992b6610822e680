import { promises as fs } from 'node:fs'
import { startDatabaseServer } from './database-server.ts'
import { runFile, testDataDir } from './paths.ts'
import { createTemplates } from './templates.ts'

const testRun = await startDatabaseServer()
await fs.mkdir(testDataDir, { recursive: true })
await fs.writeFile(runFile, JSON.stringify(testRun))
await createTemplates(testRun.adminUrl)
process.stdout.write(`# test database: ${testRun.provider}\n`)
