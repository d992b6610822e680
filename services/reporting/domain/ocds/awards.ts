import { dateTime } from './dates.ts'
import type { OcdsAward, OcdsUnit } from './input.ts'
import { optionalField } from './optional-field.ts'
import type { Award, Item, OrganizationReference, Value } from './release-types.ts'

export function awardOf(award: OcdsAward): Award {
  return {
    id: award.id,
    status: 'active',
    date: dateTime(award.awardedAt),
    value: valueOf(award.value),
    suppliers: [supplierOf(award)],
    ...optionalField('items', award.units.map(itemOf)),
    relatedLots: [award.lotId],
    relatedBids: [award.bidId],
  }
}

export function supplierOf(award: OcdsAward): OrganizationReference {
  return { id: award.supplierId, ...optionalField('name', award.supplierName) }
}

// OCDS amounts are JSON numbers; the read model keeps decimal strings.
export function valueOf(money: { amount: string; currency: string }): Value {
  return { amount: Number(money.amount), currency: money.currency }
}

// The condition belongs in the description: whether the devices are refurbished is what circular
// procurement reporting asks first.
function itemOf(unit: OcdsUnit, index: number): Item {
  return {
    id: String(index + 1),
    description: `${unit.model} (${unit.condition} ${unit.deviceType})`,
    quantity: unit.quantity,
    unit: { name: 'unit', value: valueOf(unit.unitPrice) },
  }
}
