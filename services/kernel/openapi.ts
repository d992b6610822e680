import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { withCommonHeaders } from './openapi-headers.ts'

export interface OpenApiOptions {
  title: string
  description: string
  version: string
  tags: { name: string; description: string }[]
  publicBaseUrl: string | null
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

function isNullSchema(value: Json): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.type === 'null'
}

/**
 * The sandbox's X-Road 7.2 reads OpenAPI 3.0.3 only, while TypeBox speaks JSON Schema 2020-12.
 * This rewrites the few constructs that differ: `anyOf [T, null]` becomes `nullable: true`,
 * `const` becomes a one-value `enum`, numeric exclusive bounds become boolean ones, and a schema's
 * `examples` array becomes `example`.
 */
function isDataKeyword(key: string, value: Json): boolean {
  return key === 'example' || key === 'default' || key === 'const' || key === 'enum' || (key === 'examples' && Array.isArray(value))
}

export function toOpenApi303(node: Json): Json {
  if (Array.isArray(node)) return node.map(toOpenApi303)
  if (node === null || typeof node !== 'object') return node
  const out: { [key: string]: Json } = {}
  // Example, default, enum and const values are data, not schemas: a field of an example that happens
  // to be called `examples` stays as it is.
  for (const [key, value] of Object.entries(node)) out[key] = isDataKeyword(key, value) ? value : toOpenApi303(value)
  const anyOf = out.anyOf
  if (Array.isArray(anyOf) && anyOf.some(isNullSchema)) {
    const rest = anyOf.filter((s) => !isNullSchema(s))
    delete out.anyOf
    if (rest.length === 1 && typeof rest[0] === 'object' && rest[0] !== null && !Array.isArray(rest[0])) {
      const only = rest[0]
      // A $ref cannot carry siblings in 3.0: wrap it.
      Object.assign(out, only.$ref ? { allOf: [only] } : only, { nullable: true })
    } else {
      Object.assign(out, { anyOf: rest, nullable: true })
    }
  }
  // JSON Schema's numeric exclusive bounds are draft-04 booleans in OpenAPI 3.0.
  for (const [exclusive, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof out[exclusive] === 'number') {
      out[bound] = out[exclusive]
      out[exclusive] = true
    }
  }
  // A nullable enum must list null itself, or strict 3.0.3 validators refuse the null it answers.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
  if ('const' in out) {
    out.enum = [out.const as Json]
    delete out.const
  }
  // OpenAPI's own `examples` are maps; an array can only be a JSON Schema keyword.
  if (Array.isArray(out.examples)) {
    if (out.example === undefined && out.examples.length > 0) out.example = out.examples[0] as Json
    delete out.examples
  }
  return out
}

interface RouteSchema {
  querystring?: { properties?: Record<string, { default?: unknown }>; required?: string[] }
  security?: unknown
}

/**
 * A query parameter with a default (`limit`) may be left out: validation fills it in, so the
 * contract must not mark it required, or generated clients would force callers to send it.
 */
export function withOptionalDefaults(schema: RouteSchema): RouteSchema {
  const query = schema?.querystring
  if (!query?.required || !query.properties) return schema
  const properties = query.properties
  return { ...schema, querystring: { ...query, required: query.required.filter((name) => properties[name]?.default === undefined) } }
}

/**
 * Swagger UI's own policy: its scripts and styles from this server, "Try it out" calls to this
 * server or the configured public one, nothing inline. Unlike the plugin's default, no `upgrade-insecure-requests`:
 * on plain HTTP (a port-forward, a cluster-internal host) it would send every asset to https and
 * leave a blank page.
 */
export function docsContentSecurityPolicy(publicBaseUrl: string | null): string {
  const api = publicBaseUrl ? ` ${new URL(publicBaseUrl).origin}` : ''
  return [
    "default-src 'self'",
    "base-uri 'self'",
    `connect-src 'self'${api}`,
    "font-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "img-src 'self' data:",
    "object-src 'none'",
    "script-src 'self'",
    "script-src-attr 'none'",
    "style-src 'self'",
  ].join('; ')
}

/** A green circle with a white arrow closing on itself: circularity, without anyone's logo. */
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#1b7f4b"/><path d="M22 10a8 8 0 1 0 2 7" fill="none" stroke="#fff" stroke-width="3"/><path d="M18 8h6v6" fill="none" stroke="#fff" stroke-width="3"/></svg>'

/**
 * Generates the service's OpenAPI 3.0.3 contract from the route schemas, serves it at
 * /api/v1/openapi.json (the URL X-Road imports) and the interactive docs at /docs.
 */
export const openApi = fp<OpenApiOptions>(
  async (app: FastifyInstance, options) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: options.title,
          description: options.description,
          version: options.version,
          license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
          contact: { name: 'Circular ICT procurement building block', url: 'https://github.com/circular-ict/circular-ict-procurement' },
        },
        servers: [{ url: options.publicBaseUrl ?? '/', description: 'This deployment' }],
        tags: options.tags,
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: 'A JWT from the configured OIDC issuer, or from `npm run token` in local mode.',
            },
          },
        },
      },
      refResolver: {
        buildLocalReference(json, _baseUri, _fragment, i) {
          return typeof json.$id === 'string' ? json.$id : `schema${i}`
        },
      },
      // Public operations say so explicitly (`security: []`), so a reader never has to guess.
      transform: ({ schema, url }) => ({ schema: { ...withOptionalDefaults(schema as RouteSchema), security: (schema as RouteSchema)?.security ?? [] } as never, url }),
      transformObject: (documentObject) => withCommonHeaders(toOpenApi303((documentObject as { openapiObject: Json }).openapiObject) as JsonObject) as never,
    })
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      // BaseLayout: no top bar, whose inline SVG logo carries a stylesheet the policy refuses, and
      // whose "Explore" box would only fetch URLs the policy blocks anyway.
      uiConfig: { docExpansion: 'list', deepLinking: true, layout: 'BaseLayout' },
      // The project's name in the tab and its own icon, not Swagger UI's.
      theme: { title: `${options.title} · API docs`, favicon: [{ filename: 'favicon.svg', rel: 'icon', sizes: 'any', type: 'image/svg+xml', content: FAVICON }] },
      staticCSP: docsContentSecurityPolicy(options.publicBaseUrl),
    })
    app.get(
      '/api/v1/openapi.json',
      { schema: { hide: true } },
      async () => app.swagger(),
    )
  },
  { name: 'openapi' },
)
