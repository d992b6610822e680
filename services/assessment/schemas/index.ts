import type { TSchema } from 'typebox'
import { Money } from '../../kernel/schemas.ts'
import { bidSchemas } from './bid.ts'
import { contractSchemas } from './contract.ts'
import { eventSchemas } from './event.ts'
import { evaluationSchemas } from './evaluation.ts'
import { evaluationCriteriaSchemas } from './evaluation-criteria.ts'
import { procurementSchemas } from './procurement.ts'
import { supplierSchemas } from './supplier.ts'

/** Every named schema of the assessment contract, registered once so OpenAPI names them. */
export const assessmentSchemas: TSchema[] = [Money, ...evaluationCriteriaSchemas, ...procurementSchemas, ...bidSchemas, ...evaluationSchemas, ...contractSchemas, ...supplierSchemas, ...eventSchemas]
