import { Type, type Static } from 'typebox'
import { Ajv } from 'ajv'
import { addressEntryProblem } from './address-list.ts'
import { parseAllowedHost, type AllowedHost } from './allowed-hosts.ts'
import { ClaimPathError, parseClaimPath } from './auth/claim-path.ts'

export type ServiceName = 'catalogue' | 'assessment' | 'reporting'

export const defaultPorts: Record<ServiceName, number> = { catalogue: 3001, assessment: 3002, reporting: 3003 }

const Port = Type.Integer({ minimum: 1, maximum: 65535 })
const Url = Type.String({ pattern: '^(https?|postgres(ql)?)://' })

/** Every environment variable the services read. README's configuration table mirrors this. */
const Environment = Type.Object({
  DATABASE_URL: Type.Optional(Url),
  DATA_DIR: Type.String({ minLength: 1, default: '.data' }),
  EMBEDDED_POSTGRES_PORT: Type.Optional(Port),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0' }),
  CATALOGUE_PORT: Type.Optional(Port),
  ASSESSMENT_PORT: Type.Optional(Port),
  REPORTING_PORT: Type.Optional(Port),
  CATALOGUE_URL: Type.Optional(Url),
  ASSESSMENT_URL: Type.Optional(Url),
  REPORTING_URL: Type.Optional(Url),
  PUBLIC_BASE_URL: Type.Optional(Url),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  LOG_FORMAT: Type.Optional(Type.Enum(['json', 'pretty'])),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, maximum: 50 * 1024 * 1024, default: 1024 * 1024 }),
  DATABASE_POOL_SIZE: Type.Integer({ minimum: 1, maximum: 200, default: 10 }),
  DATABASE_CONNECT_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 120_000, default: 5000 }),
  SHUTDOWN_GRACE_MS: Type.Integer({ minimum: 0, maximum: 600_000, default: 10_000 }),
  OIDC_ISSUER: Type.Optional(Url),
  OIDC_JWKS_URL: Type.Optional(Url),
  OIDC_AUDIENCE: Type.Optional(Type.String({ minLength: 1 })),
  OIDC_ALLOW_ANY_AUDIENCE: Type.Boolean({ default: false }),
  OIDC_REQUIRE_TOKEN_TYPE: Type.Boolean({ default: true }),
  OIDC_JWKS_CACHE_MAX_AGE_SECONDS: Type.Integer({ minimum: 0, maximum: 86_400, default: 300 }),
  OIDC_JWKS_COOLDOWN_SECONDS: Type.Integer({ minimum: 0, maximum: 600, default: 5 }),
  OIDC_ROLES_CLAIM: Type.String({ minLength: 1, default: 'realm_access.roles' }),
  OIDC_ORGANISATION_CLAIM: Type.String({ minLength: 1, default: 'organisation_id' }),
  OIDC_SUPPLIER_CLAIM: Type.String({ minLength: 1, default: 'supplier_id' }),
  SEED_ON_START: Type.Boolean({ default: true }),
  OIDC_CLIENT_ID: Type.Optional(Type.String({ minLength: 1 })),
  OIDC_CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1 })),
  OIDC_TOKEN_URL: Type.Optional(Url),
  FEED_POLL_INTERVAL_MS: Type.Integer({ minimum: 100, maximum: 3_600_000, default: 5000 }),
  WEBHOOK_ALLOWED_HOSTS: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  OCDS_OCID_PREFIX: Type.String({ pattern: '^ocds-[a-z0-9]{6}$', default: 'ocds-c1ict0' }),
  OCDS_PUBLISHER_NAME: Type.String({ minLength: 1, maxLength: 300, default: 'Circular ICT procurement building block' }),
  TOKEN_MAX_LIFETIME_SECONDS: Type.Integer({ minimum: 300, maximum: 31 * 24 * 3600, default: 86_400 }),
  TOKEN_CLOCK_SKEW_SECONDS: Type.Integer({ minimum: 0, maximum: 300, default: 30 }),
  RATE_LIMIT_MAX: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 600 }),
  RATE_LIMIT_WINDOW_SECONDS: Type.Integer({ minimum: 1, maximum: 3600, default: 60 }),
  RATE_LIMIT_AUTH_FAILURES_MAX: Type.Integer({ minimum: 0, maximum: 100_000, default: 20 }),
  CORS_ORIGINS: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  REQUEST_TIMEOUT_MS: Type.Integer({ minimum: 1000, maximum: 600_000, default: 30_000 }),
  HEADERS_TIMEOUT_MS: Type.Integer({ minimum: 1000, maximum: 120_000, default: 10_000 }),
  KEEP_ALIVE_TIMEOUT_MS: Type.Integer({ minimum: 1000, maximum: 600_000, default: 10_000 }),
  TRUSTED_PROXY_ADDRESSES: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  TRUSTED_MEDIATOR_ADDRESSES: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  TRUSTED_MEDIATOR_CERT_HEADER: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9-]{1,64}$' })),
  CURSOR_SECRET: Type.Optional(Type.String({ minLength: 32, maxLength: 512 })),
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16, maxLength: 512 })),
  OTEL_EXPORTER_OTLP_ENDPOINT: Type.Optional(Url),
})
type Environment = Static<typeof Environment>

