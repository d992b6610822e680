import type { TSchema } from 'typebox'
import { buyerSettingsSchemas } from './buyer-settings.ts'
import { kpiSchemas } from './kpi.ts'
import { maturitySchemas } from './maturity.ts'
import { ocdsSchemas } from './ocds.ts'
import { readModelSchemas } from './read-model.ts'
import { targetSchemas } from './target.ts'

/** Every named schema of the reporting contract, registered once so OpenAPI names them. */
export const reportingSchemas: TSchema[] = [...kpiSchemas, ...targetSchemas, ...maturitySchemas, ...buyerSettingsSchemas, ...readModelSchemas, ...ocdsSchemas]
