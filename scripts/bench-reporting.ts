import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { sql, type Kysely } from 'kysely'
import pino from 'pino'
import { mintLocalToken } from '../services/kernel/auth/local-keys.ts'
import { createTokenVerifier } from '../services/kernel/auth/token-verifier.ts'
import { loadConfig } from '../services/kernel/config.ts'
import { createDatabase } from '../services/kernel/database.ts'
import { migrateToLatest } from '../services/kernel/migrate.ts'
import { buildReportingApp } from '../services/reporting/app.ts'
import type { FeedClient } from '../services/reporting/ingestion/feed-client.ts'
import type { AssessmentCloudEvent } from '../services/reporting/ingestion/feed-types.ts'
import type { ReportingDatabase } from '../services/reporting/repositories/database.ts'
import { benchDatabase } from './bench-database.ts'

// KPI query latency over HTTP on a synthetic history (100k procurements with awards, 1M
// requirement responses) beside the same aggregate in raw SQL; and feed ingestion through the
// projectors beside the bare insert of the same rows. Prints ratios; asserts nothing.
// BENCH_PROCUREMENTS, BENCH_RESPONSES_PER_AWARD, BENCH_BUYERS, BENCH_EVENTS, BENCH_REQUESTS scale it.

const PROCUREMENTS = Number(process.env.BENCH_PROCUREMENTS ?? 100_000)
const RESPONSES_PER_AWARD = Number(process.env.BENCH_RESPONSES_PER_AWARD ?? 10)
const BUYERS = Number(process.env.BENCH_BUYERS ?? 50)
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000)
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200)
const PAGE = 100

// One client hammering the service would meet the rate limit; measure the service, not the limiter.
const config = loadConfig('reporting', { RATE_LIMIT_MAX: '0', ...process.env, LOG_LEVEL: 'silent' })
const database = await benchDatabase(config, 'cict_bench_reporting')
const db = createDatabase<ReportingDatabase>({ url: database.url, schema: 'reporting', poolSize: 10 })
await migrateToLatest(db as Kysely<any>, 'reporting')
const truncate = () => sql`truncate performance_reports, contracts, awards, procurements, suppliers, applied_events`.execute(db)
const seconds = (since: number) => (performance.now() - since) / 1000

