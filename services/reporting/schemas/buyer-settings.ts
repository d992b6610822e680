import { Type, type Static } from 'typebox'
import { Nullable, Timestamp } from '../../kernel/schemas.ts'

export const BuyerSettingsInput = Type.Object(
  {
    publicDashboard: Type.Boolean({ description: 'When true anyone, without signing in, reads this buyer’s KPIs, series and dashboard.' }),
    displayName: Nullable(Type.String({ minLength: 1, maxLength: 200, description: 'Name shown on the dashboard and in OCDS exports.' })),
  },
  { $id: 'BuyerSettingsInput', additionalProperties: false },
)
export type BuyerSettingsInput = Static<typeof BuyerSettingsInput>

export const BuyerSettings = Type.Object(
  {
    buyerId: Type.String(),
    ...BuyerSettingsInput.properties,
    updatedAt: Nullable(Timestamp),
  },
  {
    $id: 'BuyerSettings',
    additionalProperties: false,
    examples: [{ buyerId: 'MINFIN', publicDashboard: true, displayName: 'Ministry of Finance', updatedAt: '2026-11-26T10:00:00.000Z' }],
  },
)
export type BuyerSettings = Static<typeof BuyerSettings>

export const buyerSettingsSchemas = [BuyerSettings]
