import assert from 'node:assert/strict'
import { appendFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { After, Before, type DataTable, Given, Then, When, setDefaultTimeout, setWorldConstructor } from '@cucumber/cucumber'
import { isRole } from '../../../services/kernel/auth/roles.ts'
import { contractOf, endpointOf, type ServiceName } from './contract.ts'
import { exampleBody, fixtures } from './fixtures.ts'
import { ApiWorld } from './world.ts'

setWorldConstructor(ApiWorld)
// The GovStack suites allow 15 s per response; set-up steps make a dozen requests.
setDefaultTimeout(60_000)

const services: ServiceName[] = ['catalogue', 'assessment', 'reporting']
/** One line per scenario: its tags and the requests it made itself, read by coverage.ts. */
const exercisedFile = path.resolve(import.meta.dirname, '../result/operations.json')
mkdirSync(path.dirname(exercisedFile), { recursive: true })

Before(function (this: ApiWorld, { pickle }) {
  const folder = /features\/(\w+)\//.exec(pickle.uri.replaceAll('\\', '/'))?.[1]
  assert.ok(folder && (services as string[]).includes(folder), `${pickle.uri} must sit in features/<service>/`)
  this.service = folder as ServiceName
  // Scenario tags come after the feature's, so a scenario may narrow the feature's endpoint.
  this.endpoint = pickle.tags.map((tag) => /^@endpoint=(.+)$/.exec(tag.name)?.[1]).filter(Boolean).at(-1) ?? null
})

After(function (this: ApiWorld, { pickle }) {
  const tags = pickle.tags.map((tag) => tag.name)
  appendFileSync(exercisedFile, `${JSON.stringify({ scenario: pickle.name, uri: pickle.uri, tags, exercised: this.exercised })}\n`)
})

function valueAt(body: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), body)
}

function items(world: ApiWorld): unknown[] {
  const list = valueAt(world.response.body, 'items')
  assert.ok(Array.isArray(list), `the body has no items list: ${world.response.text.slice(0, 200)}`)
  return list
}

for (const [phrase, build] of Object.entries(fixtures)) Given(phrase, function (this: ApiWorld) { return build(this) })

Given('the client holds no token', function (this: ApiWorld) {
  this.authorization = null
})

Given('the client holds a token with the role {string}', async function (this: ApiWorld, role: string) {
  assert.ok(isRole(role), `${role} is not a role`)
  await this.useToken(role)
})

Given('the client holds a token with the role {string} for organisation {string}', async function (this: ApiWorld, role: string, organisation: string) {
  assert.ok(isRole(role), `${role} is not a role`)
  await this.useToken(role, { organisation: this.interpolate(organisation) })
})

Given('the client holds a token of the buyer', async function (this: ApiWorld) {
  await this.useToken('buyer', { organisation: this.settings.buyerOrganisation })
})

Given('the client holds a token of the bidding supplier', async function (this: ApiWorld) {
  await this.useToken('supplier', { supplier: this.vars.get('supplierId')! })
})

Given('the client holds a token of another supplier', async function (this: ApiWorld) {
  await this.useToken('supplier', { supplier: '00000000-0000-4000-8000-000000000000' })
})

When('the client sends a {word} request to {string}', async function (this: ApiWorld, method: string, path: string) {
  await this.send(method, path)
})

When(
  'the client sends a {word} request to {string} with header {string} set to {string}',
  async function (this: ApiWorld, method: string, path: string, header: string, value: string) {
    await this.send(method, path, { headers: { [header]: value } })
  },
)

When('the client sends a {word} request to {string} with the JSON body:', async function (this: ApiWorld, method: string, path: string, body: string) {
  await this.send(method, path, { body })
})

When(
  'the client sends a {word} request to {string} with header {string} set to {string} and the JSON body:',
  async function (this: ApiWorld, method: string, path: string, header: string, value: string, body: string) {
    await this.send(method, path, { headers: { [header]: value }, body })
  },
)

/** The contract's example body of the operation, with the table's changes: dotted field, JSON value (or text). */
function changedExample(world: ApiWorld, method: string, requestPath: string, changes: DataTable | null): string {
  const endpoint = endpointOf(world.service, world.interpolate(requestPath))
  assert.ok(endpoint, `the contract has no path for ${requestPath}`)
  const body = exampleBody(world.service, method.toLowerCase(), endpoint)
  for (const [field, raw] of changes?.raw() ?? []) {
    const text = world.interpolate(raw!)
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      value = text
    }
    const keys = field!.split('.')
    const parent = keys.slice(0, -1).reduce((object, key) => object[key], body)
    if (value === '<absent>') delete parent[keys.at(-1)!]
    else parent[keys.at(-1)!] = value
  }
  return JSON.stringify(body)
}

When("the client sends a {word} request to {string} with the contract's example body", async function (this: ApiWorld, method: string, path: string) {
  await this.send(method, path, { body: changedExample(this, method, path, null) })
})

When("the client sends a {word} request to {string} with the contract's example body changed:", async function (this: ApiWorld, method: string, path: string, changes: DataTable) {
  await this.send(method, path, { body: changedExample(this, method, path, changes) })
})

