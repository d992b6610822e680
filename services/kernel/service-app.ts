import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'

/**
 * The Fastify instance routes are declared on: request params, query, headers and body are typed
 * from the route's TypeBox schemas, so a handler never re-types its inputs by hand.
 */
export type ServiceApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>

/** A group of routes: registered under /api/v1 by the kernel. */
export type ServiceRoutes = (app: ServiceApp) => Promise<void>
