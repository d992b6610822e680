import t from 'tap'
import { bearer } from '../../helpers/service.ts'
import { answerAll, laptopOffer, procurementBody } from '../../helpers/tender.ts'
import { injector } from '../../helpers/http.ts'
import { buildWithCatalogue } from './helpers.ts'

// A reviewer reads one evidence item, takes its ETag and names it in If-Match to record a verdict.
const { app, catalogue } = await buildWithCatalogue(t)
const buyer = await bearer(['buyer'], { subject: 'buyer-a', organisationId: 'MINFIN' })
const otherBuyer = await bearer(['buyer'], { subject: 'buyer-b', organisationId: 'MINEDU' })
const evaluator = await bearer(['evaluator'], { subject: 'evaluator-a' })
const set = (await catalogue.app.inject({ url: '/api/v1/criteria-sets/notebooks-core/versions/1' })).json()
const call = injector(app)

let base = ''
let evidenceId = ''
let supplierToken = ''

async function expect(response: Awaited<ReturnType<typeof call>>, status: number) {
  if (response.statusCode !== status) throw new Error(`setup: ${response.statusCode} ${response.body.slice(0, 300)}`)
  return response
}

t.before(async () => {
  const created = await expect(await call('POST', '/api/v1/procurements', buyer, procurementBody(set)), 201)
  const procurement = created.json()
  base = `/api/v1/procurements/${procurement.id}`
  await expect(await call('POST', `${base}/status`, buyer, { status: 'open' }, { 'if-match': created.headers.etag as string }), 200)
  const supplierId = (await expect(await call('POST', '/api/v1/suppliers', buyer, { name: 'Alpha', country: 'EE', identifiers: [{ scheme: 'VAT', value: 'EE300000001' }], contacts: [] }), 201)).json().id
  supplierToken = await bearer(['supplier'], { subject: 'alpha-user', supplierId })
  const bid = await expect(await call('POST', `${base}/lots/LOT-1/bids`, supplierToken, { offeredProducts: [laptopOffer('800.00')], responses: answerAll(procurement.evaluationCriteria, 2) }), 201)
  const criterion = procurement.evaluationCriteria.selectionCriteria[0] ?? procurement.evaluationCriteria.technicalSpecifications[0]
  const evidence = await expect(
    await call('POST', `/api/v1/bids/${bid.json().id}/evidence`, supplierToken, {
      criterionId: criterion.id, type: procurement.evaluationCriteria.acceptedEvidence[criterion.id][0], issuer: 'Certifier', identifier: 'C-1', validUntil: '2030-01-01', url: null, documentHash: null,
    }),
    201,
  )
  evidenceId = evidence.json().id
  await expect(await call('POST', `/api/v1/bids/${bid.json().id}/submit`, supplierToken, undefined, { 'if-match': bid.headers.etag as string }), 200)
  const current = await call('GET', base, buyer)
  await expect(await call('POST', `${base}/status`, buyer, { status: 'evaluation' }, { 'if-match': current.headers.etag as string }), 200)
})

t.test('a reviewer reads one evidence item with its ETag and reviews with it', async (t) => {
  const url = `${base}/evidence/${evidenceId}`
  const unassigned = await call('GET', url, evaluator)
  t.equal(unassigned.statusCode, 404, 'an evaluator not assigned to the tender does not see it')
  t.equal(unassigned.json().code, 'EVIDENCE_NOT_FOUND')
  t.equal((await call('GET', url, otherBuyer)).json().code, 'EVIDENCE_NOT_FOUND', 'nor does another buyer')
  t.equal((await call('GET', url, supplierToken)).statusCode, 403, 'suppliers read their evidence through their bid')
  t.equal((await call('GET', `/api/v1/procurements/00000000-0000-4000-8000-000000000000/evidence/${evidenceId}`, buyer)).json().code, 'EVIDENCE_NOT_FOUND', 'only under its own procurement')

  await expect(await call('POST', `${base}/evaluators`, buyer, { subject: 'evaluator-a' }), 200)
  const read = await call('GET', url, evaluator)
  t.equal(read.statusCode, 200)
  t.equal(read.headers.etag, `"${evidenceId}.1"`)
  t.match(read.json(), { id: evidenceId, status: 'submitted', issuer: 'Certifier' })

  const reviewed = await call('POST', `${url}/review`, evaluator, { status: 'verified' }, { 'if-match': read.headers.etag as string })
  t.equal(reviewed.statusCode, 200)
  t.equal(reviewed.json().status, 'verified')
  t.equal(reviewed.headers.etag, `"${evidenceId}.2"`)
  const stale = await call('POST', `${url}/review`, buyer, { status: 'rejected', reason: 'Unknown certificate' }, { 'if-match': read.headers.etag as string })
  t.equal(stale.statusCode, 412, 'the ETag read before the verdict is stale')
  const again = await call('GET', url, buyer)
  t.equal(again.headers.etag, reviewed.headers.etag, 'a new read gives the current ETag')
  t.equal(again.json().status, 'verified')
  const blind = await call('POST', `${url}/review`, buyer, { status: 'rejected', reason: 'Unknown certificate' }, { 'if-match': '*' })
  t.equal(blind.statusCode, 200, 'If-Match: * reviews whatever is current')
  t.equal(blind.json().status, 'rejected')
})

t.test('the contract declares the ETag of every response that carries one', async (t) => {
  const contract = (await app.inject({ url: '/api/v1/openapi.json' })).json()
  const tagged = (path: string, method: string, status: string) => contract.paths[path][method].responses[status].headers?.ETag !== undefined
  t.ok(tagged('/api/v1/procurements/{procurementId}/evidence/{evidenceId}', 'get', '200'), 'getEvidence')
  t.ok(tagged('/api/v1/procurements/{procurementId}/evidence/{evidenceId}/review', 'post', '200'), 'reviewEvidence')
  t.ok(tagged('/api/v1/suppliers/{supplierId}', 'put', '200'), 'updateSupplier')
  t.ok(tagged('/api/v1/suppliers', 'post', '201'), 'registerSupplier')
  t.ok(tagged('/api/v1/procurements/{procurementId}', 'get', '200'), 'getProcurement')
  t.ok(tagged('/api/v1/bids/{bidId}', 'get', '200'), 'getBid')
  t.notOk(tagged('/api/v1/suppliers/{supplierId}/exclusions/{exclusionId}', 'get', '200'), 'and no other')
})
