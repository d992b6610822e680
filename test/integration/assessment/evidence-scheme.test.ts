import t from 'tap'
import { bearer } from '../../helpers/service.ts'
import { answerAll, laptopOffer, procurementBody } from '../../helpers/tender.ts'
import { buildWithCatalogue } from './helpers.ts'
import { injector } from '../../helpers/http.ts'

const { app, db, catalogue } = await buildWithCatalogue(t)
const buyer = await bearer(['buyer'], { subject: 'buyer-1', organisationId: 'MINFIN' })
const set = (await catalogue.app.inject({ url: '/api/v1/criteria-sets/notebooks-core/versions/1' })).json()
const call = injector(app)

t.test('evidence names its scheme and what it covers, and the review event carries both', async (t) => {
  const procurement = (await call('POST', '/api/v1/procurements', buyer, procurementBody(set))).json()
  const base = `/api/v1/procurements/${procurement.id}`
  await call('POST', `${base}/status`, buyer, { status: 'open' }, { 'if-match': (await call('GET', base, buyer)).headers.etag as string })
  const supplierId = (await call('POST', '/api/v1/suppliers', buyer, { name: 'Labelled', country: 'EE', identifiers: [{ scheme: 'VAT', value: 'EE100000011' }], contacts: [] })).json().id
  const token = await bearer(['supplier'], { subject: 'labelled', supplierId })
  const offer = { offeredProducts: [laptopOffer('700.00'), laptopOffer('300.00', { model: 'Dock 2', deviceType: 'laptop', quantity: 20 })], responses: answerAll(procurement.evaluationCriteria, 2) }
  const bid = (await call('POST', `${base}/lots/LOT-1/bids`, token, offer)).json()
  const criterionId = procurement.evaluationCriteria.technicalSpecifications[0].id
  const type = procurement.evaluationCriteria.acceptedEvidence[criterionId][0]
  const evidence = (extra: Record<string, unknown>) => ({ criterionId, type, issuer: 'TCO Development', identifier: 'TCO-1', validUntil: null, url: null, documentHash: null, ...extra })
  const post = (body: unknown) => call('POST', `/api/v1/bids/${bid.id}/evidence`, token, body)

  const labelled = await post(evidence({ scheme: 'TCO_CERTIFIED', coverage: 'products', coveredModels: ['Notebook 14'] }))
  t.equal(labelled.statusCode, 201, labelled.body.slice(0, 300))
  t.match(labelled.json(), { scheme: 'TCO_CERTIFIED', coverage: 'products', coveredModels: ['Notebook 14'] })
  const older = (await post(evidence({}))).json()
  t.same([older.scheme, older.coverage, older.coveredModels], [null, null, []], 'evidence naming no scheme reads as such')

  const unknownModel = await post(evidence({ scheme: 'EPEAT', coverage: 'products', coveredModels: ['Notebook 14', 'Tablet 9'] }))
  t.equal(unknownModel.statusCode, 422)
  t.equal(unknownModel.json().code, 'INVALID_EVIDENCE_COVERAGE')
  t.same(unknownModel.json().errors.map((e: any) => e.path), ['body/coveredModels/1'], 'names the model the bid does not offer')
  const noModels = await post(evidence({ scheme: 'EPEAT', coverage: 'products' }))
  t.same([noModels.statusCode, noModels.json().errors[0].path], [422, 'body/coveredModels'])
  const modelsOfOrganisation = await post(evidence({ scheme: 'ISO_14001', coverage: 'organisation', coveredModels: ['Notebook 14'] }))
  t.same([modelsOfOrganisation.statusCode, modelsOfOrganisation.json().code], [422, 'INVALID_EVIDENCE_COVERAGE'])
  const unknownScheme = await post(evidence({ scheme: 'ISO_27001', coverage: 'organisation' }))
  t.equal(unknownScheme.statusCode, 400)
  t.ok(unknownScheme.json().errors.some((e: any) => e.path === 'body/scheme'), 'an unknown scheme is named')
  const listed = (await call('GET', `/api/v1/bids/${bid.id}/evidence`, token)).json().items
  t.equal(listed.length, 2, 'refused evidence changed nothing')

  await call('POST', `/api/v1/bids/${bid.id}/submit`, token, undefined, { 'if-match': (await call('GET', `/api/v1/bids/${bid.id}`, token)).headers.etag as string })
  await call('POST', `${base}/status`, buyer, { status: 'evaluation' }, { 'if-match': (await call('GET', base, buyer)).headers.etag as string })
  const reviewed = await call('POST', `${base}/evidence/${labelled.json().id}/review`, buyer, { status: 'verified' }, { 'if-match': labelled.headers.etag as string })
  t.equal(reviewed.statusCode, 200, reviewed.body.slice(0, 300))
  const event = await db.selectFrom('events').select('data').where('type', '=', 'evidence.reviewed').where('subject', '=', `evidence/${labelled.json().id}`).executeTakeFirstOrThrow()
  t.match(event.data, { scheme: 'TCO_CERTIFIED', coverage: 'products', coveredModels: ['Notebook 14'], status: 'verified', supplierId })
})
