import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import pino from 'pino'
import { buildAssessmentApp } from '../services/assessment/app.ts'
import { buildCatalogueApp } from '../services/catalogue/app.ts'
import { loadConfig, type ServiceName } from '../services/kernel/config.ts'
import { createDatabase } from '../services/kernel/database.ts'
import type { ServiceStartContext } from '../services/kernel/run-service.ts'
import { buildReportingApp } from '../services/reporting/app.ts'

// `write` regenerates openapi/<service>.json from the route schemas; `check` fails when the
// committed files differ from what the code generates. Neither needs a running database.

const builders: Record<ServiceName, (context: ServiceStartContext) => Promise<FastifyInstance>> = {
  catalogue: buildCatalogueApp,
  assessment: buildAssessmentApp,
  reporting: buildReportingApp,
}
const outDir = path.resolve(import.meta.dirname, '..', 'openapi')
const mode = process.argv[2]
if (mode !== 'write' && mode !== 'check') {
  process.stderr.write('usage: openapi.ts write|check\n')
  process.exit(2)
}

let drift = 0
for (const [service, build] of Object.entries(builders) as [ServiceName, (typeof builders)[ServiceName]][]) {
  const config = loadConfig(service, { DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused', LOG_LEVEL: 'silent' })
  // The pool connects lazily; generating the contract never opens a connection.
  const db = createDatabase<any>({ url: config.databaseUrl!, schema: service })
  const app = await build({ config, logger: pino({ level: 'silent' }), db, verifyToken: async () => { throw new Error('unused') } })
  await app.ready()
  const generated = `${JSON.stringify(app.swagger(), null, 2)}\n`
  await app.close()
  await db.destroy()
  const file = path.join(outDir, `${service}.json`)
  if (mode === 'write') {
    await fs.mkdir(outDir, { recursive: true })
    await fs.writeFile(file, generated)
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`)
  } else {
    const committed = await fs.readFile(file, 'utf8').catch(() => '')
    if (committed !== generated) {
      drift++
      process.stderr.write(`openapi/${service}.json differs from the code: run npm run openapi:write and commit it\n`)
    }
  }
}
if (drift > 0) process.exit(1)
if (mode === 'check') process.stdout.write('openapi contracts match the code\n')
