import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { World, type IWorldOptions } from '@cucumber/cucumber'
import type { ServiceName } from './contract.ts'

// Where the services under test answer. test_entrypoint.sh sets these; the defaults are the
// GovStack harness convention (the building block's public API, the catalogue, on :3333).
const baseUrls: Record<ServiceName, string> = {
  catalogue: process.env.CATALOGUE_API_URL ?? 'http://localhost:3333',
  assessment: process.env.ASSESSMENT_API_URL ?? 'http://localhost:3002',
  reporting: process.env.REPORTING_API_URL ?? 'http://localhost:3003',
}

// Like every GovStack suite, each request names its caller as the Information Mediator would.
const mediatorClient = process.env.INFORMATION_MEDIATOR_CLIENT ?? 'SANDBOX/GOV/API-TEST/HARNESS'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const tokens = new Map<string, string>()

/**
 * A bearer token for a role: API_TOKEN_<ROLE> when the deployment under test uses an identity
 * provider, else one minted the documented way (npm run -s token), which shares the services'
 * local signing key through DATA_DIR.
 */
function tokenFor(role: string, organisation: string | null): string {
  const key = `${role} ${organisation ?? ''}`
  const given = process.env[`API_TOKEN_${role.toUpperCase().replaceAll('-', '_')}`]
  if (given) return given
  let token = tokens.get(key)
  if (!token) {
    const args = [path.join(repoRoot, 'scripts', 'mint-token.ts'), '--role', role, ...(organisation ? ['--organisation', organisation] : [])]
    token = execFileSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' }).trim()
    tokens.set(key, token)
  }
  return token
}

export interface ApiResponse {
  status: number
  headers: Headers
  contentType: string
  body: unknown
  text: string
  elapsedMs: number
}

export class ApiWorld extends World {
  /** From the feature's folder: features/<service>/*.feature. */
  service: ServiceName = 'catalogue'
  method = 'GET'
  /** The scenario's @endpoint tag: the contract path its responses are checked against. */
  endpoint: string | null = null
  authorization: string | null = null
  lastPath = ''
  private current: ApiResponse | null = null

  constructor(options: IWorldOptions) {
    super(options)
  }

  get response(): ApiResponse {
    if (!this.current) throw new Error('no request has been sent yet')
    return this.current
  }

  useToken(role: string, organisation: string | null = null) {
    this.authorization = `Bearer ${tokenFor(role, organisation)}`
  }

  async send(method: string, pathAndQuery: string, options: { headers?: Record<string, string>; body?: string } = {}) {
    this.method = method
    this.lastPath = pathAndQuery
    const headers: Record<string, string> = { 'information-mediator-client': mediatorClient }
    // Lower-cased, so a scenario's header replaces the default instead of joining it.
    for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value
    if (this.authorization) headers.authorization = this.authorization
    if (options.body !== undefined) headers['content-type'] = 'application/json'
    const started = performance.now()
    const res = await fetch(`${baseUrls[this.service]}${pathAndQuery}`, { method, headers, body: options.body, signal: AbortSignal.timeout(15_000) })
    const text = await res.text()
    const contentType = res.headers.get('content-type') ?? ''
    this.current = {
      status: res.status,
      headers: res.headers,
      contentType,
      text,
      body: /json/.test(contentType) && text ? JSON.parse(text) : text,
      elapsedMs: performance.now() - started,
    }
  }
}
