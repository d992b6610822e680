import { Ajv, type AnySchema, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifyServerOptions } from 'fastify'
import { inspectBody, type BodyFinding } from './body-limits.ts'
import { compileOnFirstUse } from './compile-on-first-use.ts'

/**
 * A failing body of at most this many values is checked again for every error; a larger one is
 * reported by its first. Collecting every error is quadratic in Ajv (each `$ref` call copies the
 * errors gathered so far), so it is only affordable on small bodies, which is where a full list
 * helps a person most.
 */
export const FULL_REPORT_MAX_VALUES = 2000

const partialReports = new WeakSet<object>()

/** Whether a validation error list names only the first problems found, so more may exist. */
export const isPartialReport = (errors: unknown): boolean => typeof errors === 'object' && errors !== null && partialReports.has(errors)

type Finding = ErrorObject | BodyFinding

function makeAjv(allErrors: boolean, coerceTypes: boolean | 'array', externalSchemas: Record<string, unknown>): Ajv {
  const ajv = new Ajv({
    allErrors,
    coerceTypes,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
    // The schemas are the contracts' own, linted in CI (npm run openapi:lint); checking them
    // against the meta-schema at every start cost about three seconds per service.
    validateSchema: false,
  })
  ;(addFormats as unknown as (ajv: Ajv) => void)(ajv)
  for (const schema of Object.values(externalSchemas)) ajv.addSchema(schema as AnySchema)
  return ajv
}

/** Schema errors, then what the inspection found in fields the schema has not already named. */
function withInexact(schemaErrors: Finding[], inexact: BodyFinding[]): Finding[] {
  const named = new Set(schemaErrors.map((error) => error.instancePath))
  return [...schemaErrors, ...inexact.filter((finding) => !named.has(finding.instancePath))]
}

/**
 * A JSON body is first held to the kernel's size limits, then checked by a validator that stops at
 * the first error (linear in the body), and only when that fails and the body is small, checked
 * again for every error. Numbers beyond 2^53 and text with lone surrogates are refused after the
 * contract's own rules, so a field with a contract bound is reported by that bound.
 */
function bodyValidator(schema: AnySchema, firstError: Ajv, everyError: Ajv): ValidateFunction {
  const quick = firstError.compile(schema)
  let thorough: ValidateFunction | undefined
  const validate = Object.assign(
    (body: unknown): boolean => {
      const fail = (errors: Finding[], partial: boolean) => {
        if (partial) partialReports.add(errors)
        validate.errors = errors
        return false
      }
      const inspection = inspectBody(body)
      if (inspection.overLimit) return fail([inspection.overLimit], true)
      const inexactPartial = inspection.inexactCount > inspection.inexact.length
      if (quick(body)) {
        if (inspection.inexact.length > 0) return fail(inspection.inexact, inexactPartial)
        validate.errors = null
        return true
      }
      if (inspection.nodes > FULL_REPORT_MAX_VALUES) return fail(withInexact(quick.errors ?? [], inspection.inexact), true)
      thorough ??= everyError.compile(schema)
      thorough(body)
      return fail(withInexact(thorough.errors ?? quick.errors ?? [], inspection.inexact), inexactPartial)
    },
    { errors: null as Finding[] | null },
  )
  // Fastify only reads `errors` from a validator (and no `schemaEnv`, as nothing here coerces the root).
  return validate as unknown as ValidateFunction
}

/** An integer in a URL or header is written in decimal digits only: `1e2`, `0x10`, `+5` and ` 5` are refused, not coerced. */
const DECIMAL_INTEGER = /^-?[0-9]+$/

function integerFields(schema: AnySchema): string[] {
  const properties = (schema as { properties?: Record<string, { type?: unknown; items?: { type?: unknown } }> }).properties ?? {}
  return Object.entries(properties)
    .filter(([, property]) => property.type === 'integer' || property.items?.type === 'integer')
    .map(([name]) => name)
}

/**
 * Ajv's coercion takes whatever `Number()` reads as a number, so `limit=1e2` would be 100; this
 * checks the text of each integer parameter first.
 */
function parameterValidator(schema: AnySchema, coercing: Ajv): ValidateFunction {
  const validateCoerced = coercing.compile(schema)
  const fields = integerFields(schema)
  if (fields.length === 0) return validateCoerced
  const validate = Object.assign(
    (data: Record<string, unknown> | null | undefined): boolean => {
      const notDecimal: ErrorObject[] = fields
        .filter((name) => [data?.[name]].flat().some((value) => typeof value === 'string' && !DECIMAL_INTEGER.test(value)))
        .map((name) => ({ instancePath: `/${name}`, schemaPath: '#/decimal', keyword: 'type', params: {}, message: 'must be an integer in decimal digits' }))
      if (notDecimal.length > 0) {
        validate.errors = notDecimal
        return false
      }
      const valid = validateCoerced(data) === true
      validate.errors = validateCoerced.errors ?? null
      return valid
    },
    { errors: null as ErrorObject[] | null },
  )
  return validate as unknown as ValidateFunction
}

/**
 * Query strings, path parameters and headers are text, so they are coerced to the schema's types;
 * a JSON body is not: `"5"` where a number belongs is the client's error, not ours to guess.
 * Unknown body fields are rejected (never silently dropped). Headers and URLs are small (the
 * HTTP parser bounds them), so every failing parameter is reported; bodies are bounded above.
 */
const compileAtStart: NonNullable<FastifyServerOptions['schemaController']> = {
  compilersFactory: {
    buildValidator(externalSchemas: Record<string, unknown>) {
      const firstError = makeAjv(false, false, externalSchemas)
      const everyError = makeAjv(true, false, externalSchemas)
      const coercing = makeAjv(true, 'array', externalSchemas)
      return ({ schema, httpPart }) =>
        httpPart === 'body' ? bodyValidator(schema as AnySchema, firstError, everyError) : parameterValidator(schema as AnySchema, coercing)
    },
  },
}

export const schemaController = compileOnFirstUse(compileAtStart)
