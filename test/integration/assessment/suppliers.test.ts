import { randomUUID } from 'node:crypto'
import t, { type Test } from 'tap'
import { exclusionsBySupplier, supplierExists } from '../../../services/assessment/repositories/suppliers.ts'
import { exampleSupplier } from '../../../services/assessment/schemas/supplier.ts'
import { bearer } from '../../helpers/service.ts'
import { buildAssessment } from './helpers.ts'
import { injector } from '../../helpers/http.ts'

const { app, db } = await buildAssessment(t)
const buyer = await bearer(['buyer'], { subject: 'buyer-1', organisationId: 'ministry-of-finance' })
const evaluator = await bearer(['evaluator'], { subject: 'evaluator-1' })
const auditor = await bearer(['auditor'], { subject: 'auditor-1' })
const otherBuyer = await bearer(['buyer'], { subject: 'buyer-2', organisationId: 'ministry-of-health' })
const registrar = await bearer(['registrar'], { subject: 'registrar-1', organisationId: 'public-procurement-office' })
const admin = await bearer(['catalogue-admin'])
const asSupplier = (supplierId: string) => bearer(['supplier'], { subject: `user-of-${supplierId}`, supplierId })

type Json = Record<string, any>
type Response = Awaited<ReturnType<typeof app.inject>>
const responses: Response[] = []

/** Every call goes through here, so the last test can check that none of them was a 5xx. */
const inject = injector(app)
const call: typeof inject = async (...request) => {
  const response = await inject(...request)
  responses.push(response)
  return response
}

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** A well-formed LEI: 18 characters and the ISO 7064 MOD 97-10 check digits. */
function lei(prefix: string): string {
  let remainder = 0
  for (const digit of [...`${prefix}00`].map((c) => parseInt(c, 36)).join('')) remainder = (remainder * 10 + Number(digit)) % 97
  return prefix + String(98 - remainder).padStart(2, '0')
}

let serial = 0
function newSupplier(overrides: Json = {}): Json {
  serial++
  return { name: `Supplier ${serial}`, country: 'DE', identifiers: [{ scheme: 'VAT', value: `DE${100000000 + serial}` }], contacts: [], ...overrides }
}

const register = (body: Json, token: string | null = buyer, headers: Record<string, string> = {}) => call('POST', '/api/v1/suppliers', token, body, headers)

