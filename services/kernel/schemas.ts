import { Type, type TSchema, type Static } from 'typebox'

/**
 * Schema atoms shared by every service's contract. Each has an `$id` and is registered once with
 * `app.addSchema`, so the generated OpenAPI names it under `components.schemas`.
 */

export const LocalizedText = Type.Unsafe<{ en: string } & Record<string, string>>(Type.Object(
  { en: Type.String({ minLength: 1, maxLength: 20000, description: 'English text; always present.' }) },
  {
    $id: 'LocalizedText',
    description: 'Translatable text keyed by BCP 47 language tag. English is always present.',
    additionalProperties: Type.String({ minLength: 1, maxLength: 20000 }),
    maxProperties: 40,
    examples: [{ en: 'Continued availability of spare parts', fr: 'Disponibilité continue des pièces détachées' }],
  },
))
export type LocalizedText = Static<typeof LocalizedText>

export const Money = Type.Object(
  {
    amount: Type.String({ pattern: '^-?\\d{1,15}(\\.\\d{1,4})?$', description: 'Decimal amount as a string.' }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code.' }),
  },
  { $id: 'Money', additionalProperties: false, examples: [{ amount: '1234.50', currency: 'EUR' }] },
)
export type Money = Static<typeof Money>

export const ProblemFieldError = Type.Object(
  {
    path: Type.String({ description: 'JSON pointer (body) or parameter name of the failing field.' }),
    message: Type.String(),
  },
  { $id: 'ProblemFieldError', additionalProperties: false },
)

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'URI reference naming the problem type.' }),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String(),
    instance: Type.String({ description: 'The request path that produced the problem.' }),
    code: Type.String({ description: 'Stable, machine-readable error code.' }),
    correlationId: Type.String(),
    errors: Type.Optional(Type.Array(Ref(ProblemFieldError))),
  },
  {
    $id: 'Problem',
    description: 'RFC 9457 problem details.',
    examples: [
      {
        type: 'https://circular-ict.govstack.global/problems/validation-failed',
        title: 'Request validation failed',
        status: 400,
        detail: 'body/limit must be <= 100',
        instance: '/api/v1/criteria',
        code: 'VALIDATION_FAILED',
        correlationId: '8e0d3c0e-4b43-4a8e-9a39-6d1f7f0f2b11',
        errors: [{ path: '/limit', message: 'must be <= 100' }],
      },
    ],
  },
)
export type Problem = Static<typeof Problem>

export const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601 UTC timestamp.' })
export const CalendarDate = Type.String({ format: 'date', description: 'ISO 8601 calendar date.' })

/**
 * The largest magnitude a free-form figure may have (a buyer's threshold, a bid's answer, a target):
 * far beyond any real amount of kWh, kg, years, units or euros in public ICT procurement, and exact
 * as a double. Fields whose domain has a tighter range state it themselves.
 */
export const MAX_MEASURE = 1e12

/** A number in the unit its context names, bounded by MAX_MEASURE unless given a tighter range. */
export function Measure(options: { minimum?: number; description?: string } = {}) {
  return Type.Number({ minimum: -MAX_MEASURE, maximum: MAX_MEASURE, ...options })
}

/** Registered by every service; a service whose contract uses LocalizedText or Money registers those itself. */
export const sharedSchemas: TSchema[] = [ProblemFieldError, Problem]

/** A nullable value. Emitted as `anyOf [T, null]` and rewritten to OpenAPI 3.0's `nullable: true`. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()])
}

/** A closed string code list, rendered as an OpenAPI `enum`. */
export function StringEnum<const T extends readonly string[]>(values: T, options: { description?: string } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options })
}

/** A `$ref` to a registered schema that keeps the referenced schema's static type. */
export function Ref<T extends TSchema>(schema: T) {
  const id = (schema as { $id?: string }).$id
  if (!id) throw new Error('Ref needs a schema with an $id')
  return Type.Unsafe<Static<T>>(Type.Ref(id))
}

/** A registered schema inlined as a request body with examples (a `$ref` could carry none). */
export function withExamples<T extends TSchema>(schema: T, examples: Static<T>[]): T {
  const { $id: _id, ...inline } = schema as T & { $id?: string }
  return { ...inline, examples } as unknown as T
}
