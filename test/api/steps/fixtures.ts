import assert from 'node:assert/strict'
import { answerAll, criteriaNeedingEvidence, evidenceFor, procurementBody } from '../../helpers/tender.ts'
import { contractOf, type ServiceName } from './contract.ts'
import type { ApiResponse, ApiWorld } from './world.ts'

// What a scenario needs to exist before its request: each built over the public API, fresh for
// the scenario (names and identifiers carry its unique suffix), remembered as {names} the
// feature can use. Each builds on the one before it, once per scenario.

type Fixture = (world: ApiWorld) => Promise<void>

/**
 * What the suite adds to the catalogue is filed under a category no scenario looks up by
 * category, so the current set of a category (what tenders are built on) stays the shipped one.
 */
export const ownCategory = 'imaging-equipment'

async function expect(world: ApiWorld, what: string, status: number, service: ServiceName, method: string, path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse> {
  const response = await world.call(service, method, path, token, body === undefined ? undefined : JSON.stringify(body), headers)
  assert.equal(response.status, status, `set-up (${what}): ${method} ${path} answered ${response.status} ${response.text.slice(0, 400)}`)
  return response
}

/** The example request body the contract documents for an operation. */
export function exampleBody(service: ServiceName, method: string, path: string): any {
  const content = contractOf(service).document.paths[path]![method]!.requestBody?.content['application/json']
  assert.ok(content?.example, `the contract documents an example body for ${method.toUpperCase()} ${path}`)
  return structuredClone(content.example)
}

const bearer = async (world: ApiWorld, role: Parameters<ApiWorld['token']>[0], claims: Parameters<ApiWorld['token']>[1] = {}) => `Bearer ${await world.token(role, claims)}`
const buyer = (world: ApiWorld) => bearer(world, 'buyer', { organisation: world.settings.buyerOrganisation })

function remember(world: ApiWorld, values: Record<string, string | number>) {
  for (const [name, value] of Object.entries(values)) world.vars.set(name, String(value))
}

/** Runs a fixture once per scenario, whichever later fixtures ask for it. */
function once(name: string, build: Fixture): Fixture {
  return async (world) => {
    if (world.vars.has(`done:${name}`)) return
    await build(world)
    world.vars.set(`done:${name}`, 'yes')
  }
}

const publishedSet = once('publishedSet', async (world) => {
  const { productCategory, ambitionLevel } = world.settings
  const set = await expect(world, 'published criteria set', 200, 'catalogue', 'GET', `/api/v1/product-categories/${productCategory}/criteria-sets/${ambitionLevel}`, null)
  world.stash.set = set.body
  remember(world, { setId: set.body.id, setVersion: set.body.version })
})

const draftCriterion = once('draftCriterion', async (world) => {
  const body = exampleBody('catalogue', 'post', '/api/v1/criteria')
  body.source.code = 'API-TEST'
  body.code = `T${world.unique}`
  body.content.productCategories = [ownCategory]
  const created = await expect(world, 'draft criterion', 201, 'catalogue', 'POST', '/api/v1/criteria', await bearer(world, 'catalogue-admin'), body)
  remember(world, { criterionId: created.body.id, criterionVersion: created.body.version, criterionEtag: created.headers.get('etag')! })
  world.stash.criterionContent = body.content
})

const publishedCriterion = once('publishedCriterion', async (world) => {
  await draftCriterion(world)
  const published = await expect(world, 'publish the criterion', 200, 'catalogue', 'POST', world.interpolate('/api/v1/criteria/{criterionId}/versions/{criterionVersion}/publish'), await bearer(world, 'catalogue-admin'), undefined, { 'if-match': world.vars.get('criterionEtag')! })
  remember(world, { criterionEtag: published.headers.get('etag')! })
})

const draftCriteriaSet = once('draftCriteriaSet', async (world) => {
  await publishedCriterion(world)
  const body = exampleBody('catalogue', 'post', '/api/v1/criteria-sets')
  body.id = `api-test-${world.unique.toLowerCase()}`
  body.content.productCategory = ownCategory
  body.content.items = [{ criterionId: world.vars.get('criterionId'), criterionVersion: null, suggestedWeight: null }]
  const created = await expect(world, 'draft criteria set', 201, 'catalogue', 'POST', '/api/v1/criteria-sets', await bearer(world, 'catalogue-admin'), body)
  remember(world, { draftSetId: created.body.id, draftSetVersion: created.body.version, draftSetEtag: created.headers.get('etag')! })
  world.stash.setContent = body.content
})

const supplier = once('supplier', async (world) => {
  const body = exampleBody('assessment', 'post', '/api/v1/suppliers')
  body.name = `Refurb IT ${world.unique}`
  body.identifiers = [{ scheme: 'VAT', value: `FR${world.unique}` }]
  const created = await expect(world, 'supplier', 201, 'assessment', 'POST', '/api/v1/suppliers', await buyer(world), body)
  remember(world, { supplierId: created.body.id, supplierEtag: created.headers.get('etag')! })
  world.stash.supplier = body
})

const exclusion = once('exclusion', async (world) => {
  await supplier(world)
  const created = await expect(world, 'exclusion', 201, 'assessment', 'POST', world.interpolate('/api/v1/suppliers/{supplierId}/exclusions'), await buyer(world), exampleBody('assessment', 'post', '/api/v1/suppliers/{supplierId}/exclusions'))
  remember(world, { exclusionId: created.body.id })
})

const draftTender = once('draftTender', async (world) => {
  await publishedSet(world)
  const created = await expect(world, 'tender', 201, 'assessment', 'POST', '/api/v1/procurements', await buyer(world), procurementBody(world.stash.set, { title: `API test tender ${world.unique}` }))
  world.stash.procurement = created.body
  remember(world, { procurementId: created.body.id, procurementEtag: created.headers.get('etag')!, lotId: 'LOT-1' })
})

async function moveTender(world: ApiWorld, status: string) {
  const moved = await expect(world, `tender to ${status}`, 200, 'assessment', 'POST', world.interpolate('/api/v1/procurements/{procurementId}/status'), await buyer(world), { status }, { 'if-match': world.vars.get('procurementEtag')! })
  remember(world, { procurementEtag: moved.headers.get('etag')! })
}

const openTender = once('openTender', async (world) => {
  await draftTender(world)
  await moveTender(world, 'open')
})

/** The body of a complete bid for the scenario's tender: one offered product, every requirement answered. */
export function bidBody(world: ApiWorld, unitPrice = '610.00') {
  const offer = exampleBody('assessment', 'post', '/api/v1/procurements/{procurementId}/lots/{lotId}/bids').offeredProducts[0]
  return { offeredProducts: [{ ...offer, quantity: 100, unitPrice: { amount: unitPrice, currency: 'EUR' } }], responses: answerAll(world.stash.procurement.evaluationCriteria, 2) }
}

const draftBid = once('draftBid', async (world) => {
  await supplier(world)
  await openTender(world)
  const token = await bearer(world, 'supplier', { supplier: world.vars.get('supplierId')! })
  world.stash.supplierToken = token
  const created = await expect(world, 'bid', 201, 'assessment', 'POST', world.interpolate('/api/v1/procurements/{procurementId}/lots/{lotId}/bids'), token, bidBody(world))
  remember(world, { bidId: created.body.id, bidEtag: created.headers.get('etag')! })
})

const submittedBid = once('submittedBid', async (world) => {
  await draftBid(world)
  const submitted = await expect(world, 'submit the bid', 200, 'assessment', 'POST', world.interpolate('/api/v1/bids/{bidId}/submit'), world.stash.supplierToken, undefined, { 'if-match': world.vars.get('bidEtag')! })
  remember(world, { bidEtag: submitted.headers.get('etag')! })
})

const evidence = once('evidence', async (world) => {
  await submittedBid(world)
  const accepted = world.stash.procurement.evaluationCriteria.acceptedEvidence as Record<string, string[]>
  const [criterionId, types] = Object.entries(accepted).find(([, t]) => t.length > 0)!
  const created = await expect(world, 'evidence', 201, 'assessment', 'POST', world.interpolate('/api/v1/bids/{bidId}/evidence'), world.stash.supplierToken, {
    criterionId, type: types[0], issuer: 'TCO Development', identifier: `CERT-${world.unique}`, validUntil: '2099-12-31', url: null, documentHash: null,
  })
  remember(world, { evidenceId: created.body.id, evidenceCriterionId: criterionId, evidenceEtag: created.headers.get('etag') ?? `"${created.body.id}.1"` })
  // The rest of what the tender needs evidence for, attached while the tender is open (later only on request).
  const criteria = world.stash.procurement.evaluationCriteria
  world.stash.evidenceToVerify = criteriaNeedingEvidence(criteria).map((needed) => (needed === criterionId ? created.body.id : undefined))
  for (const [i, needed] of criteriaNeedingEvidence(criteria).entries()) {
    if (needed === criterionId) continue
    const more = await expect(world, `evidence for ${needed}`, 201, 'assessment', 'POST', world.interpolate('/api/v1/bids/{bidId}/evidence'), world.stash.supplierToken, evidenceFor(criteria, needed, `${needed}-${world.unique}`))
    world.stash.evidenceToVerify[i] = more.body.id
  }
})

const tenderInEvaluation = once('tenderInEvaluation', async (world) => {
  await evidence(world)
  await moveTender(world, 'evaluation')
})

/** Every answer that counts only on verified evidence is verified, so the evaluation is final and can be awarded. */
async function verifyAllEvidence(world: ApiWorld) {
  for (const id of world.stash.evidenceToVerify as string[]) {
    await expect(world, `verify evidence ${id}`, 200, 'assessment', 'POST', world.interpolate(`/api/v1/procurements/{procurementId}/evidence/${id}/review`), await buyer(world), { status: 'verified' }, { 'if-match': `"${id}.1"` })
  }
}

const evaluatedTender = once('evaluatedTender', async (world) => {
  await tenderInEvaluation(world)
  await verifyAllEvidence(world)
  const evaluation = await expect(world, 'evaluation', 201, 'assessment', 'POST', world.interpolate('/api/v1/procurements/{procurementId}/lots/{lotId}/evaluations'), await buyer(world))
  remember(world, { evaluationId: evaluation.body.id })
})

const awardedTender = once('awardedTender', async (world) => {
  await evaluatedTender(world)
  const award = await expect(world, 'award', 201, 'assessment', 'POST', world.interpolate('/api/v1/procurements/{procurementId}/lots/{lotId}/award'), await buyer(world), { evaluationId: world.vars.get('evaluationId'), bidId: world.vars.get('bidId') })
  remember(world, { awardId: award.body.id })
})

const signedContract = once('signedContract', async (world) => {
  await awardedTender(world)
  const contract = await expect(world, 'contract', 201, 'assessment', 'POST', world.interpolate('/api/v1/awards/{awardId}/contract'), await buyer(world), { signedOn: '2027-02-01', endsOn: '2031-01-31' })
  world.stash.contract = contract.body
  remember(world, { contractId: contract.body.id, clauseId: contract.body.clauses[0].id })
})

const webhook = once('webhook', async (world) => {
  const created = await expect(world, 'webhook subscription', 201, 'assessment', 'POST', '/api/v1/webhooks', await bearer(world, 'auditor'), { url: `http://127.0.0.1:9/hooks/${world.unique}`, eventTypes: ['award.made'] })
  remember(world, { webhookId: created.body.id })
})

const target = once('target', async (world) => {
  const created = await expect(world, 'target', 201, 'reporting', 'POST', world.interpolate('/api/v1/buyers/{buyer}/targets'), await buyer(world), exampleBody('reporting', 'post', '/api/v1/buyers/{buyerId}/targets'))
  remember(world, { targetId: created.body.id, targetEtag: created.headers.get('etag')! })
})

const maturityAssessment = once('maturityAssessment', async (world) => {
  const created = await expect(world, 'maturity self-assessment', 201, 'reporting', 'POST', world.interpolate('/api/v1/buyers/{buyer}/maturity-assessments'), await buyer(world), exampleBody('reporting', 'post', '/api/v1/buyers/{buyerId}/maturity-assessments'))
  remember(world, { assessmentId: created.body.id })
})

/** Each phrase a feature may use as a Given, and what it builds. */
export const fixtures: Record<string, Fixture> = {
  'a published criteria set of the catalogue': publishedSet,
  'a draft criterion': draftCriterion,
  'a published criterion': publishedCriterion,
  'a draft criteria set': draftCriteriaSet,
  'a registered supplier': supplier,
  'an exclusion of a registered supplier': exclusion,
  'a draft tender': draftTender,
  'an open tender': openTender,
  'a draft bid on an open tender': draftBid,
  'a submitted bid on an open tender': submittedBid,
  'a submitted bid with evidence on an open tender': evidence,
  'a tender in evaluation with a bid and its evidence': tenderInEvaluation,
  'an evaluated tender': evaluatedTender,
  'an awarded tender': awardedTender,
  'a signed contract': signedContract,
  'a webhook subscription': webhook,
  'a KPI target of the buyer': target,
  'a maturity self-assessment of the buyer': maturityAssessment,
}