When(
  "the client sends a {word} request to {string} with header {string} set to {string} and the contract's example body changed:",
  async function (this: ApiWorld, method: string, path: string, header: string, value: string, changes: DataTable) {
    await this.send(method, path, { headers: { [header]: value }, body: changedExample(this, method, path, changes) })
  },
)

When('the client asks for the next page', async function (this: ApiWorld) {
  const cursor = valueAt(this.response.body, 'nextCursor')
  assert.equal(typeof cursor, 'string', 'the previous page has a nextCursor')
  const url = new URL(this.lastPath, 'http://placeholder')
  url.searchParams.set('cursor', cursor as string)
  await this.send('GET', `${url.pathname}${url.search}`)
})

Then('the response status is {int}', function (this: ApiWorld, status: number) {
  assert.equal(this.response.status, status, this.response.text.slice(0, 500))
})

Then('the response arrives within {int} ms', function (this: ApiWorld, limit: number) {
  assert.ok(this.response.elapsedMs < limit, `took ${Math.round(this.response.elapsedMs)} ms`)
})

Then('the response header {string} contains {string}', function (this: ApiWorld, header: string, expected: string) {
  const actual = this.response.headers.get(header)
  assert.ok(actual?.includes(this.interpolate(expected)), `${header}: ${actual}`)
})

Then('the response header {string} is {string}', function (this: ApiWorld, header: string, expected: string) {
  assert.equal(this.response.headers.get(header), this.interpolate(expected))
})

Then('the response matches the OpenAPI contract', function (this: ApiWorld) {
  const endpoint = this.endpoint ?? endpointOf(this.service, this.lastPath) ?? this.lastPath.split('?')[0]!
  const problems = contractOf(this.service).check(this.method, endpoint, this.response.status, this.response.contentType, this.response.body)
  assert.deepEqual(problems, [], `${this.method} ${endpoint} ${this.response.status} breaks openapi/${this.service}.json`)
})

Then('the response is a problem with code {string}', function (this: ApiWorld, code: string) {
  assert.match(this.response.contentType, /^application\/problem\+json/)
  const body = this.response.body as Record<string, unknown>
  assert.equal(body.code, code, this.response.text.slice(0, 500))
  assert.equal(body.status, this.response.status)
  assert.equal(body.correlationId, this.response.headers.get('x-correlation-id'))
})

Then('the problem names the field {string}', function (this: ApiWorld, field: string) {
  const errors = valueAt(this.response.body, 'errors') as { path: string }[] | undefined
  assert.ok(errors?.some((e) => e.path === field), `errors: ${JSON.stringify(errors)}`)
})

Then('the response field {string} is {string}', function (this: ApiWorld, field: string, expected: string) {
  assert.equal(String(valueAt(this.response.body, field)), this.interpolate(expected), this.response.text.slice(0, 300))
})

Then('the response field {string} is a number', function (this: ApiWorld, field: string) {
  assert.equal(typeof valueAt(this.response.body, field), 'number', this.response.text.slice(0, 300))
})

Then('the response field {string} is not empty', function (this: ApiWorld, field: string) {
  const value = valueAt(this.response.body, field)
  assert.ok(value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0), `${field}: ${JSON.stringify(value)}`)
})

Then('the client remembers the response field {string} as {string}', function (this: ApiWorld, field: string, name: string) {
  const value = valueAt(this.response.body, field)
  assert.ok(value !== undefined && value !== null, `${field} is missing`)
  this.vars.set(name, String(value))
})

Then('the client remembers the response header {string} as {string}', function (this: ApiWorld, header: string, name: string) {
  const value = this.response.headers.get(header)
  assert.ok(value, `no ${header} header`)
  this.vars.set(name, value)
})

Then('the list has at least {int} item(s)', function (this: ApiWorld, count: number) {
  assert.ok(items(this).length >= count, `${items(this).length} items`)
})

Then('the list has exactly {int} item(s)', function (this: ApiWorld, count: number) {
  assert.equal(items(this).length, count)
})

Then('the list includes an item with {string} {string}', function (this: ApiWorld, field: string, expected: string) {
  const wanted = this.interpolate(expected)
  assert.ok(items(this).some((item) => String(valueAt(item, field)) === wanted), `no item with ${field} ${wanted}`)
})

Then('every item has {string} including {string}', function (this: ApiWorld, field: string, expected: string) {
  for (const item of items(this)) {
    const value = valueAt(item, field)
    assert.ok(Array.isArray(value) ? value.includes(expected) : String(value).includes(expected), `${field}: ${JSON.stringify(value)}`)
  }
})

Then('the body contains {string}', function (this: ApiWorld, expected: string) {
  assert.ok(this.response.text.includes(this.interpolate(expected)), this.response.text.slice(0, 300))
})

Then('the contract served is the published openapi file, OpenAPI 3.0.3', function (this: ApiWorld) {
  const served = this.response.body as { openapi: string; info: { version: string }; paths: Record<string, unknown> }
  const published = contractOf(this.service).document
  assert.equal(served.openapi, '3.0.3', 'X-Road 7.2 imports OpenAPI 3.0 only')
  assert.deepEqual(Object.keys(served.paths).sort(), Object.keys(published.paths).sort())
})
