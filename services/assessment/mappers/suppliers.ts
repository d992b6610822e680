import { entityTag } from '../../kernel/preconditions.ts'
import { checkExclusions } from '../domain/exclusion.ts'
import type { ExclusionRow, IdentifierKey, SupplierRow } from '../repositories/suppliers.ts'
import { identifierSchemes, type IdentifierScheme, type Supplier, type SupplierContact, type SupplierExclusion, type SupplierIdentifier } from '../schemas/supplier.ts'

export const supplierEtag = (row: SupplierRow) => entityTag(row.id, row.revision)

const schemeRank = (scheme: string) => identifierSchemes.indexOf(scheme as IdentifierScheme)

/** The table keeps no order, so the wire gets one that does not depend on the database's collation. */
function inSchemeOrder(identifiers: IdentifierKey[]): SupplierIdentifier[] {
  return identifiers
    .map(({ scheme, value }) => ({ scheme: scheme as IdentifierScheme, value }))
    .sort((a, b) => schemeRank(a.scheme) - schemeRank(b.scheme) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
}

function toContact(stored: SupplierContact): SupplierContact {
  return {
    name: stored.name,
    email: stored.email,
    ...(stored.phone === undefined ? {} : { phone: stored.phone }),
    ...(stored.role === undefined ? {} : { role: stored.role }),
  }
}

export function toSupplier(row: SupplierRow, identifiers: IdentifierKey[]): Supplier {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    identifiers: inSchemeOrder(identifiers),
    contacts: row.contacts.map(toContact),
    registeredByOrganisationId: row.registered_by_organisation_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

/** `active` follows the evaluation's own rule (domain/exclusion.ts, ended ones left out), so the two never disagree. */
export function toExclusion(row: ExclusionRow, today: string): SupplierExclusion {
  const exclusion = { reason: row.reason, endsOn: row.ends_on }
  return {
    id: row.id,
    supplierId: row.supplier_id,
    ...exclusion,
    scope: row.scope,
    organisationId: row.organisation_id,
    active: row.ended_at === null && checkExclusions([exclusion], today).excluded,
    endedAt: row.ended_at?.toISOString() ?? null,
    endReason: row.end_reason,
    createdAt: row.created_at.toISOString(),
  }
}
