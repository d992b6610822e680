import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { ServiceName } from './config.ts'

export const PROJECT_NAME = 'Circular ICT procurement building block'

export interface LandingOptions {
  service: ServiceName
  title: string
  description: string
  version: string
  /** Base URL of each of the three services, as configured (CATALOGUE_URL, ASSESSMENT_URL, REPORTING_URL). */
  serviceUrls: Record<ServiceName, string>
}

const serviceSummaries: Record<ServiceName, string> = {
  catalogue: 'criteria catalogue: the versioned library of circularity criteria and criteria sets',
  assessment: 'supplier assessment: tenders, bids, evaluation, award and contract performance',
  reporting: 'reporting: KPIs, targets, maturity self-assessment, OCDS exports and the dashboard',
}

/** A browser asks for HTML before JSON; a client that names neither, or JSON first, gets JSON. */
export function prefersHtml(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase())
  const html = types.indexOf('text/html')
  const json = types.findIndex((type) => type === 'application/json' || type === 'application/*')
  return html !== -1 && (json === -1 || html < json)
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function landingOf(options: LandingOptions) {
  return {
    name: PROJECT_NAME,
    service: options.service,
    title: options.title,
    description: options.description,
    version: options.version,
    links: { docs: '/docs', contract: '/api/v1/openapi.json', health: '/health/ready', metrics: '/metrics' },
    services: (Object.keys(options.serviceUrls) as ServiceName[]).map((name) => ({
      name,
      summary: serviceSummaries[name],
      url: options.serviceUrls[name],
      self: name === options.service,
    })),
  }
}

function html(landing: ReturnType<typeof landingOf>): string {
  const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`
  const others = landing.services
    .map((s) => `<li>${s.self ? `<strong>${escapeHtml(s.summary)}</strong> (this service)` : `${link(s.url, s.name)}: ${escapeHtml(s.summary)}`}</li>`)
    .join('\n')
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(landing.title)}</title></head>
<body>
<header><p>${escapeHtml(landing.name)} · version ${escapeHtml(landing.version)}</p><h1>${escapeHtml(landing.title)}</h1></header>
<main>
<p>${escapeHtml(landing.description)}</p>
<ul>
<li>${link(landing.links.docs, 'Interactive API documentation')}</li>
<li>${link(landing.links.contract, 'OpenAPI 3.0.3 contract')} (what X-Road imports)</li>
<li>${link(landing.links.health, 'Readiness')} and ${link(landing.links.metrics, 'metrics')}</li>
</ul>
<h2>The three services</h2>
<ul>
${others}
</ul>
</main>
</body>
</html>
`
}

/**
 * `GET /`: what the service is and where to go next, as HTML for a browser and JSON for a client
 * (by the Accept header). Not an API operation, so not in the contract.
 */
export const landingPage = fp<LandingOptions>(
  async (app: FastifyInstance, options) => {
    const landing = landingOf(options)
    const page = html(landing)
    app.get('/', { schema: { hide: true } }, async (request: FastifyRequest, reply) => {
      reply.header('vary', 'Accept')
      if (prefersHtml(request.headers.accept)) return reply.type('text/html; charset=utf-8').send(page)
      return reply.type('application/json; charset=utf-8').send(landing)
    })
  },
  { name: 'landing-page' },
)
