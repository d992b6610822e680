/**
 * The headers every operation shares, declared once under `components` and referenced from each
 * operation, so a client generator makes one type of each and a reader finds them in one place:
 * the correlation id (request and response), the information mediator's caller headers,
 * Idempotency-Key, If-Match and ETag, and Retry-After.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const CALLER_PATTERN = '^[^/\\s]{1,64}/[^/\\s]{1,64}/[^/\\s]{1,128}(/[^/\\s]{1,128})?$'
const callerHeader = (name: string, description: string): JsonObject => ({
  in: 'header',
  name,
  required: false,
  description: `${description} \`INSTANCE/CLASS/MEMBER/SUBSYSTEM\`; logged and written to the audit trail, marked verified only when the request came from the trusted mediator. A malformed value is a 400.`,
  schema: { type: 'string', pattern: CALLER_PATTERN, maxLength: 400 },
  example: 'SANDBOX/GOV/MINFIN/PROCUREMENT',
})

const sharedParameters: Record<string, JsonObject> = {
  CorrelationId: {
    in: 'header',
    name: 'X-Correlation-ID',
    required: false,
    description: 'Traces the call through the logs, the audit trail and the answer (echoed in `X-Correlation-ID` and in every problem). Generated when absent or malformed; X-Road\'s `X-Road-Id` is used when this is absent.',
    schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' },
    example: '8e0d3c0e-4b43-4a8e-9a39-6d1f7f0f2b11',
  },
  InformationMediatorClient: callerHeader('Information-Mediator-Client', 'The calling system as the GovStack information mediator names it:'),
  XRoadClient: callerHeader('X-Road-Client', 'The calling system as X-Road names it:'),
  XGovStackClient: callerHeader('X-GovStack-Client', 'The calling system as the GovStack sandbox names it:'),
}

const sharedHeaders: Record<string, JsonObject> = {
  'X-Correlation-ID': { description: 'The correlation id of the call: the one sent, or the one generated.', schema: { type: 'string' } },
  ETag: {
    description:
      'Version of the representation; send it back in `If-Match` to change the resource (a stale one is 412, none 428). `If-Match: *` matches whatever version is current: a blind overwrite, for callers that accept losing a concurrent change.',
    schema: { type: 'string' },
    example: '"3f9a1c2e"',
  },
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
}

/** Inline header parameters the route schemas declare, and the shared parameter each becomes. */
const inlineToShared: Record<string, string> = { 'idempotency-key': 'IdempotencyKey', 'if-match': 'IfMatch' }
const sharedNames: Record<string, string> = { IdempotencyKey: 'Idempotency-Key', IfMatch: 'If-Match' }

const ref = (kind: 'parameters' | 'headers', name: string): JsonObject => ({ $ref: `#/components/${kind}/${name}` })
const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch'])

export function withCommonHeaders(document: JsonObject): JsonObject {
  const paths = (document.paths ?? {}) as Record<string, JsonObject>
  const components = isObject(document.components) ? { ...document.components } : {}
  const parameters: Record<string, JsonObject> = { ...sharedParameters }
  for (const item of Object.values(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method) || !isObject(operation)) continue
      const own = (Array.isArray(operation.parameters) ? operation.parameters : []).filter(isObject).map((parameter) => {
        const shared = parameter.in === 'header' && typeof parameter.name === 'string' ? inlineToShared[parameter.name] : undefined
        if (!shared) return parameter
        parameters[shared] ??= { ...parameter, name: sharedNames[shared]! }
        return ref('parameters', shared)
      })
      operation.parameters = [...own, ...Object.keys(sharedParameters).map((name) => ref('parameters', name))]
      for (const [status, response] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
        if (!isObject(response)) continue
        const headers: JsonObject = { 'X-Correlation-ID': ref('headers', 'X-Correlation-ID') }
        if (isObject(response.headers) && 'Retry-After' in response.headers) headers['Retry-After'] = ref('headers', 'Retry-After')
        // Declared where the route's schema says its handler sets one (WithEntityTag), checked
        // against the handlers by test/architecture/entity-tags.test.ts.
        if (isObject(response.headers) && 'ETag' in response.headers) headers.ETag = ref('headers', 'ETag')
        response.headers = headers
      }
    }
  }
  return { ...document, components: { ...components, parameters, headers: sharedHeaders } }
}
