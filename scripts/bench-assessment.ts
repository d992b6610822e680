import { performance } from 'node:perf_hooks'
import type { Kysely } from 'kysely'
import pino from 'pino'
import { buildAssessmentApp } from '../services/assessment/app.ts'
import type { AssessmentDatabase as AssessmentDb } from '../services/assessment/repositories/database.ts'
import { createCatalogueClient } from '../services/assessment/catalogue-client/catalogue-client.ts'
import { evaluateProcurement } from '../services/assessment/domain/evaluate-procurement.ts'
import { settingsOf } from '../services/assessment/operations/evaluations.ts'
import type { TenderCriteria } from '../services/assessment/domain/tender-criteria.ts'
import { buildCatalogueApp } from '../services/catalogue/app.ts'
import { loadSeed } from '../services/catalogue/seed/load-seed.ts'
import { mintLocalToken } from '../services/kernel/auth/local-keys.ts'
import { createTokenVerifier } from '../services/kernel/auth/token-verifier.ts'
import { loadConfig } from '../services/kernel/config.ts'
import { createDatabase } from '../services/kernel/database.ts'
import { migrateToLatest } from '../services/kernel/migrate.ts'
import { benchDatabase } from './bench-database.ts'
import { answerAll, laptopOffer, tenderChoices } from '../test/helpers/tender.ts'

// Bid submission throughput against the bare insert rate of the same rows, and the time to
// evaluate 200 bids against the pure scoring function alone, measured in one run. Prints
// ratios; asserts nothing.

const BIDS = Number(process.env.BENCH_BIDS ?? 200)
const CONCURRENCY = 8
// One client hammering the service would meet the rate limit; measure the service, not the limiter.
const config = loadConfig('assessment', { RATE_LIMIT_MAX: '0', ...process.env, LOG_LEVEL: 'silent' })
const database = await benchDatabase(config, 'cict_bench_assessment')
const logger = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' })
const verifyToken = await createTokenVerifier(config.auth, config.dataDir)

const catalogueDb = createDatabase<any>({ url: database.url, schema: 'catalogue' })
await migrateToLatest(catalogueDb, 'catalogue')
await loadSeed(catalogueDb)
const catalogue = await buildCatalogueApp({ config: { ...config, service: 'catalogue' }, logger, db: catalogueDb, verifyToken })
const catalogueUrl = await catalogue.listen({ host: '127.0.0.1', port: 0 })

const db = createDatabase<AssessmentDb>({ url: database.url, schema: 'assessment', poolSize: 10 })
await migrateToLatest(db as Kysely<any>, 'assessment')
const app = await buildAssessmentApp({ config, logger, db, verifyToken }, { catalogue: createCatalogueClient(catalogueUrl) })
const appUrl = await app.listen({ host: '127.0.0.1', port: 0 })

const token = (roles: ('buyer' | 'supplier')[], extra: { organisationId?: string; supplierId?: string }) =>
  mintLocalToken(config.dataDir, { subject: `bench-${extra.supplierId ?? 'buyer'}`, roles, ...extra }).then((t) => `Bearer ${t}`)
