import { Ajv, type AnySchema } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifyServerOptions } from 'fastify'

function makeAjv(coerceTypes: boolean | 'array', externalSchemas: Record<string, unknown>): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    coerceTypes,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
  })
  ;(addFormats as unknown as (ajv: Ajv) => void)(ajv)
  for (const schema of Object.values(externalSchemas)) ajv.addSchema(schema as AnySchema)
  return ajv
}

/**
 * Query strings, path parameters and headers are text, so they are coerced to the schema's types;
 * a JSON body is not: `"5"` where a number belongs is the client's error, not ours to guess.
 * Unknown body fields are rejected (never silently dropped), and every failing field is reported.
 */
export const schemaController: FastifyServerOptions['schemaController'] = {
  compilersFactory: {
    buildValidator(externalSchemas: Record<string, unknown>) {
      const strict = makeAjv(false, externalSchemas)
      const coercing = makeAjv('array', externalSchemas)
      return ({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema as AnySchema)
    },
  },
}