// --- Ingestion: a tender's four events per procurement, through the projectors -------------------
const iso = (ms: number) => new Date(ms).toISOString()
const events: AssessmentCloudEvent[] = []
const bareRows = { procurements: [] as any[], awards: [] as any[], contracts: [] as any[] }
for (let i = 0; events.length < EVENTS; i++) {
  const [procurementId, awardId, contractId, supplierId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()]
  const time = Date.UTC(2025, 0, 1) + i * 60_000
  const criteria = [{ id: 'EU-GPP-2021-CMTS.TS3', type: 'technicalSpecification', goals: ['environmental.circularEconomy'], strategies: ['technicalSpecifications'], maxPoints: null }]
  const offered = [{ model: 'N14', gtin: null, deviceType: 'laptop', quantity: 50, unitPrice: { amount: '600.00', currency: 'EUR' }, condition: i % 4 === 0 ? 'refurbished' : 'new', declaredLifetimeYears: 5, yearlyEnergyKWh: 18.8, massKg: 1.65 }]
  const responses = Array.from({ length: RESPONSES_PER_AWARD }, (_, r) => ({ requirementId: `R${r}`, value: r }))
  const created = { procurementId, buyerOrganisationId: `BUYER-${i % BUYERS}`, title: `Tender ${i}`, productCategory: 'notebooks', cpvCodes: ['30213100'], currency: 'EUR', lots: [{ id: 'LOT-1', title: 'Lot 1' }], criteriaSet: { id: 'notebooks-core', version: 1, ambitionLevel: 'core' }, weighting: { priceWeight: 70, qualityWeight: 30, minimumQualityScore: null }, criteria }
  const award = { awardId, procurementId, lotId: 'LOT-1', bidId: randomUUID(), supplierId, value: { amount: '30000.00', currency: 'EUR' }, lifeCycleCost: { amount: '31000.00', currency: 'EUR' }, co2e: {}, offeredProducts: offered, responses }
  const contract = { contractId, awardId, procurementId, lotId: 'LOT-1', supplierId, signedOn: iso(time).slice(0, 10), endsOn: null }
  for (const [type, data] of [['procurement.created', created], ['procurement.statusChanged', { procurementId, from: 'draft', to: 'open' }], ['award.made', award], ['contract.signed', contract]] as const) {
    events.push({ id: randomUUID(), type: `org.govstack.circular-ict.${type}`, subject: type, time: iso(time), sequence: String(events.length + 1).padStart(19, '0'), data })
  }
  bareRows.procurements.push({ id: procurementId, buyer_id: created.buyerOrganisationId, title: created.title, product_category: 'notebooks', cpv_codes: created.cpvCodes, currency: 'EUR', status: 'open', criteria_set_id: 'notebooks-core', criteria_set_version: 1, ambition_level: 'core', criteria: JSON.stringify(criteria), lots: JSON.stringify(created.lots), weighting: JSON.stringify(created.weighting), created_at: iso(time), published_at: iso(time) })
  bareRows.awards.push({ id: awardId, procurement_id: procurementId, lot_id: 'LOT-1', supplier_id: supplierId, bid_id: award.bidId, value_amount: '30000.00', currency: 'EUR', life_cycle_cost: '31000.00', co2e: '{}', units: JSON.stringify(offered), responses: JSON.stringify(responses), awarded_at: iso(time) })
  bareRows.contracts.push({ id: contractId, award_id: awardId, procurement_id: procurementId, supplier_id: supplierId, signed_on: contract.signedOn, ends_on: null })
}

const cursorAt = (position: number) => Buffer.from(JSON.stringify([position])).toString('base64url')
const positionOf = (cursor: string | null) => (cursor ? (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as number[])[0]! : 0)
// The feed served from memory, so the figure is the projectors' and the database's, not the network's.
const memoryFeed: FeedClient = {
  async assessmentEvents(cursor, limit) {
    const from = positionOf(cursor)
    const items = events.slice(from, from + limit)
    return { items, nextCursor: cursorAt(from + items.length) }
  },
  async catalogueChanges(cursor) {
    return { items: [], nextCursor: cursor }
  },
  async criterionVersion() {
    throw new Error('no catalogue in this benchmark')
  },
}

const logger = pino({ level: 'silent' })
const verifyToken = await createTokenVerifier(config.auth, config.dataDir)
const app = await buildReportingApp({ config, logger, db, verifyToken }, { feedClient: memoryFeed })
let started = performance.now()
await app.feedSync.runOnce()
const projectorSeconds = seconds(started)

await truncate()
// Ceiling: the same rows, a page of events per transaction, with no projection, dedup or cursor.
started = performance.now()
for (let tender = 0; tender < bareRows.procurements.length; tender += PAGE / 4) {
  const slice = <T>(rows: T[]) => rows.slice(tender, tender + PAGE / 4)
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('procurements').values(slice(bareRows.procurements)).execute()
    await trx.insertInto('awards').values(slice(bareRows.awards)).execute()
    await trx.insertInto('contracts').values(slice(bareRows.contracts)).execute()
  })
}
const bareSeconds = seconds(started)
await truncate()

