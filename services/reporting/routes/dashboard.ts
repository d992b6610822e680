import { ProblemError } from '../../kernel/problem.ts'
import { problemResponses } from '../../kernel/responses.ts'
import { isSecurityRefusal, logSecurityRefusal } from '../../kernel/security-log.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { html, SafeHtml } from '../dashboard/html.ts'
import { renderDashboard } from '../dashboard/page.ts'
import { CONTENT_SECURITY_POLICY, STYLES } from '../dashboard/styles.ts'
import { assertMayReadBuyer } from '../operations/buyer-access.ts'
import { dashboardData } from '../operations/dashboard.ts'
import { reportingProblems } from '../problems.ts'
import { BuyerParams } from '../schemas/common.ts'
import { optionalBearer, type ReportingRouteContext } from './context.ts'

const HTML_TYPE = 'text/html; charset=utf-8'

/** People get a page, not problem JSON, when the dashboard cannot be shown. */
function errorPage(problem: ProblemError): string {
  return `<!doctype html>\n${html`<html lang="en"><head><meta charset="utf-8"><title>${problem.title}</title><style>${new SafeHtml(STYLES)}</style></head>
<body><main><h1>${problem.title}</h1><p>${problem.message}</p></main></body></html>`}\n`
}

// Abridged: the real page carries its styles, SVG charts and tables in full.
const examplePage =
  '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Circular ICT procurement: MINFIN</title>\n</head>\n<body>\n<header>\n<h1>Circular ICT procurement: MINFIN</h1>\n</header>\n<main>\n<section aria-labelledby="charts-heading"><h2 id="charts-heading">KPIs over time</h2>…</section>\n<section aria-labelledby="targets-heading"><h2 id="targets-heading">Targets</h2>…</section>\n<section aria-labelledby="kpis-heading"><h2 id="kpis-heading">All KPIs</h2>…</section>\n<section aria-labelledby="maturity-heading"><h2 id="maturity-heading">Maturity self-assessment</h2>…</section>\n</main>\n</body>\n</html>\n'

export function dashboardRoutes({ db, now }: ReportingRouteContext) {
  return async function (app: ServiceApp) {
    app.get(
      '/dashboard/:buyerId',
      {
        schema: {
          operationId: 'getDashboard',
          summary: 'A buyer’s KPI dashboard, as an HTML page for people',
          description:
            'Server-rendered and self-contained (no scripts, nothing loaded from elsewhere): the headline KPIs per quarter as charts against the buyer’s targets, each chart with a table of the same figures, the targets’ progress, all KPIs of the period and the latest self-assessment. Without a token it shows only a buyer that made its figures public (others are 404); the buyer organisation and auditors may send their bearer token.',
          tags: ['dashboard'],
          security: optionalBearer,
          params: BuyerParams,
          response: {
            200: { description: 'The dashboard page.', content: { 'text/html': { schema: { type: 'string' }, example: examplePage } } },
            400: { description: 'The buyer id is malformed.', content: { 'application/problem+json': { schema: { $ref: 'Problem' } } } },
            401: { description: 'The bearer token is invalid.', content: { 'application/problem+json': { schema: { $ref: 'Problem' } } } },
            403: { description: 'The page of a private buyer, asked by another organisation.', content: { 'text/html': { schema: { type: 'string' } } } },
            404: { description: 'No such buyer, or one whose figures are private.', content: { 'text/html': { schema: { type: 'string' } } } },
            ...problemResponses(reportingProblems.TOO_MANY_PERIODS),
          },
        },
      },
      async (request, reply) => {
        const { buyerId } = request.params
        // The kernel's policy allows nothing; this page needs its inline stylesheet.
        reply.header('content-security-policy', CONTENT_SECURITY_POLICY)
        try {
          await assertMayReadBuyer(db, request.actor, buyerId)
        } catch (error) {
          if (!(error instanceof ProblemError)) throw error
          if (isSecurityRefusal(error)) logSecurityRefusal(request, error)
          return reply.code(error.status as 400 | 401 | 403 | 404).type(HTML_TYPE).send(errorPage(error))
        }
        const data = await dashboardData(db, buyerId, now())
        // Private figures must not linger in shared caches.
        reply.header('cache-control', data.isPublic ? 'public, max-age=60' : 'private, no-store')
        return reply.type(HTML_TYPE).send(renderDashboard(data))
      },
    )
  }
}
