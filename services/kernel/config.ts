import { Type, type Static } from 'typebox'
import { Value } from 'typebox/value'

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
  PUBLIC_BASE_URL: Type.Optional(Url),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, maximum: 50 * 1024 * 1024, default: 1024 * 1024 }),
  DATABASE_POOL_SIZE: Type.Integer({ minimum: 1, maximum: 200, default: 10 }),
  DATABASE_CONNECT_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 120_000, default: 5000 }),
  SHUTDOWN_GRACE_MS: Type.Integer({ minimum: 0, maximum: 600_000, default: 10_000 }),
  OIDC_ISSUER: Type.Optional(Url),
  OIDC_JWKS_URL: Type.Optional(Url),
  OIDC_AUDIENCE: Type.Optional(Type.String({ minLength: 1 })),
  OIDC_ROLES_CLAIM: Type.String({ minLength: 1, default: 'roles' }),
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
  issuer: string
  jwksUrl: string | null
  audience: string | null
  rolesClaim: string
  organisationClaim: string
  supplierClaim: string
}

export interface ServiceConfig {
  service: ServiceName
  host: string
  port: number
  databaseUrl: string | null
  dataDir: string
  embeddedPostgresPort: number
  logLevel: string
  bodyLimitBytes: number
  databasePoolSize: number
  /** How long a request waits for a database connection (new, or free in a busy pool) before it is answered 503. */
  databaseConnectTimeoutMs: number
  /** On SIGTERM/SIGINT, how long requests in flight may take to finish before the process gives up. */
  shutdownGraceMs: number
  publicBaseUrl: string | null
  catalogueUrl: string
  assessmentUrl: string
  seedOnStart: boolean
  feedPollIntervalMs: number
  /**
   * Hosts webhook subscriptions may target: exact names, `.suffix` for a domain, or `*`. Null:
   * https only, and never a loopback, private or link-local address.
   */
  webhookAllowedHosts: string[] | null
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
  const converted = Value.Convert(Environment, Value.Default(Environment, raw))
  const firstErrorPerVariable = new Map<string, string>()
  for (const error of Value.Errors(Environment, converted)) {
    const name = error.instancePath.replace(/^\//, '')
    if (!firstErrorPerVariable.has(name)) firstErrorPerVariable.set(name, `${name}=${JSON.stringify(raw[name])}: ${error.message}`)
  }
  if (firstErrorPerVariable.size > 0) throw new ConfigError([...firstErrorPerVariable.values()])
  const e = converted as Environment
  const problems: string[] = []
  if (e.OIDC_JWKS_URL && !e.OIDC_ISSUER) problems.push('OIDC_JWKS_URL is set but OIDC_ISSUER is not: tokens could not be checked for their issuer')
  if (Boolean(e.OIDC_CLIENT_ID) !== Boolean(e.OIDC_CLIENT_SECRET)) problems.push('OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together')
  if (problems.length > 0) throw new ConfigError(problems)

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
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseConnectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    publicBaseUrl: e.PUBLIC_BASE_URL ?? null,
    catalogueUrl: e.CATALOGUE_URL ?? `http://127.0.0.1:${e.CATALOGUE_PORT ?? defaultPorts.catalogue}`,
    assessmentUrl: e.ASSESSMENT_URL ?? `http://127.0.0.1:${e.ASSESSMENT_PORT ?? defaultPorts.assessment}`,
    seedOnStart: e.SEED_ON_START,
    feedPollIntervalMs: e.FEED_POLL_INTERVAL_MS,
    ocds: { ocidPrefix: e.OCDS_OCID_PREFIX, publisherName: e.OCDS_PUBLISHER_NAME },
    webhookAllowedHosts: e.WEBHOOK_ALLOWED_HOSTS
      ? e.WEBHOOK_ALLOWED_HOSTS.split(',').map((host) => host.trim().toLowerCase()).filter((host) => host.length > 0)
      : null,
    serviceCredentials: {
      clientId: e.OIDC_CLIENT_ID ?? null,
      clientSecret: e.OIDC_CLIENT_SECRET ?? null,
      tokenUrl: e.OIDC_TOKEN_URL ?? (e.OIDC_ISSUER ? `${e.OIDC_ISSUER.replace(/\/$/, '')}/protocol/openid-connect/token` : null),
    },
    auth: {
      mode: e.OIDC_ISSUER ? 'oidc' : 'local',
      issuer: e.OIDC_ISSUER ?? LOCAL_ISSUER,
      jwksUrl: e.OIDC_JWKS_URL ?? null,
      audience: e.OIDC_AUDIENCE ?? null,
      rolesClaim: e.OIDC_ROLES_CLAIM,
      organisationClaim: e.OIDC_ORGANISATION_CLAIM,
      supplierClaim: e.OIDC_SUPPLIER_CLAIM,
    },
  }
}
