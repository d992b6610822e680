import { IfMatchHeaders } from '../../kernel/preconditions.ts'
import { problemResponses, setEntityTag, WithEntityTag } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { toBuyerSettings } from '../mappers/buyer-settings.ts'
import { readBuyerSettings, replaceBuyerSettings, settingsEtag } from '../operations/buyer-settings.ts'
import { BuyerSettings, BuyerSettingsInput } from '../schemas/buyer-settings.ts'
import { BuyerParams } from '../schemas/common.ts'
import { bearerOnly, type ReportingRouteContext } from './context.ts'
import { kernelProblems } from '../../kernel/problems.ts'

export function buyerSettingsRoutes({ db }: ReportingRouteContext) {
  return async function (app: ServiceApp) {
    app.get(
      '/buyers/:buyerId/settings',
      {
        schema: {
          operationId: 'getBuyerSettings',
          summary: 'Read a buyer’s reporting settings',
          description: 'Whether its figures are public and the name shown for it. A buyer that never saved settings reads the defaults (private) with ETag revision 0. Roles: the buyer organisation itself, auditor.',
          tags: ['buyers'],
          security: bearerOnly,
          params: BuyerParams,
          response: { 200: WithEntityTag(Ref(BuyerSettings)), ...problemResponses(kernelProblems.FORBIDDEN, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { buyerId } = request.params
        const settings = await readBuyerSettings(db, request.actor, buyerId)
        setEntityTag(reply, settingsEtag(buyerId, settings))
        return toBuyerSettings(buyerId, settings)
      },
    )

    app.put(
      '/buyers/:buyerId/settings',
      {
        schema: {
          operationId: 'replaceBuyerSettings',
          summary: 'Make a buyer’s figures public or private, and name it',
          description: 'Needs If-Match with the ETag last read (the defaults have one too). With `publicDashboard` true the KPIs, series, targets’ progress and the dashboard page of this buyer are readable without a token. Role: buyer, of this organisation only.',
          tags: ['buyers'],
          security: bearerOnly,
          params: BuyerParams,
          headers: IfMatchHeaders,
          body: withExamples(BuyerSettingsInput, [{ publicDashboard: true, displayName: 'Ministry of Finance' }]),
          response: { 200: WithEntityTag(Ref(BuyerSettings)), ...problemResponses(kernelProblems.FORBIDDEN, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { buyerId } = request.params
        const settings = await replaceBuyerSettings(db, request.actor, buyerId, request.body, request.headers['if-match'])
        setEntityTag(reply, settingsEtag(buyerId, settings))
        return toBuyerSettings(buyerId, settings)
      },
    )
  }
}
