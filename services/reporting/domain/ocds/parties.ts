import type { OcdsProcurement } from './input.ts'
import { optionalField } from './optional-field.ts'
import type { Organization, PartyRole } from './release-types.ts'

// Every organisation the release refers to, once, with all its roles: the buyer, every tenderer
// of a submitted bid, and the suppliers awarded (tenderers too, as their bids are published).
export function partiesOf(procurement: OcdsProcurement): Organization[] {
  const parties = new Map<string, { name: string | null; roles: Set<PartyRole> }>()
  const add = (id: string, name: string | null, roles: PartyRole[]) => {
    const party = parties.get(id) ?? { name: null, roles: new Set() }
    party.name ??= name
    for (const role of roles) party.roles.add(role)
    parties.set(id, party)
  }
  add(procurement.buyerId, procurement.buyerName, ['buyer'])
  for (const bid of procurement.bids) add(bid.supplierId, bid.supplierName, ['tenderer'])
  for (const award of procurement.awards) add(award.supplierId, award.supplierName, ['supplier', 'tenderer'])
  return [...parties].map(([id, party]) => ({ id, ...optionalField('name', party.name), roles: [...party.roles] }))
}
