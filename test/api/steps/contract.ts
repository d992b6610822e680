import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

// Responses are checked against the published contracts, openapi/<service>.json, as GovStack
// suites check theirs against the BB's API files. OpenAPI 3.0 schema objects are JSON Schema
// with differences: `nullable` instead of a null type, and $refs relative to the whole document.

export type ServiceName = 'catalogue' | 'assessment' | 'reporting'

interface Operation {
  operationId?: string
  requestBody?: { content: Record<string, { schema: unknown; example?: unknown }> }
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>
}

export interface Contract {
  document: { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } }
  /** Validates a body against the documented schema of an operation's status and media type. */
  check: (method: string, endpoint: string, status: number, contentType: string, body: unknown) => string[]
}

const contractsDir = path.resolve(import.meta.dirname, '../../../openapi')

/** OpenAPI 3.0 schema object to JSON Schema: nullable becomes a null alternative; refs point into the contract. */
function toJsonSchema(schema: unknown, contractId: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, contractId))
  if (schema === null || typeof schema !== 'object') return schema
  const { nullable, exclusiveMinimum, exclusiveMaximum, ...rest } = schema as Record<string, unknown>
  const converted: Record<string, unknown> = {}
  // 3.0 inherits draft 4's boolean exclusive bounds; Ajv speaks the numeric form of later drafts.
  if (exclusiveMinimum === true) {
    converted.exclusiveMinimum = rest.minimum
    delete rest.minimum
  }
  if (exclusiveMaximum === true) {
    converted.exclusiveMaximum = rest.maximum
    delete rest.maximum
  }
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string') converted[key] = value.startsWith('#') ? `${contractId}${value}` : value
    else if (key === 'example' || key.startsWith('x-')) continue
    else converted[key] = toJsonSchema(value, contractId)
  }
  return nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted
}

const contracts = new Map<ServiceName, Contract>()

export function contractOf(service: ServiceName): Contract {
  const cached = contracts.get(service)
  if (cached) return cached
  const document = JSON.parse(readFileSync(path.join(contractsDir, `${service}.json`), 'utf8')) as Contract['document']
  const contractId = `urn:circular-ict:openapi:${service}`
  // strict off: OpenAPI keeps annotations (examples, descriptions on refs) that Ajv's strict mode refuses.
  const ajv = new Ajv({ allErrors: true, strict: false })
  ;(addFormats as unknown as (ajv: Ajv) => void)(ajv)
  ajv.addSchema({ $id: contractId, components: { schemas: toJsonSchema(document.components.schemas, contractId) } })
  const validators = new Map<string, ValidateFunction>()

  const check: Contract['check'] = (method, endpoint, status, contentType, body) => {
    const operation = document.paths[endpoint]?.[method.toLowerCase()]
    if (!operation) return [`the contract has no ${method} ${endpoint}`]
    const response = operation.responses[String(status)]
    if (!response) return [`the contract does not document status ${status} for ${method} ${endpoint} (documented: ${Object.keys(operation.responses).join(', ')})`]
    const mediaType = contentType.split(';')[0]!.trim()
    const content = response.content?.[mediaType]
    if (!content) return [`the contract does not document ${mediaType} for ${status} (documented: ${Object.keys(response.content ?? {}).join(', ') || 'no body'})`]
    const key = `${method} ${endpoint} ${status} ${mediaType}`
    let validate = validators.get(key)
    if (!validate) {
      validate = ajv.compile(toJsonSchema(content.schema, contractId) as object)
      validators.set(key, validate)
    }
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`)
  }
  const contract = { document, check }
  contracts.set(service, contract)
  return contract
}

/**
 * The contract path a request path falls under: literal segments win over parameters, so
 * /kpis/values is not /kpis/{kpiId}. Null when the contract has no such path.
 */
export function endpointOf(service: ServiceName, requestPath: string): string | null {
  const segments = requestPath.split('?')[0]!.split('/')
  let best: { endpoint: string; literals: number } | null = null
  for (const endpoint of Object.keys(contractOf(service).document.paths)) {
    const template = endpoint.split('/')
    if (template.length !== segments.length) continue
    let literals = 0
    const fits = template.every((part, i) => {
      if (/^\{.+\}$/.test(part)) return segments[i] !== ''
      literals++
      return part === segments[i]
    })
    if (fits && (!best || literals > best.literals)) best = { endpoint, literals }
  }
  return best?.endpoint ?? null
}
