import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { World, type IWorldOptions } from '@cucumber/cucumber'
import { mintLocalToken } from '../../../services/kernel/auth/local-keys.ts'
import type { Role } from '../../../services/kernel/auth/roles.ts'
import type { ServiceName } from './contract.ts'
import { parameters, repoRoot } from './parameters.ts'

const baseUrls: Record<ServiceName, string> = {
  catalogue: parameters.catalogueApiUrl,
  assessment: parameters.assessmentApiUrl,
  reporting: parameters.reportingApiUrl,
}

/**
 * A bearer token: API_TOKEN_<ROLE> when the deployment under test uses an identity provider
 * (only role-wide tokens can be given that way), else one signed with the deployment's local key
 * in DATA_DIR, as `npm run token` does.
 */
async function tokenFor(role: Role, claims: { organisation?: string | null; supplier?: string | null; subject?: string }): Promise<string> {
  const given = process.env[`API_TOKEN_${role.toUpperCase().replaceAll('-', '_')}`]
  if (given && !claims.supplier) return given
  return mintLocalToken(path.resolve(repoRoot, process.env.DATA_DIR ?? '.data'), {
    subject: claims.subject ?? `api-test-${role}`,
    roles: [role],
    organisationId: claims.organisation ?? null,
    supplierId: claims.supplier ?? null,
    ttlSeconds: 3600,
  })
}

export interface ApiResponse {
  status: number
  headers: Headers
  contentType: string
  body: any
  text: string
  elapsedMs: number
}

/** A request the scenario itself made (not its set-up), for the operation coverage check. */
export interface Exercised {
  service: ServiceName
  method: string
  path: string
  status: number
}

export class ApiWorld extends World {
  /** From the feature's folder: features/<service>/*.feature. */
  service: ServiceName = 'catalogue'
  method = 'GET'
  /** The scenario's @endpoint tag: the contract path its responses are checked against. */
  endpoint: string | null = null
  authorization: string | null = null
  lastPath = ''
  /** Values remembered by set-up steps and earlier requests, used as {name} in paths, headers and bodies. */
  readonly vars = new Map<string, string>()
  readonly exercised: Exercised[] = []
  /** Short and unique per scenario, so scenarios never share what they create. */
  readonly unique = randomBytes(4).toString('hex').toUpperCase()
  readonly settings = parameters
  /** Whole resources set-up steps keep for later set-up steps (a tender's criteria, a supplier's token). */
  readonly stash: Record<string, any> = {}
  private current: ApiResponse | null = null

  constructor(options: IWorldOptions) {
    super(options)
    this.vars.set('unique', this.unique)
    this.vars.set('uniqueLower', this.unique.toLowerCase())
    this.vars.set('buyer', parameters.buyerOrganisation)
  }

  get response(): ApiResponse {
    if (!this.current) throw new Error('no request has been sent yet')
    return this.current
  }

  async useToken(role: Role, claims: { organisation?: string | null; supplier?: string | null } = {}) {
    this.authorization = `Bearer ${await this.token(role, claims)}`
  }

  token(role: Role, claims: { organisation?: string | null; supplier?: string | null } = {}) {
    return tokenFor(role, { ...claims, subject: `api-test-${role}-${this.unique.toLowerCase()}` })
  }

  /** Replaces each {name} with a remembered value; an unknown name is a mistake in the feature. */
  interpolate(text: string): string {
    return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, name: string) => {
      const value = this.vars.get(name)
      if (value === undefined) throw new Error(`{${name}} was never remembered in this scenario`)
      return value
    })
  }

  /** A request of the scenario under test, recorded for the coverage check. */
  async send(method: string, pathAndQuery: string, options: { headers?: Record<string, string>; body?: string } = {}) {
    this.method = method
    this.lastPath = this.interpolate(pathAndQuery)
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(options.headers ?? {})) headers[name] = this.interpolate(value)
    this.current = await this.call(this.service, method, this.lastPath, this.authorization, options.body === undefined ? undefined : this.interpolate(options.body), headers)
    this.exercised.push({ service: this.service, method, path: this.lastPath.split('?')[0]!, status: this.current.status })
  }

  /** A request to any of the three services; set-up steps use it directly, unrecorded. */
  async call(service: ServiceName, method: string, pathAndQuery: string, authorization: string | null, body?: string, extraHeaders: Record<string, string> = {}): Promise<ApiResponse> {
    // Like every GovStack suite, each request names its caller as the Information Mediator would.
    const headers: Record<string, string> = { 'information-mediator-client': parameters.informationMediatorClient }
    // Lower-cased, so a scenario's header replaces the default instead of joining it.
    for (const [name, value] of Object.entries(extraHeaders)) headers[name.toLowerCase()] = value
    if (authorization) headers.authorization = authorization
    if (body !== undefined) headers['content-type'] ??= 'application/json'
    const started = performance.now()
    const res = await fetch(`${baseUrls[service]}${pathAndQuery}`, { method, headers, body, signal: AbortSignal.timeout(15_000) })
    const text = await res.text()
    const contentType = res.headers.get('content-type') ?? ''
    return {
      status: res.status,
      headers: res.headers,
      contentType,
      text,
      body: /json/.test(contentType) && text ? JSON.parse(text) : text,
      elapsedMs: performance.now() - started,
    }
  }
}
