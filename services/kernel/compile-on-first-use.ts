import { createRequire } from 'node:module'
import type { FastifyServerOptions } from 'fastify'

type SchemaController = NonNullable<FastifyServerOptions['schemaController']>
type Factories = NonNullable<SchemaController['compilersFactory']>
type Compile<F> = F extends (...args: any[]) => infer C ? C : never

// Fastify's own default serializer compiler (fast-json-stringify), taken from Fastify's
// dependencies so it is the very one Fastify would use.
const fromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'))
const defaultSerializerFactory = (fromFastify('@fastify/fast-json-stringify-compiler') as () => NonNullable<Factories['buildSerializer']>)()

/** A compiled function built on its first call, once. */
function onFirstCall<T extends (...args: any[]) => unknown>(compile: () => T): T {
  let compiled: T | undefined
  const call = Object.assign(
    (...args: unknown[]) => {
      compiled ??= compile()
      const result = compiled(...args)
      // Fastify reads a validator's errors from the function it was given.
      call.errors = (compiled as unknown as { errors?: unknown }).errors ?? null
      return result
    },
    { errors: null as unknown },
  )
  return call as unknown as T
}

/**
 * Fastify compiles every route's validators and response serializers when the app gets ready;
 * with the contracts' large schemas that was most of a service's start-up (seconds per service,
 * and memory for code never run). This compiles each on the first request that needs it, once.
 */
export function compileOnFirstUse(controller: SchemaController): SchemaController {
  const buildValidator = controller.compilersFactory?.buildValidator
  const buildSerializer = controller.compilersFactory?.buildSerializer ?? defaultSerializerFactory
  const lazyValidators: Factories['buildValidator'] | undefined = buildValidator && ((externalSchemas, options) => {
    const compile = buildValidator(externalSchemas, options)
    return (route) => onFirstCall(() => compile(route) as Compile<typeof compile> & ((...args: any[]) => unknown))
  })
  const lazySerializers: Factories['buildSerializer'] = (externalSchemas, options) => {
    const compile = buildSerializer(externalSchemas, options)
    return (route) => onFirstCall(() => compile(route) as Compile<typeof compile> & ((...args: any[]) => unknown))
  }
  return { ...controller, compilersFactory: { ...controller.compilersFactory, ...(lazyValidators ? { buildValidator: lazyValidators } : {}), buildSerializer: lazySerializers } }
}
