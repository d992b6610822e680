import { mintLocalToken } from '../services/kernel/auth/local-keys.ts'
import type { Role } from '../services/kernel/auth/roles.ts'
import { ConfigError, loadConfig } from '../services/kernel/config.ts'
import { answerAll, laptopOffer, tenderChoices } from '../test/helpers/tender.ts'

// npm run demo: loads one worked example into running services, over their public API only, so
// that KPIs, the OCDS export and the dashboard have figures to show. A ministry of education buys
// 600 notebooks for schools on the published EU GPP comprehensive set; three suppliers bid (one
// with refurbished devices), prove an ecolabel, are evaluated; the best-ranked bid is awarded,
// the contract signed, and the supplier reports on its take-back and repair clauses for a year.
//
// Idempotent: when the demo tender exists it changes nothing and says so. Every create carries an
// Idempotency-Key, so a run cut short is completed by the next one (within the services' 24 h key
// retention). It never runs by itself: `npm start` leaves the system empty unless this is run.
//
// Where: CATALOGUE_URL, ASSESSMENT_URL, REPORTING_URL (default: the local ports of npm start);
// tokens are minted with the local signing key in DATA_DIR (local token mode only).

const BUYER = 'DEMO-MINEDU'
const TITLE = 'Notebooks for schools 2027 (demo)'

let config: ReturnType<typeof loadConfig>
try {
  config = loadConfig('catalogue')
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
  throw error
}
if (config.auth.mode !== 'local') {
  process.stderr.write('The demo mints its own tokens, which needs the local token mode: unset OIDC_ISSUER for it.\n')
  process.exit(1)
}
const urls = {
  catalogue: config.catalogueUrl,
  assessment: config.assessmentUrl,
  reporting: process.env.REPORTING_URL ?? `http://127.0.0.1:${loadConfig('reporting').port}`,
}

const say = (line: string) => process.stdout.write(`${line}\n`)

async function bearer(role: Role, claims: { organisation?: string; supplier?: string; subject: string }) {
  const token = await mintLocalToken(config.dataDir, { subject: claims.subject, roles: [role], organisationId: claims.organisation ?? null, supplierId: claims.supplier ?? null, ttlSeconds: 3600 })
  return `Bearer ${token}`
}

interface Answer {
  status: number
  etag: string | null
  body: any
}

async function call(method: string, url: string, token: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method,
    headers: { ...(token ? { authorization: token } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), 'x-correlation-id': `demo-${Date.now()}`, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  return { status: response.status, etag: response.headers.get('etag'), body: /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : text }
}

/** A call that must answer `expected`; anything else stops the demo with the service's own words. */
async function must(what: string, expected: number, method: string, url: string, token: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const answer = await call(method, url, token, body, headers)
  if (answer.status !== expected) {
    const detail = typeof answer.body === 'object' ? `${answer.body.code}: ${answer.body.detail}` : String(answer.body).slice(0, 300)
    throw new Error(`${what}: ${method} ${url} answered ${answer.status} (${detail})`)
  }
  return answer
}

/** A create that a re-run replays instead of repeating. */
const create = (what: string, url: string, token: string, body: unknown, key: string) => must(what, 201, 'POST', url, token, body, { 'idempotency-key': `demo-${key}` })

async function servicesReady() {
  const down: string[] = []
  for (const [name, url] of Object.entries(urls)) {
    const ready = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false)
    if (!ready) down.push(`${name} (${url})`)
  }
  if (down.length) {
    process.stderr.write(`Not ready: ${down.join(', ')}. Start the services first (npm start), then run npm run demo.\n`)
    process.exit(1)
  }
}

const buyer = await bearer('buyer', { organisation: BUYER, subject: 'demo-buyer' })
const assessment = `${urls.assessment}/api/v1`
const reporting = `${urls.reporting}/api/v1`

