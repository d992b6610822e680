import { promises as fs } from 'node:fs'
import { startEmbeddedPostgres } from '../../services/kernel/embedded-postgres.ts'
import { testDataDir } from './paths.ts'

// Runs detached for the length of a test run: tap's `before` program must exit before the tests
// start, and the server must outlive it. Prints its URL once ready; stops cleanly on SIGTERM.
const server = await startEmbeddedPostgres({ dataDir: testDataDir, port: Number(process.argv[2]), database: 'postgres' })
// The URL holds the superuser password: readable by its owner only.
await fs.writeFile(`${testDataDir}/embedded-url`, server.url, { mode: 0o600 })
const stop = async () => {
  await server.stop()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
setInterval(() => undefined, 1 << 30)
