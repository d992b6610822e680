import { Type, type Static, type TSchema } from 'typebox'
import { CalendarDate, Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'
import { Uuid } from './common.ts'

export const identifierSchemes = ['VAT', 'LEI', 'DUNS', 'national'] as const
export type IdentifierScheme = (typeof identifierSchemes)[number]


/**
 * PostgreSQL stores no NUL in text or jsonb (it would fail the request as a 500), and one-line
 * fields have no business holding control characters; refusing them here makes both a 400.
 */
const control = '\\u0000-\\u001f\\u007f'
const text = (pattern: string) => (options: { minLength: number; maxLength: number; description?: string }) => Type.String({ ...options, pattern })
export const OneLine = text(`^[^${control}]*$`)
const Trimmed = text(`^[^\\s${control}]([^${control}]*[^\\s${control}])?$`)
const MultiLine = text('^[^\\u0000]*$')

export const CountryCode = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code, upper case.', examples: ['FR'] })

export const SupplierIdentifier = Type.Object(
  {
    scheme: StringEnum(identifierSchemes),
    value: Trimmed({ minLength: 1, maxLength: 64, description: 'In canonical form, so that one identifier is never registered twice under two spellings.' }),
  },
  {
    $id: 'SupplierIdentifier',
    additionalProperties: false,
    description:
      'VAT: 2-letter country prefix then 2-13 upper-case letters or digits (+ or * in old Irish numbers), no spaces (EL for Greece, XI for Northern Ireland). LEI: ISO 17442, 20 characters with valid check digits. DUNS: 9 digits. national: the issuing country code, a colon, then the register number (DE:HRB 12345 B). Each (scheme, value) belongs to one supplier only.',
    examples: [{ scheme: 'VAT', value: 'FR40303265045' }],
  },
)
export type SupplierIdentifier = Static<typeof SupplierIdentifier>

export const SupplierContact = Type.Object(
  {
    name: Trimmed({ minLength: 1, maxLength: 200 }),
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9][0-9 ().-]{4,29}$', description: 'International format preferred, e.g. +33 1 23 45 67 89.' })),
    role: Type.Optional(OneLine({ minLength: 1, maxLength: 100, description: 'What the contact does, e.g. Tender manager.' })),
  },
  { $id: 'SupplierContact', additionalProperties: false },
)
export type SupplierContact = Static<typeof SupplierContact>

const supplierFields = {
  name: Trimmed({ minLength: 1, maxLength: 300, description: 'Legal name, on one line, without leading or trailing spaces.' }),
  country: CountryCode,
  identifiers: Type.Array(Ref(SupplierIdentifier), { minItems: 1, maxItems: 10 }),
  contacts: Type.Array(Ref(SupplierContact), { maxItems: 20 }),
}

/** Register and replace take the same body: a PUT sends the whole supplier, identifiers included. */
export const SupplierInput = Type.Object(supplierFields, { $id: 'SupplierInput', additionalProperties: false })
export type SupplierInput = Static<typeof SupplierInput>

export const Supplier = Type.Object(
  { id: Uuid, ...supplierFields, createdAt: Timestamp, updatedAt: Timestamp },
  { $id: 'Supplier', additionalProperties: false, description: 'An economic operator. Identifiers are listed by scheme (VAT, LEI, DUNS, national), then value.' },
)
export type Supplier = Static<typeof Supplier>

const exclusionFields = {
  reason: MultiLine({ minLength: 1, maxLength: 2000, description: 'The exclusion ground (Directive 2014/24/EU Art. 57) and its basis.' }),
  endsOn: Nullable({ ...CalendarDate, description: 'Last day the exclusion applies; null while it has no end.' }),
}

export const ExclusionInput = Type.Object(exclusionFields, {
  $id: 'ExclusionInput',
  additionalProperties: false,
  description: 'endsOn must be today (UTC) or later: an exclusion that has already ended cannot be recorded.',
})
export type ExclusionInput = Static<typeof ExclusionInput>

export const SupplierExclusion = Type.Object(
  {
    id: Uuid,
    supplierId: Uuid,
    ...exclusionFields,
    active: Type.Boolean({ description: 'In force today (UTC): up to and including endsOn, or for good without one.' }),
    createdAt: Timestamp,
  },
  { $id: 'SupplierExclusion', additionalProperties: false },
)
export type SupplierExclusion = Static<typeof SupplierExclusion>

export const exampleSupplier: SupplierInput = {
  name: 'Refurb IT Solutions SAS',
  country: 'FR',
  identifiers: [
    { scheme: 'VAT', value: 'FR40303265045' },
    { scheme: 'LEI', value: '969500T3M8GKRK9WNX34' },
  ],
  contacts: [{ name: 'Camille Martin', email: 'tenders@refurb-it.example', phone: '+33 1 23 45 67 89', role: 'Tender manager' }],
}

export const exampleExclusion: ExclusionInput = {
  reason: 'Art. 57(2): final judgment on non-payment of social security contributions.',
  endsOn: '2029-06-30',
}

// SupplierInput and ExclusionInput are request bodies, inlined with their examples, so never registered.
export const supplierSchemas: TSchema[] = [SupplierIdentifier, SupplierContact, Supplier, SupplierExclusion]
