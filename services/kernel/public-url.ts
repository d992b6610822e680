import type { ServiceConfig } from './config.ts'

/**
 * The absolute base URL written into documents that leave the service (OCDS `uri`s). Only ever
 * from configuration: a request's Host or X-Forwarded-* headers are the caller's to choose, and
 * must never end up in a published document. Without PUBLIC_BASE_URL, the service's own port on
 * localhost: obviously a placeholder, never an attacker's host.
 */
export function publicBaseUrl(config: Pick<ServiceConfig, 'publicBaseUrl' | 'port'>): string {
  return (config.publicBaseUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '')
}