async function existingTender(): Promise<{ id: string; status: string } | null> {
  let cursor: string | null = null
  do {
    const page: Answer = await must('list the tenders', 200, 'GET', `${assessment}/procurements?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, buyer)
    const found = page.body.items.find((p: { title: string }) => p.title === TITLE)
    if (found) return found
    cursor = page.body.nextCursor
  } while (cursor)
  return null
}

/** Moves the tender to `status` unless it is there already (or beyond, on a re-run). */
async function moveTender(id: string, status: string, order: string[]) {
  const current = await must('read the tender', 200, 'GET', `${assessment}/procurements/${id}`, buyer)
  if (order.indexOf(current.body.status) >= order.indexOf(status)) return
  await must(`move the tender to ${status}`, 200, 'POST', `${assessment}/procurements/${id}/status`, buyer, { status }, { 'if-match': current.etag! })
}

const suppliers = [
  { name: 'Refurb IT Solutions SAS', country: 'FR', vat: 'FR40303265045', price: '455.00', quality: 2, condition: 'refurbished', model: 'EliteBook 840 G8 (refurbished grade A)', lifetime: 4 },
  { name: 'GreenBook Europe GmbH', country: 'DE', vat: 'DE811907980', price: '689.00', quality: 3, condition: 'new', model: 'GreenBook 14 Edu', lifetime: 6 },
  { name: 'Nordic Devices AB', country: 'SE', vat: 'SE556703748501', price: '612.00', quality: 1, condition: 'new', model: 'Nordic N14', lifetime: 5 },
]

async function load() {
  const set = (await must('read the criteria set', 200, 'GET', `${urls.catalogue}/api/v1/product-categories/notebooks/criteria-sets/comprehensive`, null)).body
  say(`criteria set ${set.id} version ${set.version} (${set.criteria.length} criteria), pinned in the tender`)
  const tender = (
    await create('create the tender', `${assessment}/procurements`, buyer, {
      title: TITLE,
      description: '600 notebooks for secondary schools, with take-back of the old fleet and repairs over five years.',
      cpvCodes: ['30213100'],
      currency: 'EUR',
      estimatedValue: { amount: '420000.00', currency: 'EUR' },
      lots: [{ id: 'LOT-1', title: 'Notebooks for pupils', estimatedValue: null }],
      criteriaSet: { id: set.id, version: set.version },
      criteria: tenderChoices(set, 35),
      weighting: { priceWeight: 65, qualityWeight: 35, minimumQualityScore: null },
      priceScoring: { basis: 'lifeCycleCost', rule: 'relativeToLowest' },
      lifeCycle: { energyTariff: { amount: '0.28', currency: 'EUR' }, years: 5, factorSetId: 'ademe-boavizta' },
    }, 'tender')
  ).body
  const base = `${assessment}/procurements/${tender.id}`
  const order = ['draft', 'open', 'evaluation', 'awarded']
  await moveTender(tender.id, 'open', order)
  say(`tender ${tender.id} open`)

  // Each bid documents every claim the tender accepts evidence for (an ecolabel where one counts),
  // as selection criteria need it to pass and verified evidence backs the points.
  const evidenceFor = Object.entries(tender.evaluationCriteria.acceptedEvidence as Record<string, string[]>)
    .filter(([, types]) => types.length > 0)
    .map(([criterionId, types]) => ({ criterionId, type: types.includes('type1EcolabelCertificate') ? 'type1EcolabelCertificate' : types[0]! }))
  const bids: { id: string; token: string; evidenceIds: string[]; name: string }[] = []
  for (const [index, s] of suppliers.entries()) {
    const supplier = (await create(`register ${s.name}`, `${assessment}/suppliers`, buyer, { name: s.name, country: s.country, identifiers: [{ scheme: 'VAT', value: s.vat }], contacts: [] }, `supplier-${index}`)).body
    const token = await bearer('supplier', { supplier: supplier.id, subject: `demo-supplier-${index}` })
    const bid = await create(`${s.name}'s bid`, `${base}/lots/LOT-1/bids`, token, {
      offeredProducts: [laptopOffer(s.price, { model: s.model, quantity: 600, condition: s.condition, declaredLifetimeYears: s.lifetime })],
      responses: answerAll(tender.evaluationCriteria, s.quality),
    }, `bid-${index}`)
    const evidenceIds: string[] = []
    for (const [n, { criterionId, type }] of evidenceFor.entries()) {
      const evidence = await create(`${s.name}'s evidence for ${criterionId}`, `${assessment}/bids/${bid.body.id}/evidence`, token, {
        criterionId, type, issuer: type === 'type1EcolabelCertificate' ? 'TCO Development' : s.name, identifier: `DEMO-${index + 1}-${n + 1}`, validUntil: '2029-12-31', url: null, documentHash: null,
      }, `evidence-${index}-${n}`)
      evidenceIds.push(evidence.body.id)
    }
    const current = await must('read the bid', 200, 'GET', `${assessment}/bids/${bid.body.id}`, token)
    if (current.body.status === 'draft') await must(`submit ${s.name}'s bid`, 200, 'POST', `${assessment}/bids/${bid.body.id}/submit`, token, undefined, { 'if-match': current.etag! })
    bids.push({ id: bid.body.id, token, evidenceIds, name: s.name })
    say(`bid of ${s.name} submitted (${s.condition}, EUR ${s.price} a unit)`)
  }

  await moveTender(tender.id, 'evaluation', order)
  for (const bid of bids) {
    const listed = await must('list the evidence', 200, 'GET', `${assessment}/bids/${bid.id}/evidence?limit=100`, buyer)
    for (const evidence of listed.body.items as { id: string; status: string }[]) {
      // A fresh piece of evidence is at revision 1; a re-run finds it reviewed already.
      if (evidence.status === 'submitted') await must('verify the evidence', 200, 'POST', `${base}/evidence/${evidence.id}/review`, buyer, { status: 'verified' }, { 'if-match': `"${evidence.id}.1"` })
    }
  }
  say(`evidence verified: ${evidenceFor.length} pieces per bid`)
  const evaluation = (await create('evaluate the lot', `${base}/lots/LOT-1/evaluations`, buyer, undefined, 'evaluation')).body
  const winner = bids.find((b) => b.id === evaluation.ranking[0])!
  say(`evaluated: ${evaluation.ranking.map((id: string) => bids.find((b) => b.id === id)!.name).join(' > ')}`)
  const award = (await create('award the lot', `${base}/lots/LOT-1/award`, buyer, { evaluationId: evaluation.id, bidId: winner.id }, 'award')).body
  const contract = (await create('sign the contract', `${assessment}/awards/${award.id}/contract`, buyer, { signedOn: '2027-02-01', endsOn: '2032-01-31' }, 'contract')).body
  say(`awarded to ${winner.name}; contract ${contract.id} with ${contract.clauses.length} performance clauses`)
  for (const [index, clause] of contract.clauses.entries()) {
    await create(`report on clause ${clause.criterionId ?? clause.id}`, `${assessment}/contracts/${contract.id}/clauses/${clause.id}/reports`, winner.token, {
      periodStart: '2027-02-01',
      periodEnd: '2028-01-31',
      responses: answerAll({ technicalSpecifications: [clause], selectionCriteria: [], awardCriteria: [] }, 1),
      figures: {
        unitsCollected: 540, unitsReused: 410, unitsRecycled: 130, unitsSanitised: 540, sanitisationCertificates: 531, repairs: 64, sparePartsDelivered: 118,
        unitsReachedEndOfUse: 600, massCollectedKg: 1188, massToCertifiedRecyclersKg: 286, recoveredMetalsG: { gold: 21.6, silver: 70.2, palladium: 7.0 },
      },
    }, `report-${index}`)
  }

  // The buyer's side in reporting: public figures, a target, a self-assessment.
  const settings = await must('read the buyer settings', 200, 'GET', `${reporting}/buyers/${BUYER}/settings`, buyer)
  if (!settings.body.publicDashboard) await must('make the figures public', 200, 'PUT', `${reporting}/buyers/${BUYER}/settings`, buyer, { publicDashboard: true, displayName: 'Ministry of Education (demo)' }, { 'if-match': settings.etag! })
  await create('set a target', `${reporting}/buyers/${BUYER}/targets`, buyer, { kpiId: 'K05', targetValue: 30, direction: 'atLeast', baselineValue: 5, baselineDate: '2026-01-01', deadline: '2028-12-31' }, 'target-k05')
  await create('submit a self-assessment', `${reporting}/buyers/${BUYER}/maturity-assessments`, buyer, { answers: [{ itemId: 'P1.1', value: 2 }, { itemId: 'P1.4', value: 1 }, { itemId: 'P3.9', value: 'notApplicable' }] }, 'maturity')
  return tender.id as string
}

