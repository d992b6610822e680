import { Type } from 'typebox'
import { problemResponses } from '../../kernel/responses.ts'
import { Ref, StringEnum } from '../../kernel/schemas.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { KPI_CATALOGUE } from '../domain/kpi-catalogue.ts'
import { kpiValuesCsv } from '../mappers/kpi-csv.ts'
import { toKpiDefinition } from '../mappers/kpi.ts'
import { DEFAULT_POINTS, findKpi, kpiSeriesReport, kpiValuesReport } from '../operations/kpis.ts'
import { KpiFilterQuery } from '../schemas/common.ts'
import { KpiCatalogue, KpiDefinition, KpiSeries, KpiValues } from '../schemas/kpi.ts'
import { optionalBearer, type ReportingRouteContext } from './context.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { reportingProblems } from '../problems.ts'

const ValuesQuery = Type.Object(KpiFilterQuery, { additionalProperties: false })
const SeriesQuery = Type.Object(
  { ...KpiFilterQuery, interval: Type.Optional(StringEnum(['quarter', 'year'] as const, { description: 'Length of each point (calendar, UTC); default quarter.' })) },
  { additionalProperties: false },
)
// No pattern: any unknown id, well-formed or not, is the same KPI_NOT_FOUND.
const KpiParams = Type.Object({ kpiId: Type.String({ minLength: 1, maxLength: 20, examples: ['K05'] }) }, { additionalProperties: false })

const access =
  'A buyer organisation reads its own figures (the default `buyer` for a buyer token), auditors any buyer’s or, without `buyer`, all buyers’ together; anyone, without a token, reads the figures of a buyer that made them public. 404 BUYER_NOT_FOUND for an unknown buyer, and for an anonymous caller asking about a buyer whose figures are not public.'
const filters =
  'Filters: `buyer`, the period `from` (inclusive) and `to` (exclusive), `productCategory`, `lotId`; `factorSet` and `grid` choose the factors of the footprint KPIs. Procedures count by publication date, spend by award date, performance reports by the end of their period. An empty period is not an error: every value is null with the note "no data".'

const exampleCsv =
  'kpiId,dimension,name,value,unit,numerator,denominator,recordCount,factorSet,formula,note\r\nK05,,Share of refurbished/remanufactured units,37.5,%,300,800,4,,refurbished units / all units delivered,\r\n'

export function kpiRoutes({ db, now }: ReportingRouteContext) {
  return async function (app: ServiceApp) {
    app.get(
      '/kpis',
      {
        schema: {
          operationId: 'listKpis',
          summary: 'The KPI catalogue K01–K21',
          description: 'Each KPI with its formula, unit, data source and basis, and whether this deployment computes it from its feeds or why not. Public.',
          tags: ['kpis'],
          response: { 200: Ref(KpiCatalogue) },
        },
      },
      async () => ({ items: KPI_CATALOGUE.map(toKpiDefinition) }),
    )

    app.get(
      '/kpis/values',
      {
        schema: {
          operationId: 'getKpiValues',
          summary: 'KPI values for a buyer, period, product category or lot',
          description: `Every KPI of the catalogue with its value, numerator, denominator, unit, the number of records it rests on, the factor set it used and a note on anything left out. \`freshness\` says when each feed was last read successfully. ${filters} ${access}`,
          tags: ['kpis'],
          security: optionalBearer,
          querystring: ValuesQuery,
          response: { 200: Ref(KpiValues), ...problemResponses(reportingProblems.BUYER_NOT_FOUND, kernelProblems.FORBIDDEN, reportingProblems.INVALID_DATE, reportingProblems.INVALID_PERIOD, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => kpiValuesReport(db, request.actor, request.query, now()),
    )

    app.get(
      '/kpis/values.csv',
      {
        schema: {
          operationId: 'getKpiValuesCsv',
          summary: 'KPI values as CSV',
          description: `The same figures as \`GET /kpis/values\`, one row per KPI figure, RFC 4180 (comma-separated, CRLF, UTF-8, header row). ${access}`,
          tags: ['kpis'],
          security: optionalBearer,
          querystring: ValuesQuery,
          response: {
            200: { description: 'One row per KPI figure.', content: { 'text/csv': { schema: { type: 'string' }, example: exampleCsv } } },
            ...problemResponses(reportingProblems.BUYER_NOT_FOUND, kernelProblems.FORBIDDEN, reportingProblems.INVALID_DATE, reportingProblems.INVALID_PERIOD, kernelProblems.UNAUTHENTICATED),
          },
        },
      },
      async (request, reply) => {
        const { values } = await kpiValuesReport(db, request.actor, request.query, now())
        reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="kpi-values.csv"')
        return kpiValuesCsv(values)
      },
    )

    app.get(
      '/kpis/:kpiId',
      {
        schema: {
          operationId: 'getKpi',
          summary: 'One KPI of the catalogue',
          description: 'One entry of `GET /kpis`: formula, unit, data source, basis, and whether this deployment computes it (and why not). Public; 404 KPI_NOT_FOUND for an id outside K01–K21.',
          tags: ['kpis'],
          params: KpiParams,
          response: { 200: Ref(KpiDefinition), ...problemResponses(reportingProblems.KPI_NOT_FOUND) },
        },
      },
      async (request) => toKpiDefinition(findKpi(request.params.kpiId)),
    )

    app.get(
      '/kpis/:kpiId/series',
      {
        schema: {
          operationId: 'getKpiSeries',
          summary: 'One KPI over time, per calendar quarter or year',
          description: `For charts and trends: one point per quarter or year between \`from\` and \`to\` (default: the last ${DEFAULT_POINTS.quarter} quarters or ${DEFAULT_POINTS.year} years up to now), each with the KPI’s figures for that period alone. At most 100 points. 404 KPI_NOT_FOUND for an id outside the catalogue. ${access}`,
          tags: ['kpis'],
          security: optionalBearer,
          params: KpiParams,
          querystring: SeriesQuery,
          response: { 200: Ref(KpiSeries), ...problemResponses(reportingProblems.BUYER_NOT_FOUND, kernelProblems.FORBIDDEN, reportingProblems.INVALID_DATE, reportingProblems.INVALID_PERIOD, reportingProblems.KPI_NOT_FOUND, reportingProblems.TOO_MANY_PERIODS, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => kpiSeriesReport(db, request.actor, request.params.kpiId, request.query, now()),
    )
  }
}
