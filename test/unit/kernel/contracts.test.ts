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