/** How a service authenticates itself to another (reporting reading the assessment feed). */
export interface ServiceCredentials {
  clientId: string | null
  clientSecret: string | null
  tokenUrl: string | null
}

export interface AuthConfig {
  mode: 'oidc' | 'local'
  /** Without a trailing slash; a token's `iss` may carry one or not. */
  issuer: string
  jwksUrl: string | null
  /** The `aud` every token must name; null only in OIDC mode with OIDC_ALLOW_ANY_AUDIENCE. */
  audience: string | null
  /** Claim paths (see auth/claim-path.ts); local mode always uses the names its tokens are minted with. */
  rolesClaim: string
  organisationClaim: string
  supplierClaim: string
  maxLifetimeSeconds: number
  clockSkewSeconds: number
  requireAccessTokenType: boolean
  /** How long the issuer's key set is trusted before it is fetched again, and the least time between fetches. */
  jwksCacheMaxAgeSeconds: number
  jwksCooldownSeconds: number
}

/** Limits, origins and timeouts at the network edge of every service. */
export interface EdgeConfig {
  /** Requests per caller per window; 0 turns the limit off (a gateway in front does it). */
  rateLimitMax: number
  rateLimitWindowMs: number
  /** Refused tokens per client per window before further attempts get 429 unexamined; 0: no limit. */
  authFailuresMax: number
  /** Browser origins allowed to call; empty: CORS off. */
  corsOrigins: string[]
  requestTimeoutMs: number
  headersTimeoutMs: number
  keepAliveTimeoutMs: number
  /** Proxies whose X-Forwarded-For (and mediator certificate header) is believed. */
  trustedProxies: string[]
}

/**
 * Who may vouch for the mediator caller headers: the mediator's own addresses, or a trusted proxy
 * that verified the mediator's client certificate and says so in a header.
 */
export interface TrustedMediatorConfig {
  addresses: string[]
  certificateHeader: string | null
}

export interface ServiceConfig {
  service: ServiceName
  host: string
  port: number
  databaseUrl: string | null
  dataDir: string
  embeddedPostgresPort: number
  logLevel: string
  /** Unset: readable lines when stdout is a terminal, JSON otherwise. */
  logFormat: 'json' | 'pretty' | null
  bodyLimitBytes: number
  databasePoolSize: number
  /** How long a request waits for a database connection (new, or free in a busy pool) before it is answered 503. */
  databaseConnectTimeoutMs: number
  /** On SIGTERM/SIGINT, how long requests in flight may take to finish before the process gives up. */
  shutdownGraceMs: number
  publicBaseUrl: string | null
  /** Key of the HMAC that signs list cursors; null: the server keeps one in DATA_DIR (see cursor-key.ts). */
  cursorSecret: string | null
  /** When set, GET /metrics needs it as a bearer token. */
  metricsToken: string | null
  /** OTLP/HTTP collector base URL; set: traces are exported there (`/v1/traces`). */
  otlpEndpoint: string | null
  catalogueUrl: string
  assessmentUrl: string
  /** Where the reporting service is reached; only the landing pages link to it. */
  reportingUrl: string
  seedOnStart: boolean
  feedPollIntervalMs: number
  /**
   * Hosts webhook subscriptions may target: `host` or `host:port`, `.suffix` for a domain, or `*`.
   * Null: any host, https on port 443, public addresses only.
   */
  webhookAllowedHosts: AllowedHost[] | null
  edge: EdgeConfig
  trustedMediator: TrustedMediatorConfig
  /** OCDS export: the OCID prefix registered for this publisher, and the publisher's name. */
  ocds: { ocidPrefix: string; publisherName: string }
  auth: AuthConfig
  serviceCredentials: ServiceCredentials
}