const buyer = await token(['buyer'], { organisationId: 'BENCH' })
async function api(method: string, path: string, auth: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${appUrl}${path}`, {
    method,
    headers: { authorization: auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return { body: (await response.json()) as any, etag: response.headers.get("etag") ?? "" }
}

const set = (await (await fetch(`${catalogueUrl}/api/v1/criteria-sets/notebooks-comprehensive/versions/1`)).json()) as any
const created = await api('POST', '/api/v1/procurements', buyer, {
  title: 'Benchmark tender', cpvCodes: ['30213100'], currency: 'EUR', estimatedValue: null,
  lots: [{ id: 'LOT-1', title: 'Notebooks', estimatedValue: null }],
  criteriaSet: { id: set.id, version: set.version }, criteria: tenderChoices(set, 40),
  weighting: { priceWeight: 60, qualityWeight: 40, minimumQualityScore: null },
  priceScoring: { basis: 'lifeCycleCost', rule: 'relativeToLowest' },
  lifeCycle: { energyTariff: { amount: '0.25', currency: 'EUR' }, years: 5, factorSetId: 'ademe-boavizta' },
})
const procurement = created.body
await api('POST', `/api/v1/procurements/${procurement.id}/status`, buyer, { status: 'open' }, { 'if-match': created.etag })
const requirementCount = answerAll(procurement.evaluationCriteria, 1).length

const suppliers = await db
  .insertInto('suppliers')
  .values(Array.from({ length: BIDS }, (_, i) => ({ name: `Supplier ${i}`, country: 'EE', contacts: '[]' })))
  .returning('id')
  .execute()
const contents = suppliers.map((_s: { id: string }, i: number) => ({
  offeredProducts: [laptopOffer((500 + (i % 97) * 3).toFixed(2))],
  responses: answerAll(procurement.evaluationCriteria, 1 + (i % 5)),
}))

async function inParallel<T>(items: T[], work: (item: T, index: number) => Promise<void>) {
  let next = 0
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) {
      const index = next++
      await work(items[index]!, index)
    }
  }))
}

const tokens = await Promise.all(suppliers.map((supplier: { id: string }) => token(['supplier'], { supplierId: supplier.id })))
let started = performance.now()
await inParallel(suppliers, async (_supplier: { id: string }, i) => {
  const auth = tokens[i]!
  const bid = await api('POST', `/api/v1/procurements/${procurement.id}/lots/LOT-1/bids`, auth, contents[i])
  await api('POST', `/api/v1/bids/${bid.body.id}/submit`, auth, undefined, { 'if-match': bid.etag })
})
const submitSeconds = (performance.now() - started) / 1000

// Ceiling: the same rows, inserted and then marked submitted, with nothing around them.
await db.insertInto('lots').values({ procurement_id: procurement.id, id: 'CEILING', title: 'ceiling', estimated_value: null }).execute()
started = performance.now()
await inParallel(suppliers, async (supplier: { id: string }, i) => {
  const row = await db
    .insertInto('bids')
    .values({ procurement_id: procurement.id, lot_id: 'CEILING', supplier_id: supplier.id, status: 'draft', offered_products: JSON.stringify(contents[i]!.offeredProducts), responses: JSON.stringify(contents[i]!.responses) })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db.updateTable('bids').set({ status: 'submitted', submitted_at: new Date() }).where('id', '=', row.id).execute()
})
const insertSeconds = (performance.now() - started) / 1000

const current = await api('GET', `/api/v1/procurements/${procurement.id}`, buyer)
await api('POST', `/api/v1/procurements/${procurement.id}/status`, buyer, { status: 'evaluation' }, { 'if-match': current.etag })
await api('POST', `/api/v1/procurements/${procurement.id}/lots/LOT-1/evaluations`, buyer)
const runs = 5
started = performance.now()
for (let i = 0; i < runs; i++) await api('POST', `/api/v1/procurements/${procurement.id}/lots/LOT-1/evaluations`, buyer)
const evaluateMs = (performance.now() - started) / runs

const row = await db.selectFrom('procurements').selectAll().where('id', '=', procurement.id).executeTakeFirstOrThrow()
const bids = await db.selectFrom('bids').selectAll().where('procurement_id', '=', procurement.id).where('lot_id', '=', 'LOT-1').execute()
const input = {
  procurement: settingsOf(row),
  criteria: (row.evaluation_criteria as TenderCriteria).criteria,
  bids: bids.map((b: any) => ({ id: b.id, supplierId: b.supplier_id, submittedAt: b.submitted_at.toISOString(), exclusions: [], offeredProducts: b.offered_products, responses: b.responses, evidence: [] })),
  evaluationDate: new Date().toISOString().slice(0, 10),
}
evaluateProcurement(input)
started = performance.now()
for (let i = 0; i < runs; i++) evaluateProcurement(input)
const pureMs = (performance.now() - started) / runs

await app.close()
await catalogue.close()
await db.destroy()
await catalogueDb.destroy()
await database.stop()
const rate = (n: number, s: number) => (n / s).toFixed(0)
process.stdout.write(
  `assessment benchmark: ${BIDS} bids × ${requirementCount} requirements, ${CONCURRENCY} concurrent clients\n` +
    `bid create+submit over HTTP: ${rate(BIDS, submitSeconds)} bids/s | bare insert+update of the same rows: ${rate(BIDS, insertSeconds)} bids/s | ratio ${(insertSeconds / submitSeconds).toFixed(2)}\n` +
    `evaluate lot over HTTP (load, score, rank, store): ${evaluateMs.toFixed(0)} ms | pure evaluateProcurement alone: ${pureMs.toFixed(0)} ms | ratio ${(pureMs / evaluateMs).toFixed(2)} | aim < 500 ms\n`,
)