// --- History: generated in the database in bulk -----------------------------------------------
started = performance.now()
const span = 5 * 365 * 24 * 3600
await sql`
  insert into procurements (id, buyer_id, title, product_category, cpv_codes, currency, status, criteria_set_id, criteria_set_version, ambition_level, criteria, lots, weighting, created_at, published_at, awarded_at)
  select md5('p' || i)::uuid, 'BUYER-' || (i % ${BUYERS}), 'Tender ' || i, case when i % 5 = 0 then 'monitors' else 'notebooks' end, array['30213100'], 'EUR', 'awarded', 'notebooks-core', 1, 'core',
         case when i % 3 = 0 then '[{"id":"EU-GPP-2021-CMTS.TS18","type":"technicalSpecification","goals":["environmental.energyEfficiency"],"strategies":["technicalSpecifications"],"maxPoints":null}]'::jsonb
              else '[{"id":"EU-GPP-2021-CMTS.TS3","type":"technicalSpecification","goals":["environmental.circularEconomy"],"strategies":["technicalSpecifications","euGPPCriteria"],"maxPoints":null}]'::jsonb end,
         '[{"id":"LOT-1","title":"Lot 1"}]'::jsonb, '{"priceWeight":70,"qualityWeight":30,"minimumQualityScore":null}'::jsonb,
         t, t, t + interval '30 days'
  from generate_series(1, ${PROCUREMENTS}) i, lateral (select timestamptz '2021-01-01' + make_interval(secs => (i::float8 * ${span}) / ${PROCUREMENTS})) as at(t)
`.execute(db)
await sql`
  insert into awards (id, procurement_id, lot_id, supplier_id, bid_id, value_amount, currency, life_cycle_cost, co2e, units, responses, awarded_at)
  select md5('a' || i)::uuid, md5('p' || i)::uuid, 'LOT-1', md5('s' || (i % 500))::uuid, md5('b' || i)::uuid, 1000 + (i % 9000), 'EUR', 1100 + (i % 9000), '{}'::jsonb,
         jsonb_build_array(jsonb_build_object('model', 'N14', 'gtin', null, 'deviceType', 'laptop', 'quantity', 10 + i % 90, 'unitPrice', jsonb_build_object('amount', '600.00', 'currency', 'EUR'),
           'condition', case when i % 4 = 0 then 'refurbished' else 'new' end, 'plannedLifetimeYears', 4 + i % 3, 'yearlyEnergyKWh', 18.8, 'massKg', 1.65, 'warrantyYears', 3)),
         (select jsonb_agg(jsonb_build_object('requirementId', 'R' || r, 'value', r)) from generate_series(1, ${RESPONSES_PER_AWARD}) r),
         p.awarded_at
  from generate_series(1, ${PROCUREMENTS}) i join procurements p on p.id = md5('p' || i)::uuid
`.execute(db)
await sql`
  insert into contracts (id, award_id, procurement_id, supplier_id, signed_on)
  select md5('c' || i)::uuid, a.id, a.procurement_id, a.supplier_id, a.awarded_at::date from generate_series(1, ${PROCUREMENTS}) i join awards a on a.id = md5('a' || i)::uuid
`.execute(db)
await sql`
  insert into performance_reports (contract_id, criterion_id, period_start, period_end, figures, met, reported_at)
  select c.id, 'EU-GPP-2021-CMTS.CPC2', c.signed_on, c.signed_on + 365,
         jsonb_build_object('unitsCollected', 40, 'unitsReused', 25, 'unitsRecycled', 10, 'unitsSanitised', 40, 'sanitisationCertificates', 38, 'repairs', 3, 'sparePartsDelivered', 5), true, c.signed_on + 366
  from contracts c where hashtext(c.id::text) % 2 = 0
`.execute(db)
await sql`analyze`.execute(db)
const loadSeconds = seconds(started)
const responseCount = Number((await sql<{ n: string }>`select sum(jsonb_array_length(responses)) as n from awards`.execute(db)).rows[0]!.n)