async function registered(body: Json = newSupplier()): Promise<Json> {
  const response = await register(body)
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.body}`)
  return { ...response.json(), etag: response.headers.etag }
}

async function counts() {
  const tables = ['suppliers', 'supplier_identifiers', 'supplier_exclusions', 'audit_log', 'events']
  const values = await Promise.all(
    tables.map(async (table) => Number(((await db.selectFrom(table).select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()) as Json).n)),
  )
  return Object.fromEntries(tables.map((table, i) => [table, values[i]]))
}

const auditOf = (entityId: string): Promise<Json[]> => db.selectFrom('audit_log').selectAll().where('entity_id', '=', entityId).orderBy('id').execute()
const eventsOf = (supplierId: string): Promise<Json[]> => db.selectFrom('events').selectAll().where('subject', '=', `suppliers/${supplierId}`).orderBy('sequence').execute()

function hasError(t: Test, response: Response, status: number, code: string, path: string) {
  const body = response.json()
  t.equal(response.statusCode, status, `${path}: status`)
  t.equal(body.code, code, `${path}: code`)
  t.ok(body.errors?.some((e: Json) => e.path === path), `${path}: named in ${JSON.stringify(body.errors)}`)
  t.match(response.headers['content-type'], /^application\/problem\+json/)
}

t.test('a buyer registers a supplier: 201 with Location and ETag, audited, and an event', async (t) => {
  const response = await register(exampleSupplier, buyer, {
    'information-mediator-client': 'GOVSTACK/GOV/MINFIN/eprocurement',
    'x-correlation-id': 'register-supplier-1',
  })
  t.equal(response.statusCode, 201)
  const supplier = response.json()
  t.match(supplier.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  t.same(supplier, {
    id: supplier.id,
    name: exampleSupplier.name,
    country: 'FR',
    identifiers: exampleSupplier.identifiers,
    contacts: exampleSupplier.contacts,
    registeredByOrganisationId: 'ministry-of-finance',
    createdAt: supplier.createdAt,
    updatedAt: supplier.createdAt,
  })
  t.equal(response.headers.location, `/api/v1/suppliers/${supplier.id}`)
  t.equal(response.headers.etag, `"${supplier.id}.1"`)

  const read = await call('GET', response.headers.location as string, buyer)
  t.equal(read.statusCode, 200)
  t.same(read.json(), supplier, 'what was registered is what is read')
  t.equal(read.headers.etag, response.headers.etag)

  const audit = (await auditOf(supplier.id))[0]!
  t.equal(audit.action, 'supplier.registered')
  t.equal(audit.entity_type, 'supplier')
  t.same(audit.actor_roles, ['buyer'])
  t.equal(audit.actor_subject, 'buyer-1')
  t.equal(audit.mediator_client, 'GOVSTACK/GOV/MINFIN/eprocurement')
  t.equal(audit.correlation_id, 'register-supplier-1')
  t.same(audit.details.identifiers, exampleSupplier.identifiers)

  const events = await eventsOf(supplier.id)
  t.same(events.map((e: Json) => e.type), ['supplier.registered'])
  t.same(events[0]!.data, { supplierId: supplier.id, name: exampleSupplier.name, country: 'FR', identifiers: exampleSupplier.identifiers })

  const byEvaluator = await register(newSupplier({ contacts: [{ name: 'Jo Weber', email: 'jo@example.de' }] }), evaluator)
  t.equal(byEvaluator.statusCode, 201, 'evaluators register suppliers too')
  t.same(byEvaluator.json().contacts, [{ name: 'Jo Weber', email: 'jo@example.de' }], 'absent optional contact fields stay absent')
})

t.test('identifiers come back by scheme, then value, whatever order they were sent in', async (t) => {
  const body = newSupplier({
    identifiers: [
      { scheme: 'national', value: 'DE:HRB 12345 B' },
      { scheme: 'DUNS', value: '150483782' },
      { scheme: 'LEI', value: lei('529900T8BM49AURSDO') },
      { scheme: 'VAT', value: 'DE811907980' },
    ],
  })
  const supplier = await registered(body)
  t.same(supplier.identifiers.map((i: Json) => i.scheme), ['VAT', 'LEI', 'DUNS', 'national'])
})

t.test('only buyers and evaluators register; nothing changes otherwise', async (t) => {
  const before = await counts()
  const anonymous = await register(newSupplier(), null)
  t.equal(anonymous.statusCode, 401)
  t.equal(anonymous.json().code, 'UNAUTHENTICATED')
  for (const [label, token] of [
    ['supplier', await asSupplier(randomUUID())],
    ['auditor', auditor],
    ['catalogue-admin', admin],
  ] as const) {
    const response = await register(newSupplier(), token)
    t.equal(response.statusCode, 403, label)
    t.equal(response.json().code, 'FORBIDDEN', label)
  }
  t.same(await counts(), before, 'nothing changed')
})

t.test('bad bodies get a 4xx naming the field, and change nothing', async (t) => {
  const before = await counts()
  const vat = { scheme: 'VAT', value: 'DE999999999' }
  const cases: [string, Json, number, string, string][] = [
    ['extra field', { ...newSupplier(), colour: 'green' }, 400, 'VALIDATION_FAILED', 'body/colour'],
    ['wrong type', newSupplier({ name: 42 }), 400, 'VALIDATION_FAILED', 'body/name'],
    ['blank name', newSupplier({ name: '   ' }), 400, 'VALIDATION_FAILED', 'body/name'],
    ['NUL in the name', newSupplier({ name: 'Acme\u0000 GmbH' }), 400, 'VALIDATION_FAILED', 'body/name'],
    ['line break in the name', newSupplier({ name: 'Acme\nGmbH' }), 400, 'VALIDATION_FAILED', 'body/name'],
    ['NUL in a contact', newSupplier({ contacts: [{ name: 'A', email: 'a@example.org', role: 'x\u0000' }] }), 400, 'VALIDATION_FAILED', 'body/contacts/0/role'],
    ['lower-case country', newSupplier({ country: 'fr' }), 400, 'VALIDATION_FAILED', 'body/country'],
    ['alpha-3 country', newSupplier({ country: 'FRA' }), 400, 'VALIDATION_FAILED', 'body/country'],
    ['no identifiers', newSupplier({ identifiers: [] }), 400, 'VALIDATION_FAILED', 'body/identifiers'],
    ['identifiers missing', { name: 'X', country: 'DE', contacts: [] }, 400, 'VALIDATION_FAILED', 'body/identifiers'],
    ['contacts missing', { name: 'X', country: 'DE', identifiers: [vat] }, 400, 'VALIDATION_FAILED', 'body/contacts'],
    ['unknown scheme', newSupplier({ identifiers: [{ scheme: 'GLN', value: '4012345000009' }] }), 400, 'VALIDATION_FAILED', 'body/identifiers/0/scheme'],
    ['identifier extra field', newSupplier({ identifiers: [{ ...vat, note: 'x' }] }), 400, 'VALIDATION_FAILED', 'body/identifiers/0/note'],
    ['identifier with spaces around', newSupplier({ identifiers: [{ scheme: 'national', value: ' 123 ' }] }), 400, 'VALIDATION_FAILED', 'body/identifiers/0/value'],
    ['bad email', newSupplier({ contacts: [{ name: 'A', email: 'not-an-email' }] }), 400, 'VALIDATION_FAILED', 'body/contacts/0/email'],
    ['contact without name', newSupplier({ contacts: [{ email: 'a@example.org' }] }), 400, 'VALIDATION_FAILED', 'body/contacts/0/name'],
    ['bad phone', newSupplier({ contacts: [{ name: 'A', email: 'a@example.org', phone: 'call me' }] }), 400, 'VALIDATION_FAILED', 'body/contacts/0/phone'],
    ['LEI too short', newSupplier({ identifiers: [{ scheme: 'LEI', value: '5493001KJTIIGC8Y1R1' }] }), 400, 'VALIDATION_FAILED', 'body/identifiers/0/value'],
    ['LEI with letters in the check digits', newSupplier({ identifiers: [{ scheme: 'LEI', value: '5493001KJTIIGC8Y1RAB' }] }), 400, 'VALIDATION_FAILED', 'body/identifiers/0/value'],
    ['LEI with wrong check digits', newSupplier({ identifiers: [{ scheme: 'LEI', value: '5493001KJTIIGC8Y1R13' }] }), 422, 'INVALID_IDENTIFIER', 'body/identifiers/0/value'],
    ['lower-case LEI', newSupplier({ identifiers: [{ scheme: 'LEI', value: '5493001kjtiigc8y1r12' }] }), 400, 'VALIDATION_FAILED', 'body/identifiers/0/value'],
    ['VAT without country prefix', newSupplier({ identifiers: [vat, { scheme: 'VAT', value: '811907980' }] }), 422, 'INVALID_IDENTIFIER', 'body/identifiers/1/value'],
    ['VAT with spaces', newSupplier({ identifiers: [{ scheme: 'VAT', value: 'FR 40 303265045' }] }), 400, 'VALIDATION_FAILED', 'body/identifiers/0/value'],
    ['lower-case VAT prefix', newSupplier({ identifiers: [{ scheme: 'VAT', value: 'fr40303265045' }] }), 400, 'VALIDATION_FAILED', 'body/identifiers/0/value'],
    ['DUNS of 8 digits', newSupplier({ identifiers: [{ scheme: 'DUNS', value: '15048378' }] }), 400, 'VALIDATION_FAILED', 'body/identifiers/0/value'],
    ['same identifier twice', newSupplier({ identifiers: [vat, { scheme: 'DUNS', value: '150483782' }, vat] }), 422, 'DUPLICATE_IDENTIFIER', 'body/identifiers/2'],
  ]
  for (const [label, body, status, code, path] of cases) {
    const response = await register(body)
    t.test(label, async (t) => hasError(t, response, status, code, path))
  }

  const wrongCheckDigits = await register(newSupplier({ identifiers: [{ scheme: 'LEI', value: '5493001KJTIIGC8Y1R13' }] }))
  t.match(wrongCheckDigits.json().errors[0].message, /check digits/)
  const twice = await register(newSupplier({ identifiers: [vat, vat] }))
  t.match(twice.json().errors[0].message, /repeats identifiers\/0 \(VAT DE999999999\)/)

  const notJson = await call('POST', '/api/v1/suppliers', buyer, '{"name":', { 'content-type': 'application/json' })
  t.equal(notJson.statusCode, 400)
  t.equal(notJson.json().code, 'MALFORMED_JSON')
  const wrongMedia = await call('POST', '/api/v1/suppliers', buyer, 'name=x', { 'content-type': 'text/plain' })
  t.equal(wrongMedia.statusCode, 415)

  t.same(await counts(), before, 'nothing changed')
})

t.test('an identifier belongs to one supplier only', async (t) => {
  const first = await registered(newSupplier({ identifiers: [{ scheme: 'VAT', value: 'NL123456789B01' }] }))
  const before = await counts()
  const second = await register(newSupplier({ identifiers: [{ scheme: 'LEI', value: lei('724500VKKSH9QOLTFR') }, { scheme: 'VAT', value: 'NL123456789B01' }] }))
  t.equal(second.statusCode, 409)
  t.equal(second.json().code, 'SUPPLIER_IDENTIFIER_TAKEN')
  t.match(second.json().detail, /VAT NL123456789B01/)
  t.same(second.json().errors, [{ path: 'body/identifiers/1', message: 'VAT NL123456789B01 is already registered to another supplier' }])
  t.notOk(JSON.stringify(second.json()).includes(first.id), 'the holder is not disclosed')
  t.same(await counts(), before, 'the new supplier and its other identifiers were rolled back')

  const german = await register(newSupplier({ identifiers: [{ scheme: 'national', value: 'DE:123456' }] }))
  const french = await register(newSupplier({ identifiers: [{ scheme: 'national', value: 'FR:123456' }] }))
  t.same([german.statusCode, french.statusCode], [201, 201], 'the same register number in two countries is two identifiers')
  const countryless = await register(newSupplier({ identifiers: [{ scheme: 'national', value: '123456789' }] }))
  t.equal(countryless.statusCode, 422, 'a national number names its issuing country, even when it has another scheme\'s form')
  t.equal(countryless.json().code, 'INVALID_IDENTIFIER')
  const noSchemeForm = await register(newSupplier({ identifiers: [{ scheme: 'national', value: '123456' }] }))
  t.equal(noSchemeForm.statusCode, 400, 'a value in no scheme\'s form is refused by the contract\'s pattern')
  t.equal(noSchemeForm.json().code, 'VALIDATION_FAILED')

  const race = newSupplier({ identifiers: [{ scheme: 'VAT', value: 'ESB12345678' }] })
  const results = await Promise.all([register(race), register({ ...race, name: 'Racing twin' })])
  t.same(results.map((r) => r.statusCode).sort(), [201, 409], 'two concurrent registrations of one VAT: exactly one wins')
  t.equal(results.find((r) => r.statusCode === 409)!.json().code, 'SUPPLIER_IDENTIFIER_TAKEN')
})

t.test('list: filters and cursor pagination', async (t) => {
  const names = ['Paging Echo', 'paging alpha', 'Paging Delta', 'Paging Charlie', 'Paging Bravo']
  const created: Json[] = []
  for (const [i, name] of names.entries()) {
    created.push(await registered(newSupplier({ name, country: 'PT', identifiers: [{ scheme: 'VAT', value: `PT50000000${i}` }] })))
  }
  const pages: Json[][] = []
  let cursor: string | null = null
  do {
    const response = await call('GET', `/api/v1/suppliers?q=PAGING&limit=2${cursor ? `&cursor=${cursor}` : ''}`, evaluator)
    t.equal(response.statusCode, 200)
    pages.push(response.json().items)
    cursor = response.json().nextCursor
  } while (cursor !== null)
  t.same(pages.map((page) => page.length), [2, 2, 1])
  const listed = pages.flat()
  t.same(
    listed.map((s) => s.id).sort(),
    created.map((s) => s.id).sort(),
    'every match exactly once across the pages',
  )
  t.same(listed.map((s) => s.name), ['paging alpha', 'Paging Bravo', 'Paging Charlie', 'Paging Delta', 'Paging Echo'], 'ordered by name, ignoring case')
  t.same(listed.find((s) => s.id === created[0]!.id), (({ etag: _etag, ...rest }) => rest)(created[0]!), 'list items are full suppliers')

  const portugal = await call('GET', '/api/v1/suppliers?country=PT&limit=100', auditor)
  t.equal(portugal.statusCode, 200)
  t.same(portugal.json().items.map((s: Json) => s.id).sort(), created.map((s) => s.id).sort())
  t.equal(portugal.json().nextCursor, null)

  const byIdentifier = await call('GET', '/api/v1/suppliers?identifier=PT500000003', buyer)
  t.same(byIdentifier.json().items.map((s: Json) => s.id), [created[3]!.id])
  const partialIdentifier = await call('GET', '/api/v1/suppliers?identifier=PT50000000', buyer)
  t.same(partialIdentifier.json().items, [], 'identifier matches exactly, not as a prefix')

  const percent = await registered(newSupplier({ name: 'Refurb 100% Ltd' }))
  const literal = await call('GET', `/api/v1/suppliers?q=${encodeURIComponent('0%')}`, buyer)
  t.same(literal.json().items.map((s: Json) => s.id), [percent.id], '% in q is a character, not a wildcard')
  const combined = await call('GET', '/api/v1/suppliers?q=bravo&country=DE', buyer)
  t.same(combined.json().items, [], 'filters combine with AND')

  const forged = Buffer.from(JSON.stringify(['Paging', 'not-a-uuid'])).toString('base64url')
  for (const [query, path, code] of [
    ['cursor=garbage', 'querystring/cursor', 'INVALID_CURSOR'],
    [`cursor=${forged}`, 'querystring/cursor', 'INVALID_CURSOR'],
    ['limit=0', 'querystring/limit', 'VALIDATION_FAILED'],
    ['limit=101', 'querystring/limit', 'VALIDATION_FAILED'],
    ['country=pt', 'querystring/country', 'VALIDATION_FAILED'],
    ['colour=green', 'querystring/colour', 'VALIDATION_FAILED'],
    ['q=a%00b', 'querystring/q', 'VALIDATION_FAILED'],
    ['identifier=DE%00', 'querystring/identifier', 'VALIDATION_FAILED'],
  ] as const) {
    hasError(t, await call('GET', `/api/v1/suppliers?${query}`, buyer), 400, code, path)
  }

  t.equal((await call('GET', '/api/v1/suppliers', null)).statusCode, 401)
  const supplierUser = await call('GET', '/api/v1/suppliers', await asSupplier(created[0]!.id))
  t.equal(supplierUser.statusCode, 403, 'suppliers cannot list the registry')
  t.equal(supplierUser.json().code, 'FORBIDDEN')
})

t.test('a supplier user reaches only its own supplier; any other id is 404', async (t) => {
  const mine = await registered()
  const theirs = await registered()
  const me = await asSupplier(mine.id)

  const own = await call('GET', `/api/v1/suppliers/${mine.id}`, me)
  t.equal(own.statusCode, 200)
  t.equal(own.json().id, mine.id)

  const other = await call('GET', `/api/v1/suppliers/${theirs.id}`, me)
  const missingId = randomUUID()
  const missing = await call('GET', `/api/v1/suppliers/${missingId}`, me)
  for (const response of [other, missing]) {
    t.equal(response.statusCode, 404)
    t.equal(response.json().code, 'SUPPLIER_NOT_FOUND')
  }
  const strip = (response: Response, id: string) => {
    const { correlationId: _c, ...rest } = response.json()
    return JSON.stringify(rest).replaceAll(id, 'ID')
  }
  t.equal(strip(other, theirs.id), strip(missing, missingId), 'an existing supplier looks exactly like a missing one')
  t.equal((await call('GET', `/api/v1/suppliers/${theirs.id}/exclusions`, me)).statusCode, 404)
  t.equal((await call('PUT', `/api/v1/suppliers/${theirs.id}`, me, newSupplier(), { 'if-match': theirs.etag })).statusCode, 404)
  t.equal((await call('PUT', `/api/v1/suppliers/${theirs.id}`, me, newSupplier())).statusCode, 404, 'not 428: nothing about the id is revealed')

  const noClaim = await bearer(['supplier'], { subject: 'supplier-without-claim' })
  t.equal((await call('GET', `/api/v1/suppliers/${mine.id}`, noClaim)).statusCode, 404, 'a supplier token without a supplierId claim reaches nothing')

  for (const token of [buyer, evaluator, auditor]) t.equal((await call('GET', `/api/v1/suppliers/${theirs.id}`, token)).statusCode, 200)
  const adminRead = await call('GET', `/api/v1/suppliers/${theirs.id}`, admin)
  t.equal(adminRead.statusCode, 403)
  t.equal(adminRead.json().code, 'FORBIDDEN')
  t.equal((await call('GET', `/api/v1/suppliers/${theirs.id}`, null)).statusCode, 401)

  hasError(t, await call('GET', '/api/v1/suppliers/not-a-uuid', buyer), 400, 'VALIDATION_FAILED', 'params/supplierId')
  hasError(t, await call('GET', `/api/v1/suppliers/${mine.id.toUpperCase()}`, buyer), 400, 'VALIDATION_FAILED', 'params/supplierId')
  hasError(t, await call('GET', `/api/v1/suppliers/urn:uuid:${mine.id}`, buyer), 400, 'VALIDATION_FAILED', 'params/supplierId')
  const unknown = await call('GET', `/api/v1/suppliers/${randomUUID()}`, buyer)
  t.equal(unknown.statusCode, 404)
  t.equal(unknown.json().code, 'SUPPLIER_NOT_FOUND')
})

t.test('updates: If-Match required, buyers or the supplier itself, identifiers may change', async (t) => {
  const original = await registered(newSupplier({ identifiers: [{ scheme: 'VAT', value: 'BE0123456789' }] }))
  const url = `/api/v1/suppliers/${original.id}`
  const changed = { ...newSupplier(), name: 'Renamed BV', identifiers: [{ scheme: 'VAT', value: 'BE0987654321' }] }

  const holder = await registered(newSupplier({ identifiers: [{ scheme: 'VAT', value: 'BE0555555555' }] }))
  const before = await counts()
  const noIfMatch = await call('PUT', url, buyer, changed)
  t.equal(noIfMatch.statusCode, 428)
  t.equal(noIfMatch.json().code, 'PRECONDITION_REQUIRED')
  const stale = await call('PUT', url, buyer, changed, { 'if-match': `"${original.id}.7"` })
  t.equal(stale.statusCode, 412)
  t.equal(stale.json().code, 'PRECONDITION_FAILED')
  for (const [label, token] of [['evaluator', evaluator], ['auditor', auditor], ['catalogue-admin', admin]] as const) {
    const response = await call('PUT', url, token, changed, { 'if-match': original.etag })
    t.equal(response.statusCode, 403, label)
    t.equal(response.json().code, 'FORBIDDEN', label)
  }
  hasError(t, await call('PUT', url, buyer, { ...changed, id: original.id }, { 'if-match': original.etag }), 400, 'VALIDATION_FAILED', 'body/id')
  hasError(t, await call('PUT', url, buyer, { ...changed, identifiers: [{ scheme: 'LEI', value: 'DE811907980' }] }, { 'if-match': original.etag }), 422, 'INVALID_IDENTIFIER', 'body/identifiers/0/value')
  const taken = await call('PUT', url, buyer, { ...changed, identifiers: [{ scheme: 'VAT', value: 'BE0555555555' }] }, { 'if-match': original.etag })
  hasError(t, taken, 409, 'SUPPLIER_IDENTIFIER_TAKEN', 'body/identifiers/0')
  t.same(await counts(), before, 'no refused update wrote anything')
  const read = await call('GET', url, buyer)
  t.same(read.json(), (({ etag: _e, ...rest }) => rest)(original), 'supplier unchanged')
  t.equal(read.headers.etag, original.etag, 'ETag unchanged')
  t.same((await call('GET', `/api/v1/suppliers?identifier=BE0555555555`, buyer)).json().items.map((s: Json) => s.id), [holder.id], 'the holder keeps it')

  const updated = await call('PUT', url, buyer, changed, { 'if-match': original.etag })
  t.equal(updated.statusCode, 200)
  t.equal(updated.headers.etag, `"${original.id}.2"`)
  t.equal(updated.json().name, 'Renamed BV')
  t.same(updated.json().identifiers, [{ scheme: 'VAT', value: 'BE0987654321' }])
  t.equal(updated.json().createdAt, original.createdAt)
  t.ok(updated.json().updatedAt > original.updatedAt, 'updatedAt moves')
  t.same((await call('GET', url, auditor)).json(), updated.json())

  const replay = await call('PUT', url, buyer, changed, { 'if-match': original.etag })
  t.equal(replay.statusCode, 412, 'a second writer with the old ETag loses')
  t.equal((await register(newSupplier({ identifiers: [{ scheme: 'VAT', value: 'BE0123456789' }] }))).statusCode, 201, 'the dropped VAT is free again')

  const bySupplier = await call('PUT', url, await asSupplier(original.id), { ...changed, contacts: [{ name: 'Sam', email: 'sam@renamed.example', role: 'Sales' }] }, { 'if-match': updated.headers.etag as string })
  t.equal(bySupplier.statusCode, 200, 'the supplier maintains its own details')
  t.equal(bySupplier.headers.etag, `"${original.id}.3"`)

  const missing = await call('PUT', `/api/v1/suppliers/${randomUUID()}`, buyer, changed, { 'if-match': '*' })
  t.equal(missing.statusCode, 404)
  t.equal(missing.json().code, 'SUPPLIER_NOT_FOUND')

  const audit = await auditOf(original.id)
  t.same(audit.map((a: Json) => a.action), ['supplier.registered', 'supplier.updated', 'supplier.updated'])
  t.same(audit[1]!.details, { revision: 2, changed: ['name', 'identifiers'] })
  t.same(audit[2]!.details, { revision: 3, changed: ['contacts'] })
  t.same(audit[2]!.actor_roles, ['supplier'])
})

t.test('the record has owners: the supplier itself, the registering organisation, or a registrar', async (t) => {
  const ours = await registered()
  const url = `/api/v1/suppliers/${ours.id}`
  const changed = { ...newSupplier(), name: 'Renamed by its owner' }

  const before = await counts()
  const byOtherBuyer = await call('PUT', url, otherBuyer, changed, { 'if-match': ours.etag })
  t.equal(byOtherBuyer.statusCode, 403, 'buyer B cannot edit buyer A\'s supplier')
  t.equal(byOtherBuyer.json().code, 'SUPPLIER_NOT_YOURS')
  t.match(byOtherBuyer.json().detail, /ministry-of-finance/)
  t.equal((await call('PUT', url, otherBuyer, changed, { 'if-match': '*' })).json().code, 'SUPPLIER_NOT_YOURS', 'If-Match: * is no way around it')
  t.same(await counts(), before, 'nothing changed')
  const read = await call('GET', url, otherBuyer)
  t.equal(read.statusCode, 200, 'every buyer reads it')
  t.equal(read.json().name, ours.name)
  t.equal(read.json().registeredByOrganisationId, 'ministry-of-finance')

  const bySupplier = await call('PUT', url, await asSupplier(ours.id), changed, { 'if-match': ours.etag })
  t.equal(bySupplier.statusCode, 200, 'the supplier edits itself')
  t.equal(bySupplier.json().name, 'Renamed by its owner')
  t.equal(bySupplier.json().registeredByOrganisationId, 'ministry-of-finance', 'editing never moves ownership')
  const byRegistrar = await call('PUT', url, registrar, { ...changed, name: 'Corrected by the registrar' }, { 'if-match': bySupplier.headers.etag as string })
  t.equal(byRegistrar.statusCode, 200, 'a registrar edits any record')

  // Registered before the register recorded who registered it: the migration leaves no owner.
  const legacy = await registered()
  await db.updateTable('suppliers').set({ registered_by_organisation_id: null } as never).where('id', '=', legacy.id).execute()
  const legacyUrl = `/api/v1/suppliers/${legacy.id}`
  const refused = await call('PUT', legacyUrl, buyer, newSupplier(), { 'if-match': legacy.etag })
  t.equal(refused.statusCode, 403, 'not even the buyer that registered it, since nothing says so')
  t.equal(refused.json().code, 'SUPPLIER_NOT_YOURS')
  t.match(refused.json().detail, /registrar/)
  t.equal((await call('GET', legacyUrl, buyer)).json().registeredByOrganisationId, null)
  const legacyChanged = { name: 'Corrected legacy record', country: legacy.country, identifiers: legacy.identifiers, contacts: legacy.contacts }
  const byRegistrarLegacy = await call('PUT', legacyUrl, registrar, legacyChanged, { 'if-match': legacy.etag })
  t.equal(byRegistrarLegacy.statusCode, 200, 'a registrar does')
  t.equal(byRegistrarLegacy.json().registeredByOrganisationId, null, 'and the record stays without an owner')

  const byRegistrarRegistered = await register(newSupplier(), registrar)
  t.equal(byRegistrarRegistered.statusCode, 201, 'registrars register suppliers')
  t.equal(byRegistrarRegistered.json().registeredByOrganisationId, 'public-procurement-office')
  const audit = await auditOf(ours.id)
  t.same(audit.map((a: Json) => [a.action, a.actor_roles]), [['supplier.registered', ['buyer']], ['supplier.updated', ['supplier']], ['supplier.updated', ['registrar']]])
})

t.test('debarments by registrars only; either kind ended with a reason, still readable', async (t) => {
  const supplier = await registered()
  const url = `/api/v1/suppliers/${supplier.id}/exclusions`
  const debarment = await call('POST', url, registrar, { reason: 'Art. 57(1)(a): participation in a criminal organisation.', endsOn: null, scope: 'all-buyers' })
  t.equal(debarment.statusCode, 201)
  t.match(debarment.json(), { scope: 'all-buyers', organisationId: 'public-procurement-office', active: true, endedAt: null, endReason: null })
  const byBuyer = await call('POST', url, buyer, { reason: 'Art. 57(4)(g): earlier contract terminated.', endsOn: null })
  t.equal(byBuyer.statusCode, 201)

  const end = (exclusionId: string, token: string, body: Json = { reason: 'Art. 57(6): self-cleaning proven.' }) => call('POST', `${url}/${exclusionId}/end`, token, body)
  const before = await counts()
  for (const [label, exclusionId, token, code] of [
    ['another buyer ends A\'s decision', byBuyer.json().id, otherBuyer, 'EXCLUSION_NOT_ALLOWED'],
    ['a buyer ends a debarment', debarment.json().id, buyer, 'EXCLUSION_NOT_ALLOWED'],
    ['an unassigned evaluator', byBuyer.json().id, evaluator, 'EXCLUSION_NOT_ALLOWED'],
    ['an auditor', byBuyer.json().id, auditor, 'FORBIDDEN'],
    ['the supplier', byBuyer.json().id, await asSupplier(supplier.id), 'FORBIDDEN'],
  ] as const) {
    const response = await end(exclusionId, token)
    t.equal(response.statusCode, 403, label)
    t.equal(response.json().code, code, label)
  }
  hasError(t, await end(byBuyer.json().id, buyer, {}), 400, 'VALIDATION_FAILED', 'body/reason')
  hasError(t, await end(byBuyer.json().id, buyer, { reason: '' }), 400, 'VALIDATION_FAILED', 'body/reason')
  t.equal((await end(randomUUID(), buyer)).json().code, 'EXCLUSION_NOT_FOUND')
  t.equal((await call('POST', `/api/v1/suppliers/${randomUUID()}/exclusions/${byBuyer.json().id}/end`, buyer, { reason: 'x' })).json().code, 'SUPPLIER_NOT_FOUND')
  t.same(await counts(), before, 'no refused end changed anything')

  const endedByBuyer = await end(byBuyer.json().id, buyer, { reason: 'Art. 57(6): the supplier proved its reliability.' })
  t.equal(endedByBuyer.statusCode, 200)
  t.match(endedByBuyer.json(), { id: byBuyer.json().id, active: false, endReason: 'Art. 57(6): the supplier proved its reliability.', endsOn: null })
  t.ok(Date.parse(endedByBuyer.json().endedAt) >= Date.parse(byBuyer.json().createdAt), 'endedAt is a timestamp after the decision')
  const again = await end(byBuyer.json().id, buyer)
  t.equal(again.statusCode, 409)
  t.equal(again.json().code, 'EXCLUSION_ALREADY_ENDED')
  const endedDebarment = await end(debarment.json().id, registrar, { reason: 'Judgment set aside on appeal.' })
  t.equal(endedDebarment.statusCode, 200)
  t.equal(endedDebarment.json().active, false)

  const listed = (await call('GET', url, otherBuyer)).json().items
  t.same(listed, [endedDebarment.json(), endedByBuyer.json()], 'ended exclusions stay readable, by every buyer')
  t.same((await call('GET', `${url}/${byBuyer.json().id}`, await asSupplier(supplier.id))).json(), endedByBuyer.json(), 'and by the supplier')

  const audit = (await auditOf(supplier.id)).filter((a: Json) => a.action === 'supplier.exclusionEnded')
  t.same(
    audit.map((a: Json) => [a.actor_subject, a.details]),
    [
      ['buyer-1', { exclusionId: byBuyer.json().id, scope: 'buyer', organisationId: 'ministry-of-finance' }],
      ['registrar-1', { exclusionId: debarment.json().id, scope: 'all-buyers', organisationId: 'public-procurement-office' }],
    ],
  )
  const events = (await eventsOf(supplier.id)).filter((e: Json) => e.type === 'supplier.exclusionEnded')
  t.same(events.map((e: Json) => e.data.exclusionId), [byBuyer.json().id, debarment.json().id], 'one event per end, without the reason')
  t.notOk(JSON.stringify(events).includes('self-cleaning') || JSON.stringify(events).includes('appeal'))
})

t.test('exclusions: recorded by buyers for their organisation, read with `active` for today', async (t) => {
  const supplier = await registered()
  const other = await registered()
  const url = `/api/v1/suppliers/${supplier.id}/exclusions`
  const reason = 'Art. 57(4)(c): grave professional misconduct.'

  const ending = await call('POST', url, buyer, { reason, endsOn: dayFromToday(30) })
  t.equal(ending.statusCode, 201)
  t.same(ending.json(), {
    id: ending.json().id,
    supplierId: supplier.id,
    reason,
    endsOn: dayFromToday(30),
    scope: 'buyer',
    organisationId: 'ministry-of-finance',
    active: true,
    endedAt: null,
    endReason: null,
    createdAt: ending.json().createdAt,
  })
  t.equal(ending.headers.location, `${url}/${ending.json().id}`)
  const open = await call('POST', url, buyer, { reason: 'Art. 57(1)(b): corruption.\nFinal judgment of 3 May 2025.', endsOn: null, scope: 'buyer' })
  t.equal(open.statusCode, 201)
  t.equal(open.json().active, true, 'without an end it applies for good')
  const lastDay = await call('POST', url, buyer, { reason, endsOn: dayFromToday(0) })
  t.equal(lastDay.statusCode, 201, 'ending today is allowed')
  t.equal(lastDay.json().active, true, 'the end day is still in force')

  const before = await counts()
  hasError(t, await call('POST', url, buyer, { reason, endsOn: dayFromToday(-1) }), 422, 'EXCLUSION_ENDS_IN_PAST', 'body/endsOn')
  hasError(t, await call('POST', url, buyer, { reason, endsOn: '2031-02-30' }), 400, 'VALIDATION_FAILED', 'body/endsOn')
  hasError(t, await call('POST', url, buyer, { reason, endsOn: 20310101 }), 400, 'VALIDATION_FAILED', 'body/endsOn')
  hasError(t, await call('POST', url, buyer, { reason }), 400, 'VALIDATION_FAILED', 'body/endsOn')
  hasError(t, await call('POST', url, buyer, { reason: '', endsOn: null }), 400, 'VALIDATION_FAILED', 'body/reason')
  hasError(t, await call('POST', url, buyer, { reason: 'a\u0000b', endsOn: null }), 400, 'VALIDATION_FAILED', 'body/reason')
  hasError(t, await call('POST', url, buyer, { reason: 'x'.repeat(2001), endsOn: null }), 400, 'VALIDATION_FAILED', 'body/reason')
  hasError(t, await call('POST', url, buyer, { reason, endsOn: null, severity: 'high' }), 400, 'VALIDATION_FAILED', 'body/severity')
  const missing = await call('POST', `/api/v1/suppliers/${randomUUID()}/exclusions`, buyer, { reason, endsOn: null })
  t.equal(missing.statusCode, 404)
  t.equal(missing.json().code, 'SUPPLIER_NOT_FOUND')
  for (const [label, token] of [['the supplier itself', await asSupplier(supplier.id)], ['auditor', auditor]] as const) {
    const response = await call('POST', url, token, { reason, endsOn: null })
    t.equal(response.statusCode, 403, label)
    t.equal(response.json().code, 'FORBIDDEN', label)
  }
  for (const [label, token, body] of [
    ['an evaluator assigned to nothing', evaluator, { reason, endsOn: null }],
    ['a buyer, for every buyer', buyer, { reason, endsOn: null, scope: 'all-buyers' }],
    ['a buyer acting for no organisation', await bearer(['buyer'], { subject: 'buyer-without-organisation' }), { reason, endsOn: null }],
  ] as const) {
    const response = await call('POST', url, token, body)
    t.equal(response.statusCode, 403, label)
    t.equal(response.json().code, 'EXCLUSION_NOT_ALLOWED', label)
  }
  t.equal((await call('POST', url, null, { reason, endsOn: null })).statusCode, 401)
  t.same(await counts(), before, 'nothing changed')

  // The API refuses a past end, but exclusions recorded earlier do lapse.
  await db.insertInto('supplier_exclusions').values({ supplier_id: supplier.id, reason: 'Lapsed', ends_on: '2020-01-31', scope: 'all-buyers' }).execute()

  for (const token of [buyer, evaluator, auditor, await asSupplier(supplier.id)]) {
    t.equal((await call('GET', url, token)).statusCode, 200)
  }
  const items: Json[] = []
  let cursor: string | null = null
  do {
    const page = await call('GET', `${url}?limit=3${cursor ? `&cursor=${cursor}` : ''}`, buyer)
    items.push(...page.json().items)
    cursor = page.json().nextCursor
  } while (cursor !== null)
  t.same(items.map((e) => e.id).slice(0, 3), [ending.json().id, open.json().id, lastDay.json().id], 'oldest first, across pages')
  t.same(items.map((e) => e.active), [true, true, true, false], 'a lapsed exclusion is listed, not active')
  t.equal(items[3]!.endsOn, '2020-01-31')
  hasError(t, await call('GET', `${url}?cursor=${Buffer.from('["x"]').toString('base64url')}`, buyer), 400, 'INVALID_CURSOR', 'querystring/cursor')

  const one = await call('GET', ending.headers.location as string, await asSupplier(supplier.id))
  t.equal(one.statusCode, 200)
  t.same(one.json(), ending.json())
  const wrongSupplier = await call('GET', `/api/v1/suppliers/${other.id}/exclusions/${ending.json().id}`, buyer)
  t.equal(wrongSupplier.statusCode, 404)
  t.equal(wrongSupplier.json().code, 'EXCLUSION_NOT_FOUND', 'an exclusion is only found under its own supplier')
  t.equal((await call('GET', `${url}/${randomUUID()}`, buyer)).json().code, 'EXCLUSION_NOT_FOUND')
  t.equal((await call('GET', `/api/v1/suppliers/${randomUUID()}/exclusions/${ending.json().id}`, buyer)).json().code, 'SUPPLIER_NOT_FOUND')
  t.equal((await call('GET', `/api/v1/suppliers/${randomUUID()}/exclusions`, buyer)).json().code, 'SUPPLIER_NOT_FOUND')
  const otherUser = await asSupplier(other.id)
  t.equal((await call('GET', url, otherUser)).json().code, 'SUPPLIER_NOT_FOUND')
  t.equal((await call('GET', ending.headers.location as string, otherUser)).json().code, 'SUPPLIER_NOT_FOUND')

  const events = (await eventsOf(supplier.id)).filter((e: Json) => e.type === 'supplier.excluded')
  t.same(
    events.map((e: Json) => e.data),
    [ending, open, lastDay].map((r) => ({ supplierId: supplier.id, exclusionId: r.json().id, endsOn: r.json().endsOn, scope: 'buyer', organisationId: 'ministry-of-finance' })),
    'one event per exclusion, without the reason',
  )
  const audit = (await auditOf(supplier.id)).filter((a: Json) => a.action === 'supplier.excluded')
  t.same(audit.map((a: Json) => a.actor_roles), [['buyer'], ['buyer'], ['buyer']])
  t.same(audit[0]!.details, { exclusionId: ending.json().id, endsOn: dayFromToday(30), scope: 'buyer', organisationId: 'ministry-of-finance' })
})

t.test('exclusionsBySupplier: the buyer organisation\'s own decisions and debarments, none ended', async (t) => {
  const excluded = await registered()
  const clean = await registered()
  const exclude = (token: string, body: Json) => call('POST', `/api/v1/suppliers/${excluded.id}/exclusions`, token, body)
  await exclude(buyer, { reason: 'First', endsOn: null })
  await exclude(buyer, { reason: 'Second', endsOn: '2099-12-31' })
  await exclude(otherBuyer, { reason: 'Another buyer\'s decision', endsOn: null })
  await exclude(registrar, { reason: 'Debarment', endsOn: null, scope: 'all-buyers' })
  const ended = (await exclude(buyer, { reason: 'Ended', endsOn: null })).json()
  t.equal((await call('POST', `/api/v1/suppliers/${excluded.id}/exclusions/${ended.id}/end`, buyer, { reason: 'Recorded in error' })).statusCode, 200)
  const unknown = randomUUID()
  const map = await exclusionsBySupplier(db, [excluded.id, clean.id, unknown], 'ministry-of-finance')
  t.same([...map.keys()].sort(), [excluded.id, clean.id, unknown].sort(), 'every requested id has an entry')
  t.same(map.get(excluded.id), [
    { reason: 'First', endsOn: null },
    { reason: 'Second', endsOn: '2099-12-31' },
    { reason: 'Debarment', endsOn: null },
  ])
  t.same(map.get(clean.id), [])
  t.same(map.get(unknown), [])
  t.same((await exclusionsBySupplier(db, [excluded.id], 'ministry-of-health')).get(excluded.id), [
    { reason: 'Another buyer\'s decision', endsOn: null },
    { reason: 'Debarment', endsOn: null },
  ])
  t.same(await exclusionsBySupplier(db, [], 'ministry-of-finance'), new Map())
  t.equal(await supplierExists(db, excluded.id), true)
  t.equal(await supplierExists(db, unknown), false)
})

t.test('Idempotency-Key makes a registration and an exclusion safe to retry', async (t) => {
  const body = newSupplier()
  const headers = { 'idempotency-key': 'register-supplier-0001' }
  const before = await counts()
  const first = await register(body, buyer, headers)
  const retry = await register(body, buyer, headers)
  t.equal(first.statusCode, 201)
  t.equal(retry.statusCode, 201, 'the retry gets the first response, not a 409')
  t.equal(retry.headers['idempotent-replayed'], 'true')
  t.same(retry.json(), first.json())
  t.equal(retry.headers.location, first.headers.location)
  t.equal(retry.headers.etag, first.headers.etag)
  const after = await counts()
  t.equal(after.suppliers, before.suppliers! + 1, 'one supplier')
  t.equal(after.events, before.events! + 1, 'one event')
  t.equal(after.audit_log, before.audit_log! + 1, 'one audit entry')

  const reused = await register({ ...body, name: 'Another name' }, buyer, headers)
  t.equal(reused.statusCode, 422)
  t.equal(reused.json().code, 'IDEMPOTENCY_KEY_REUSED')
  const newKey = await register(body, buyer, { 'idempotency-key': 'register-supplier-0002' })
  t.equal(newKey.statusCode, 409, 'a new key is a new request')
  t.equal(newKey.json().code, 'SUPPLIER_IDENTIFIER_TAKEN')

  const url = `/api/v1/suppliers/${first.json().id}/exclusions`
  const exclusion = { reason: 'Art. 57(2): unpaid taxes.', endsOn: null }
  const once = await call('POST', url, buyer, exclusion, { 'idempotency-key': 'exclude-supplier-0001' })
  const twice = await call('POST', url, buyer, exclusion, { 'idempotency-key': 'exclude-supplier-0001' })
  t.equal(once.statusCode, 201)
  t.equal(twice.statusCode, 201)
  t.same(twice.json(), once.json())
  t.equal((await call('GET', url, buyer)).json().items.length, 1, 'one exclusion')
})

t.test('no request above ever got a 5xx or leaked internals', async (t) => {
  t.ok(responses.length > 100, `${responses.length} responses checked`)
  t.same(responses.filter((r) => r.statusCode >= 500).map((r) => r.body), [])
  const leaks = responses.filter((r) => r.statusCode >= 400 && /"stack"|\bat .*\.ts:\d|select .* from|insert into|node_modules|violates/i.test(r.body))
  t.same(leaks.map((r) => r.body), [])
})
