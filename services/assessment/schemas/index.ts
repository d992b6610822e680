import type { TSchema } from 'typebox'
import { eventSchemas } from './event.ts'
import { supplierSchemas } from './supplier.ts'

/** Every named schema of the assessment contract, registered once so OpenAPI names them. */
export const assessmentSchemas: TSchema[] = [...supplierSchemas, ...eventSchemas]
