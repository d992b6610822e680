import {
  ambitionLevels,
  circularityAspects,
  criterionTypes,
  l1061Aims,
  lifeCycleStages,
  ocdsSustainabilityGoals,
  ocdsSustainabilityStrategies,
  requirementDataTypes,
  scoringMethods,
  unitCodes,
  units,
  versionStatuses,
} from '../domain/code-lists.ts'
import { unitNames } from '../seed/data/index.ts'
import type { CodeList } from '../schemas/reference-data.ts'

const codes: Record<string, CodeList['codes']> = {
  criterionType: criterionTypes.map((code) => ({ code })),
  circularityAspect: circularityAspects.map((code) => ({ code })),
  lifeCycleStage: lifeCycleStages.map((code) => ({ code })),
  ambitionLevel: ambitionLevels.map((code) => ({ code })),
  l1061Aim: l1061Aims.map((code) => ({ code })),
  ocdsSustainabilityGoal: ocdsSustainabilityGoals.map((code) => ({ code })),
  ocdsSustainabilityStrategy: ocdsSustainabilityStrategies.map((code) => ({ code })),
  requirementDataType: requirementDataTypes.map((code) => ({ code })),
  scoringMethod: scoringMethods.map((code) => ({ code })),
  versionStatus: versionStatuses.map((code) => ({ code })),
  unit: unitCodes.map((code) => ({ code, name: unitNames[code], unece: units[code].unece })),
}

/** The catalogue's code lists as published, in a fixed order. */
export const codeListIds = Object.keys(codes)

/** Ids come from the route's enum of `codeListIds`; any other id has no codes. */
export function toCodeList(id: string): CodeList {
  return { id, codes: codes[id] ?? [] }
}
