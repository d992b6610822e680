import { Type, type Static, type TSchema } from 'typebox'

export const canonicalUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Ids as this service issues them (lower case, no urn: prefix), so one resource never has two URLs. */
export const Uuid = Type.String({ pattern: canonicalUuid.source, description: 'Lower-case UUID.', examples: ['3f2b8c1e-6a5d-4e1f-9b7a-2c4d6e8f0a1b'] })
export const CurrencyCode = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code.', examples: ['EUR'] })
export const LotId = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$', examples: ['LOT-1'] })
export const CriterionKey = Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{1,40}\\.[A-Z0-9][A-Z0-9-]{0,20}$', examples: ['EU-GPP-2021-CMTS.TS2'] })
export const RequirementKey = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,60}$', examples: ['TS2.years'] })

/**
 * A registered schema carrying response examples, its $id kept so that the OpenAPI component shows
 * them; the examples are typed by the schema, which a literal in its own options could not be.
 */
export function exemplified<T extends TSchema>(schema: T, examples: Static<T>[]): T {
  return { ...schema, examples } as T
}
