import type { BuyerSettingsRecord } from '../repositories/buyers.ts'
import type { BuyerSettings } from '../schemas/buyer-settings.ts'

/** Settings never saved read as the defaults: private, no display name. */
export function toBuyerSettings(buyerId: string, record: BuyerSettingsRecord | undefined): BuyerSettings {
  return { buyerId, publicDashboard: record?.publicDashboard ?? false, displayName: record?.displayName ?? null, updatedAt: record?.updatedAt.toISOString() ?? null }
}
