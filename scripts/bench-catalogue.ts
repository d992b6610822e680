import autocannon from 'autocannon'
import Fastify from 'fastify'
import pino from 'pino'
import { buildCatalogueApp } from '../services/catalogue/app.ts'
import { loadSeed } from '../services/catalogue/seed/load-seed.ts'
import { createTokenVerifier } from '../services/kernel/auth/token-verifier.ts'
import { loadConfig } from '../services/kernel/config.ts'
import { createDatabase } from '../services/kernel/database.ts'
import { migrateToLatest } from '../services/kernel/migrate.ts'
import { benchDatabase } from './bench-database.ts'

// Measures the catalogue against a ceiling taken in the same run: a bare Fastify route serving
// the very same bytes. Prints ratios; asserts nothing (timing belongs in reports, not tests).

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5)
const CONNECTIONS = 10
// One client hammering the service would meet the rate limit; measure the service, not the limiter.
const config = loadConfig('catalogue', { RATE_LIMIT_MAX: '0', ...process.env, LOG_LEVEL: 'silent' })
const database = await benchDatabase(config, 'cict_bench_catalogue')
const db = createDatabase<any>({ url: database.url, schema: 'catalogue', poolSize: 10 })
await migrateToLatest(db, 'catalogue')
await loadSeed(db)

const app = await buildCatalogueApp({ config, logger: pino({ level: 'silent' }), db, verifyToken: await createTokenVerifier(config.auth, config.dataDir) })
const appAddress = await app.listen({ host: '127.0.0.1', port: 0 })

const scenarios = [
  { name: 'published criteria-set version', path: '/api/v1/criteria-sets/notebooks-comprehensive/versions/1' },
  { name: 'filtered search', path: '/api/v1/criteria?productCategory=notebooks&type=technicalSpecification&q=battery' },
]

function run(target: string) {
  return autocannon({ url: target, connections: CONNECTIONS, duration: DURATION_S })
}

const lines: string[] = []
for (const scenario of scenarios) {
  const bytes = await (await fetch(`${appAddress}${scenario.path}`)).text()
  const bare = Fastify()
  bare.get('/', async (_request, reply) => reply.type('application/json').send(bytes))
  const bareAddress = await bare.listen({ host: '127.0.0.1', port: 0 })
  const ceiling = await run(`${bareAddress}/`)
  const measured = await run(`${appAddress}${scenario.path}`)
  await bare.close()
  if (measured.non2xx > 0) throw new Error(`${scenario.name}: ${measured.non2xx} non-2xx responses`)
  lines.push(
    `${scenario.name} (${bytes.length} bytes): ${measured.requests.average.toFixed(0)} req/s, p50 ${measured.latency.p50} ms, p99 ${measured.latency.p99} ms | ` +
      `bare ceiling ${ceiling.requests.average.toFixed(0)} req/s, p99 ${ceiling.latency.p99} ms | ratio ${(measured.requests.average / ceiling.requests.average).toFixed(2)}`,
  )
}

await app.close()
await db.destroy()
await database.stop()
process.stdout.write(`catalogue benchmark, ${CONNECTIONS} connections, ${DURATION_S} s each\n${lines.join('\n')}\n`)
