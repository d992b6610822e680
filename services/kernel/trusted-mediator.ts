import type { FastifyRequest } from 'fastify'
import { addressMatcher } from './address-list.ts'
import type { TrustedMediatorConfig } from './config.ts'

/** What nginx (and ingress-nginx) put in the client-verification header for a verified certificate. */
const CERTIFICATE_VERIFIED = 'SUCCESS'

/**
 * Whether a request comes from the information mediator, so that the caller it names can be
 * believed: its address (after trusted proxies) is one of the mediator's, or a trusted proxy
 * verified the mediator's client certificate and says so in the configured header. A proxy must
 * overwrite that header on every request, so a client cannot send it itself.
 */
export function trustedMediatorCheck(mediator: TrustedMediatorConfig, trustedProxies: readonly string[]): (request: FastifyRequest) => boolean {
  const fromMediator = addressMatcher(mediator.addresses)
  const fromProxy = addressMatcher(trustedProxies)
  const header = mediator.certificateHeader
  return (request) =>
    fromMediator(request.ip) || (header !== null && fromProxy(request.socket.remoteAddress) && request.headers[header] === CERTIFICATE_VERIFIED)
}