export class ConfigError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.problems = problems
  }
}

export const LOCAL_ISSUER = 'urn:circular-ict:local'
/** The audience local tokens are minted for and checked against, so no other token of the key fits. */
export const LOCAL_AUDIENCE = 'urn:circular-ict:api'
const localClaims = { rolesClaim: 'roles', organisationClaim: 'organisation_id', supplierClaim: 'supplier_id' }

const listOf = (value: string | undefined): string[] =>
  (value ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0)

function edgeProblems(e: Environment): string[] {
  const problems: string[] = []
  for (const origin of listOf(e.CORS_ORIGINS)) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path)`)
  }
  for (const name of ['TRUSTED_PROXY_ADDRESSES', 'TRUSTED_MEDIATOR_ADDRESSES'] as const) {
    for (const entry of listOf(e[name])) {
      const problem = addressEntryProblem(entry)
      if (problem) problems.push(`${name}: ${problem}`)
    }
  }
  if (e.TRUSTED_MEDIATOR_CERT_HEADER && listOf(e.TRUSTED_PROXY_ADDRESSES).length === 0) {
    problems.push('TRUSTED_MEDIATOR_CERT_HEADER needs TRUSTED_PROXY_ADDRESSES: only a trusted proxy may vouch for a client certificate')
  }
  if (e.HEADERS_TIMEOUT_MS > e.REQUEST_TIMEOUT_MS) problems.push('HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS')
  return problems
}

function authProblems(service: ServiceName, e: Environment): string[] {
  const problems: string[] = []
  if (e.OIDC_JWKS_URL && !e.OIDC_ISSUER) problems.push('OIDC_JWKS_URL is set but OIDC_ISSUER is not: tokens could not be checked for their issuer')
  if (Boolean(e.OIDC_CLIENT_ID) !== Boolean(e.OIDC_CLIENT_SECRET)) problems.push('OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together')
  if (!e.OIDC_ISSUER) return problems
  if (!e.OIDC_AUDIENCE && !e.OIDC_ALLOW_ANY_AUDIENCE) {
    problems.push('OIDC_AUDIENCE is not set: name the audience your issuer puts in access tokens for these services (or set OIDC_ALLOW_ANY_AUDIENCE=true to accept a token of any client of the realm, not recommended)')
  }
  if (service === 'reporting' && !e.OIDC_CLIENT_ID) {
    problems.push('reporting reads the assessment feed with client credentials of its own in OIDC mode: set OIDC_CLIENT_ID and OIDC_CLIENT_SECRET')
  }
  for (const name of ['OIDC_ROLES_CLAIM', 'OIDC_ORGANISATION_CLAIM', 'OIDC_SUPPLIER_CLAIM'] as const) {
    try {
      parseClaimPath(e[name])
    } catch (error) {
      if (!(error instanceof ClaimPathError)) throw error
      problems.push(`${name}=${JSON.stringify(e[name])}: ${error.message}`)
    }
  }
  return problems
}

const validateEnvironment = new Ajv({ coerceTypes: true, useDefaults: true, allErrors: true, strict: false }).compile(Environment)

/**
 * Reads and validates the environment once, at start-up. Unknown variables are ignored; a bad
 * value of a known one is an error naming the variable, so a typo never runs with a default.
 */
export function loadConfig(service: ServiceName, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const known = Object.keys(Environment.properties)
  const raw: Record<string, unknown> = {}
  for (const key of known) {
    const value = env[key]
    if (value !== undefined && value !== '') raw[key] = value
  }
  // Ajv (already loaded by Fastify) fills the defaults and turns the strings into numbers and booleans
  // in place; typebox's value module would load some 300 modules more into every process.
  const converted: Record<string, unknown> = { ...raw }
  const firstErrorPerVariable = new Map<string, string>()
  if (!validateEnvironment(converted)) {
    for (const error of validateEnvironment.errors ?? []) {
      const name = error.instancePath.replace(/^\//, '')
      if (!firstErrorPerVariable.has(name)) firstErrorPerVariable.set(name, `${name}=${JSON.stringify(raw[name])}: ${error.message}`)
    }
  }
  if (firstErrorPerVariable.size > 0) throw new ConfigError([...firstErrorPerVariable.values()])
  const e = converted as unknown as Environment
  const allowedHostEntries = e.WEBHOOK_ALLOWED_HOSTS?.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0)
  const problems = [...authProblems(service, e), ...edgeProblems(e)]
  for (const entry of allowedHostEntries ?? []) {
    if (!parseAllowedHost(entry)) problems.push(`WEBHOOK_ALLOWED_HOSTS: ${JSON.stringify(entry)} is not host, host:port, .domain or *`)
  }
  if (problems.length > 0) throw new ConfigError(problems)
  const issuer = e.OIDC_ISSUER?.replace(/\/+$/, '')

  const portOf: Record<ServiceName, number | undefined> = {
    catalogue: e.CATALOGUE_PORT,
    assessment: e.ASSESSMENT_PORT,
    reporting: e.REPORTING_PORT,
  }
  return {
    service,
    host: e.HOST,
    port: portOf[service] ?? defaultPorts[service],
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: e.DATA_DIR,
    embeddedPostgresPort: e.EMBEDDED_POSTGRES_PORT ?? 54329,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? null,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseConnectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    publicBaseUrl: e.PUBLIC_BASE_URL ?? null,
    cursorSecret: e.CURSOR_SECRET ?? null,
    metricsToken: e.METRICS_TOKEN ?? null,
    otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT ?? null,
    catalogueUrl: e.CATALOGUE_URL ?? `http://127.0.0.1:${e.CATALOGUE_PORT ?? defaultPorts.catalogue}`,
    assessmentUrl: e.ASSESSMENT_URL ?? `http://127.0.0.1:${e.ASSESSMENT_PORT ?? defaultPorts.assessment}`,
    reportingUrl: e.REPORTING_URL ?? `http://127.0.0.1:${e.REPORTING_PORT ?? defaultPorts.reporting}`,
    seedOnStart: e.SEED_ON_START,
    feedPollIntervalMs: e.FEED_POLL_INTERVAL_MS,
    ocds: { ocidPrefix: e.OCDS_OCID_PREFIX, publisherName: e.OCDS_PUBLISHER_NAME },
    webhookAllowedHosts: allowedHostEntries ? allowedHostEntries.map((entry) => parseAllowedHost(entry)!) : null,
    edge: {
      rateLimitMax: e.RATE_LIMIT_MAX,
      rateLimitWindowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000,
      authFailuresMax: e.RATE_LIMIT_AUTH_FAILURES_MAX,
      corsOrigins: listOf(e.CORS_ORIGINS),
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
      trustedProxies: listOf(e.TRUSTED_PROXY_ADDRESSES),
    },
    trustedMediator: {
      addresses: listOf(e.TRUSTED_MEDIATOR_ADDRESSES),
      certificateHeader: e.TRUSTED_MEDIATOR_CERT_HEADER?.toLowerCase() ?? null,
    },
    serviceCredentials: {
      clientId: e.OIDC_CLIENT_ID ?? null,
      clientSecret: e.OIDC_CLIENT_SECRET ?? null,
      tokenUrl: e.OIDC_TOKEN_URL ?? (issuer ? `${issuer}/protocol/openid-connect/token` : null),
    },
    auth: {
      mode: issuer ? 'oidc' : 'local',
      issuer: issuer ?? LOCAL_ISSUER,
      jwksUrl: e.OIDC_JWKS_URL ?? null,
      audience: issuer ? (e.OIDC_AUDIENCE ?? null) : LOCAL_AUDIENCE,
      ...(issuer ? { rolesClaim: e.OIDC_ROLES_CLAIM, organisationClaim: e.OIDC_ORGANISATION_CLAIM, supplierClaim: e.OIDC_SUPPLIER_CLAIM } : localClaims),
      maxLifetimeSeconds: e.TOKEN_MAX_LIFETIME_SECONDS,
      clockSkewSeconds: e.TOKEN_CLOCK_SKEW_SECONDS,
      requireAccessTokenType: issuer ? e.OIDC_REQUIRE_TOKEN_TYPE : true,
      jwksCacheMaxAgeSeconds: e.OIDC_JWKS_CACHE_MAX_AGE_SECONDS,
      jwksCooldownSeconds: e.OIDC_JWKS_COOLDOWN_SECONDS,
    },
  }
}
