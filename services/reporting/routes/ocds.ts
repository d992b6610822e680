import { API_PREFIX } from '../../kernel/app.ts'
import { problemResponses } from '../../kernel/responses.ts'
import { Ref } from '../../kernel/schemas.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { MAX_PROCUREMENTS_PER_PACKAGE, ocdsReleasePackage } from '../operations/ocds-export.ts'
import { OcdsQuery, OcdsReleasePackage } from '../schemas/ocds.ts'
import { optionalBearer, type ReportingRouteContext } from './context.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { reportingProblems } from '../problems.ts'

export function ocdsRoutes({ db, now, publicBaseUrl, ocds }: ReportingRouteContext) {
  return async function (app: ServiceApp) {
    app.get(
      '/ocds/release-packages',
      {
        schema: {
          operationId: 'getOcdsReleasePackage',
          summary: 'OCDS 1.1 release package for a procurement or a period',
          description: `Either \`procurementId\`, or a period (\`from\`, \`to\`, optionally \`buyer\`) of procurements by publication date, at most ${MAX_PROCUREMENTS_PER_PACKAGE}. One release per procurement with the lots, sustainability, award criteria, selection criteria, requirements and bid extensions. Who may read follows the KPIs: the buyer organisation, auditors, and anyone for a buyer whose figures are public.`,
          tags: ['exports'],
          security: optionalBearer,
          querystring: OcdsQuery,
          response: { 200: Ref(OcdsReleasePackage), ...problemResponses(reportingProblems.BUYER_NOT_FOUND, reportingProblems.CONFLICTING_SELECTION, reportingProblems.EXPORT_TOO_LARGE, kernelProblems.FORBIDDEN, reportingProblems.INVALID_DATE, reportingProblems.INVALID_PERIOD, reportingProblems.NO_PROCUREMENTS_IN_PERIOD, reportingProblems.PROCUREMENT_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => {
        return ocdsReleasePackage(db, request.actor, request.query, now(), `${publicBaseUrl}${API_PREFIX}`, ocds)
      },
    )
  }
}