// --- KPI latency: over HTTP, and the same aggregate as raw SQL ---------------------------------
const url = await app.listen({ host: '127.0.0.1', port: 0 })
const token = await mintLocalToken(config.dataDir, { subject: 'bench-auditor', roles: ['auditor'] })
const buyerOf = (i: number) => `BUYER-${i % BUYERS}`
const query = (i: number) => `${url}/api/v1/kpis/values?buyer=${buyerOf(i)}&from=2025-01-01&to=2026-01-01`
for (let i = 0; i < 10; i++) await (await fetch(query(i), { headers: { authorization: `Bearer ${token}` } })).arrayBuffer()
const httpMs: number[] = []
for (let i = 0; i < REQUESTS; i++) {
  const at = performance.now()
  const response = await fetch(query(i), { headers: { authorization: `Bearer ${token}` } })
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`KPI query answered ${response.status}`)
  httpMs.push(performance.now() - at)
}
// The same work in one SQL statement: K01, K02, K05, K06 and K10 for the buyer and the year.
const rawAggregate = (buyer: string) => sql`
  with p as (select * from procurements where buyer_id = ${buyer} and published_at >= '2025-01-01' and published_at < '2026-01-01'),
       a as (select a.* from awards a join procurements pr on pr.id = a.procurement_id where pr.buyer_id = ${buyer} and a.awarded_at >= '2025-01-01' and a.awarded_at < '2026-01-01'),
       u as (select (line->>'quantity')::numeric q, line->>'condition' c, (line->>'plannedLifetimeYears')::numeric l from a, jsonb_array_elements(a.units) line),
       r as (select r.figures from performance_reports r join contracts c on c.id = r.contract_id join procurements pr on pr.id = c.procurement_id where pr.buyer_id = ${buyer} and r.period_end >= '2025-01-01' and r.period_end < '2026-01-01')
  select (select count(*) filter (where criteria @> '[{"goals":["environmental.circularEconomy"]}]') * 100.0 / nullif(count(*), 0) from p) k01,
         (select sum(value_amount) filter (where pr.criteria @> '[{"goals":["environmental.circularEconomy"]}]') * 100 / nullif(sum(value_amount), 0) from a join procurements pr on pr.id = a.procurement_id) k02,
         (select sum(q) filter (where c = 'refurbished') * 100 / nullif(sum(q), 0) from u) k05,
         (select sum(q * l) / nullif(sum(q), 0) from u) k06,
         (select sum((figures->>'unitsReused')::numeric) * 100 / nullif(sum((figures->>'unitsCollected')::numeric), 0) from r) k10
`
const sqlMs: number[] = []
for (let i = 0; i < REQUESTS; i++) {
  const at = performance.now()
  await rawAggregate(buyerOf(i)).execute(db)
  sqlMs.push(performance.now() - at)
}

await app.close()
await db.destroy()
await database.stop()

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!
const [p50, p95, s50, s95] = [percentile(httpMs, 50), percentile(httpMs, 95), percentile(sqlMs, 50), percentile(sqlMs, 95)]
const perBuyerYear = Math.round(PROCUREMENTS / BUYERS / 5)
process.stdout.write(
  `reporting benchmark: ${PROCUREMENTS} procurements with awards, ${responseCount} requirement responses, ${BUYERS} buyers over 5 years (about ${perBuyerYear} procurements per buyer and year); history generated in ${loadSeconds.toFixed(1)} s\n` +
    `KPI values (all 20 KPIs) for a buyer and a year over HTTP, ${REQUESTS} requests: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (aim p95 < 100 ms) | raw SQL aggregate of K01, K02, K05, K06, K10: p50 ${s50.toFixed(1)} ms, p95 ${s95.toFixed(1)} ms | ratio p95 ${(p95 / s95).toFixed(1)}\n` +
    `feed ingestion of ${events.length} events through the projectors: ${(events.length / projectorSeconds).toFixed(0)} events/s | bare insert of the same rows: ${(events.length / bareSeconds).toFixed(0)} events/s | ratio ${(bareSeconds / projectorSeconds).toFixed(2)}\n`,
)
