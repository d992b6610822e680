import t from 'tap'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../../setup/paths.ts'

// Checks over the committed contracts (npm run openapi:check keeps them equal to the code), for
// what strict OpenAPI 3.0.3 validators and client generators trip on.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }
const services = ['catalogue', 'assessment', 'reporting'] as const
const contracts = Object.fromEntries(
  services.map((service) => [service, JSON.parse(readFileSync(path.join(repoRoot, 'openapi', `${service}.json`), 'utf8')) as JsonObject]),
)

function* nodes(node: Json, at = ''): Generator<[string, JsonObject]> {
  if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* nodes(item, `${at}/${i}`)
  else if (node !== null && typeof node === 'object') {
    yield [at, node]
    for (const [key, value] of Object.entries(node)) yield* nodes(value, `${at}/${key}`)
  }
}

const operations = (contract: JsonObject) =>
  Object.entries(contract.paths as Record<string, Record<string, JsonObject>>).flatMap(([route, item]) =>
    Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${route}`, operation })),
  )

t.test('every nullable enum lists null', async (t) => {
  for (const service of services) {
    const offending = [...nodes(contracts[service]!)].filter(([, n]) => n.nullable === true && Array.isArray(n.enum) && !n.enum.includes(null)).map(([at]) => at)
    t.same(offending, [], service)
  }
  const unit = (contracts.catalogue!.components as any).schemas.Requirement.properties.unit
  t.ok(unit.nullable && unit.enum.includes(null), 'Requirement.unit, which answers null, says so')
})

t.test('every list operation takes an optional limit of 1-100, default 20, and an optional cursor', async (t) => {
  let lists = 0
  for (const service of services) {
    for (const { name, operation } of operations(contracts[service]!)) {
      const parameters = (operation.parameters ?? []) as JsonObject[]
      const limit = parameters.find((p) => p.in === 'query' && p.name === 'limit')
      if (!limit) continue
      lists++
      t.notOk(limit.required, `${service} ${name}: limit optional`)
      t.match(limit.schema, { type: 'integer', minimum: 1, maximum: 100, default: 20 }, `${service} ${name}: limit's range and default`)
      const cursor = parameters.find((p) => p.in === 'query' && p.name === 'cursor')
      t.ok(cursor && !cursor.required, `${service} ${name}: cursor optional`)
    }
    for (const { name, operation } of operations(contracts[service]!)) {
      for (const parameter of (operation.parameters ?? []) as JsonObject[]) {
        const schema = parameter.schema as JsonObject
        if (parameter.in === 'query' && schema.default !== undefined) t.notOk(parameter.required, `${service} ${name}: ${parameter.name} has a default, so is optional`)
      }
    }
  }
  t.ok(lists >= 15, `${lists} list operations found`)
})

t.test('the framework\'s own refusals, and 429/500/503, are in every operation\'s contract', async (t) => {
  for (const service of services) {
    for (const { name, operation } of operations(contracts[service]!)) {
      const responses = operation.responses as Record<string, JsonObject>
      const codes = (status: string) => ((responses[status]?.content as any)?.['application/problem+json']?.schema?.allOf?.[1]?.properties?.code?.enum ?? []) as string[]
      t.ok(codes('408').includes('REQUEST_TIMEOUT'), `${service} ${name}: 408`)
      t.ok(codes('431').includes('HEADERS_TOO_LARGE'), `${service} ${name}: 431`)
      if (name.includes('{')) t.ok(codes('414').includes('URI_TOO_LONG'), `${service} ${name}: 414`)
      t.ok(codes('500').includes('INTERNAL_ERROR'), `${service} ${name}: 500`)
      t.ok(codes('503').includes('DATABASE_UNAVAILABLE'), `${service} ${name}: 503`)
      if (!/health/.test(name)) t.ok(codes('429').includes('RATE_LIMITED'), `${service} ${name}: 429`)
    }
  }
})

t.test('the common headers are declared once and referenced from every operation and answer', async (t) => {
  for (const service of services) {
    const components = contracts[service]!.components as any
    t.same(Object.keys(components.parameters).sort(), ['CorrelationId', 'IdempotencyKey', 'IfMatch', 'InformationMediatorClient', 'XGovStackClient', 'XRoadClient'], service)
    t.same(components.parameters.IdempotencyKey.name, 'Idempotency-Key')
    t.same(components.parameters.IfMatch.name, 'If-Match')
    t.same(Object.keys(components.headers).sort(), ['ETag', 'Retry-After', 'X-Correlation-ID'])
    for (const { name, operation } of operations(contracts[service]!)) {
      const refs = (operation.parameters as JsonObject[]).map((p) => p.$ref)
      for (const shared of ['CorrelationId', 'InformationMediatorClient', 'XRoadClient', 'XGovStackClient']) {
        t.ok(refs.includes(`#/components/parameters/${shared}`), `${service} ${name}: ${shared}`)
      }
      t.notOk((operation.parameters as JsonObject[]).some((p) => p.in === 'header' && /^(idempotency-key|if-match)$/i.test(String(p.name))), `${service} ${name}: Idempotency-Key and If-Match by reference only`)
      for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
        t.same(response.headers['X-Correlation-ID'], { $ref: '#/components/headers/X-Correlation-ID' }, `${service} ${name} ${status}: X-Correlation-ID`)
        if (status === '503' || status === '429') t.ok(response.headers['Retry-After'], `${service} ${name} ${status}: Retry-After`)
      }
    }
  }
  const put = (contracts.assessment!.paths as any)['/api/v1/suppliers/{supplierId}'].put
  t.ok(put.parameters.some((p: JsonObject) => p.$ref === '#/components/parameters/IfMatch'), 'an update references If-Match')
  t.ok(put.responses['200'].headers.ETag, 'and answers an ETag')
  const create = (contracts.assessment!.paths as any)['/api/v1/suppliers'].post
  t.ok(create.parameters.some((p: JsonObject) => p.$ref === '#/components/parameters/IdempotencyKey'), 'a create references Idempotency-Key')
})

t.test('every operation has a description and an example of its success answer', async (t) => {
  for (const service of services) {
    const contract = contracts[service]!
    const schemas = (contract.components as JsonObject).schemas as Record<string, JsonObject>
    const hasExample = (node: JsonObject | undefined): boolean => {
      if (!node) return false
      if ('example' in node || 'examples' in node) return true
      const ref = node.$ref
      return typeof ref === 'string' && hasExample(schemas[ref.split('/').at(-1)!])
    }
    const undocumented = operations(contract)
      .filter(({ operation }) => typeof operation.description !== 'string' || operation.description.trim() === '')
      .map(({ name }) => name)
    t.same(undocumented, [], `${service}: every operation is described`)
    const withoutExample = operations(contract)
      .filter(({ operation }) => {
        const successes = Object.entries(operation.responses as Record<string, JsonObject>).filter(([status]) => status.startsWith('2'))
        return !successes.some(([status, response]) =>
          status === '204' || Object.values((response.content ?? {}) as Record<string, JsonObject>).some((media) => hasExample(media) || hasExample(media.schema as JsonObject)),
        )
      })
      .map(({ name }) => name)
    t.same(withoutExample, [], `${service}: every success answer has an example`)
  }
})
