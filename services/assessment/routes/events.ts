import type { FastifyInstance } from 'fastify'
import type { AssessmentRouteContext } from './index.ts'

export function eventRoutes(_context: AssessmentRouteContext) {
  return async function (_app: FastifyInstance) {}
}
