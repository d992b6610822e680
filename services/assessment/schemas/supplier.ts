import { Type, type Static, type TSchema } from 'typebox'
import { CalendarDate, Nullable, Ref, StringEnum, Timestamp } from '../../kernel/schemas.ts'
import { exemplified, Uuid } from './common.ts'

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

/**
 * The canonical form of each scheme's value, one source for the contract and the checks in
 * operations/suppliers.ts. Values are never rewritten, so one identifier is never held twice.
 */
export const identifierPatterns: Record<IdentifierScheme, { pattern: string; description: string }> = {
  VAT: {
    pattern: '[A-Z]{2}[0-9A-Z+*]{2,13}',
    description: 'VAT: the 2-letter country prefix (EL for Greece, XI for Northern Ireland), then 2-13 upper-case letters or digits (+ or * in old Irish numbers), no spaces, e.g. FR40303265045.',
  },
  LEI: {
    pattern: '[A-Z0-9]{18}[0-9]{2}',
    description: 'LEI: ISO 17442, 18 upper-case letters or digits then 2 check digits that must verify (ISO 7064 MOD 97-10), e.g. 969500T3M8GKRK9WNX34.',
  },
  DUNS: { pattern: '[0-9]{9}', description: 'DUNS: 9 digits, e.g. 150483782.' },
  national: {
    pattern: `[A-Z]{2}:[^\\s${control}]([^${control}]*[^\\s${control}])?`,
    description: 'national: the issuing country (ISO 3166-1 alpha-2), a colon, then the register number as the register writes it, e.g. DE:HRB 12345 B (register numbers repeat across countries).',
  },
}

/** OpenAPI 3.0 has no conditional schema, so the contract's pattern admits any scheme's form; the service then checks the value against its own scheme (422 INVALID_IDENTIFIER). */
const anySchemeValue = `^(${identifierSchemes.map((scheme) => identifierPatterns[scheme].pattern).join('|')})$`

export const SupplierIdentifier = Type.Object(
  {
    scheme: StringEnum(identifierSchemes),
    value: Type.String({
      minLength: 1,
      maxLength: 64,
      pattern: anySchemeValue,
      description: `In canonical form, matching its scheme's pattern: ${identifierSchemes.map((scheme) => `${scheme} ^${identifierPatterns[scheme].pattern}$`).join('; ')}. A value matching no scheme's pattern is 400; one matching another scheme's, or an LEI whose check digits fail, is 422 INVALID_IDENTIFIER.`,
    }),
  },
  {
    $id: 'SupplierIdentifier',
    additionalProperties: false,
    description: `${identifierSchemes.map((scheme) => identifierPatterns[scheme].description).join(' ')} Each (scheme, value) belongs to one supplier only.`,
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
  {
    id: Uuid,
    ...supplierFields,
    registeredByOrganisationId: Nullable(
      Type.String({ description: 'The organisation that registered the supplier; null when registered before this was recorded, or by a caller acting for no organisation.' }),
    ),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  {
    $id: 'Supplier',
    additionalProperties: false,
    description:
      'An economic operator. Identifiers are listed by scheme (VAT, LEI, DUNS, national), then value. Every buyer, evaluator, auditor and registrar reads it; it is changed only by the supplier itself, by a buyer of the organisation that registered it, or by a registrar (the only one when registeredByOrganisationId is null).',
  },
)
export type Supplier = Static<typeof Supplier>

const exclusionFields = {
  reason: MultiLine({ minLength: 1, maxLength: 2000, description: 'The exclusion ground (Directive 2014/24/EU Art. 57) and its basis.' }),
  endsOn: Nullable({ ...CalendarDate, description: 'Last day the exclusion applies; null while it has no end.' }),
}

const ExclusionScope = StringEnum(['buyer', 'all-buyers'], {
  description:
    '`buyer`: the deciding organisation\'s decision, applied to its own procurements only. `all-buyers`: a debarment, applied to every buyer\'s procurements, recorded and ended only by a registrar.',
})

export const ExclusionInput = Type.Object(
  { ...exclusionFields, scope: Type.Optional({ ...ExclusionScope, default: 'buyer' }) },
  {
    $id: 'ExclusionInput',
    additionalProperties: false,
    description:
      'endsOn must be today (UTC) or later: an exclusion that has already ended cannot be recorded. Without scope, the exclusion is a buyer exclusion of the caller\'s organisation.',
  },
)
export type ExclusionInput = Static<typeof ExclusionInput>

export const SupplierExclusion = Type.Object(
  {
    id: Uuid,
    supplierId: Uuid,
    ...exclusionFields,
    scope: ExclusionScope,
    organisationId: Nullable(
      Type.String({ description: 'The deciding organisation: the buyer organisation whose procurements a buyer exclusion binds, or the registrar\'s. Null only for debarments recorded before exclusions had owners.' }),
    ),
    active: Type.Boolean({ description: 'In force today (UTC): not ended, and up to and including endsOn, or for good without one.' }),
    endedAt: Nullable({ ...Timestamp, description: 'When the exclusion was ended early; null while it was not.' }),
    endReason: Nullable(Type.String({ description: 'Why it was ended; null while it was not.' })),
    createdAt: Timestamp,
  },
  {
    $id: 'SupplierExclusion',
    additionalProperties: false,
    description:
      'An exclusion ground against a supplier. The evaluation of a lot applies the buying organisation\'s own buyer exclusions and every debarment, neither once ended; other buyers\' exclusions never touch it.',
  },
)
export type SupplierExclusion = Static<typeof SupplierExclusion>

export const EndExclusionInput = Type.Object(
  { reason: MultiLine({ minLength: 1, maxLength: 2000, description: 'Why the exclusion ends now (self-cleaning under Art. 57(6), a judgment set aside, an error).' }) },
  { $id: 'EndExclusionInput', additionalProperties: false },
)
export type EndExclusionInput = Static<typeof EndExclusionInput>

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
  scope: 'buyer',
}

export const exampleSupplierRecord: Supplier = {
  id: '7d2c4e1a-5b3f-4a8e-9c6d-2e1f0a9b8c7d',
  ...exampleSupplier,
  identifiers: [
    { scheme: 'LEI', value: '969500T3M8GKRK9WNX34' },
    { scheme: 'VAT', value: 'FR40303265045' },
  ],
  registeredByOrganisationId: 'ministry-of-finance',
  createdAt: '2026-11-20T09:15:00.000Z',
  updatedAt: '2026-11-20T09:15:00.000Z',
}

export const exampleExclusionRecord: SupplierExclusion = {
  id: 'c4a1e7b2-3d5f-4e9a-8b6c-0f2d1e3a4b5c',
  supplierId: exampleSupplierRecord.id,
  reason: exampleExclusion.reason,
  endsOn: '2029-06-30',
  scope: 'buyer',
  organisationId: 'ministry-of-finance',
  active: true,
  endedAt: null,
  endReason: null,
  createdAt: '2026-11-21T14:30:00.000Z',
}

export const exampleEndExclusion: EndExclusionInput = { reason: 'Art. 57(6): the supplier paid the contributions due, with interest.' }

// SupplierInput, ExclusionInput and EndExclusionInput are request bodies, inlined with their examples, so never registered.
export const supplierSchemas: TSchema[] = [SupplierIdentifier, SupplierContact, exemplified(Supplier, [exampleSupplierRecord]), exemplified(SupplierExclusion, [exampleExclusionRecord])]