async function reportingHasRead(procurementId: string) {
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((resolve) => setTimeout(resolve, 500))) {
    const exported = await call('GET', `${reporting}/ocds/release-packages?procurementId=${procurementId}`, buyer)
    if (exported.status === 200 && exported.body.releases?.[0]?.contracts?.length) return
  }
  say('reporting has not read the tender yet (it polls the feeds every FEED_POLL_INTERVAL_MS); the figures follow shortly')
}

/** Loaded when its tender is awarded and its last step, the self-assessment, is there. */
async function alreadyLoaded(tender: { status: string } | null) {
  if (tender?.status !== 'awarded') return false
  return (await call('GET', `${reporting}/buyers/${BUYER}/maturity-assessments/latest`, buyer)).status === 200
}

await servicesReady()
const existing = await existingTender()
let procurementId: string
if (existing && (await alreadyLoaded(existing))) {
  procurementId = existing.id
  say(`The demo is already loaded (tender ${existing.id}, buyer ${BUYER}): nothing changed.`)
} else {
  say(existing ? `Completing the demo begun earlier for buyer ${BUYER}…` : `Loading the demo for buyer ${BUYER}…`)
  procurementId = await load()
  say('Loaded.')
}
await reportingHasRead(procurementId)
const values = await must('read the KPIs', 200, 'GET', `${reporting}/kpis/values?buyer=${BUYER}`, null)
// One line per KPI with a figure (the first of a KPI given per dimension).
const shown = new Map<string, { name: string; value: number | null; unit: string }>()
for (const v of values.body.values as { kpiId: string; name: string; value: number | null; unit: string }[]) if (v.value !== null && !shown.has(v.kpiId)) shown.set(v.kpiId, v)
for (const [id, v] of shown) say(`  ${id} ${v.name}: ${v.value} ${v.unit}`)
say(`Dashboard: ${urls.reporting}/dashboard/${BUYER}`)
say(`OCDS:      ${reporting}/ocds/release-packages?procurementId=${procurementId} (with a buyer token)`)
say(`KPIs:      ${reporting}/kpis/values?buyer=${BUYER}`)
