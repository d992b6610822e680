import { Type } from 'typebox'
import { StringEnum } from '../../kernel/schemas.ts'
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
  versionStatuses,
} from '../domain/code-lists.ts'

export const CriterionType = StringEnum(criterionTypes, { description: 'EU GPP criterion type.' })
export const CircularityAspect = StringEnum(circularityAspects)
export const LifeCycleStage = StringEnum(lifeCycleStages)
export const AmbitionLevel = StringEnum(ambitionLevels, { description: 'EU GPP ambition level.' })
export const L1061Aim = StringEnum(l1061Aims, { description: 'One of the four aims of ITU-T L.1061.' })
export const OcdsGoal = StringEnum(ocdsSustainabilityGoals, { description: 'OCDS sustainabilityGoal code.' })
export const OcdsStrategy = StringEnum(ocdsSustainabilityStrategies, { description: 'OCDS sustainabilityStrategy code.' })
export const RequirementDataType = StringEnum(requirementDataTypes)
export const UnitCode = StringEnum(unitCodes)
export const VersionStatus = StringEnum(versionStatuses)
export const ScoringMethod = StringEnum(scoringMethods)

export const CriterionId = Type.String({
  pattern: '^[A-Z0-9][A-Z0-9-]{1,40}\\.[A-Z0-9][A-Z0-9-]{0,20}$',
  description: 'Catalogue key: source code, a dot, and the criterion code within that source.',
  examples: ['EU-GPP-2021-CMTS.TS2'],
})
export const CriteriaSetId = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{1,80}$',
  description: 'Criteria set key, lower-case with hyphens.',
  examples: ['notebooks-comprehensive'],
})
export const ProductCategoryCode = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{1,60}$',
  examples: ['notebooks'],
})
export const EvidenceTypeCode = Type.String({ pattern: '^[a-z][a-zA-Z0-9]{1,60}$', examples: ['testReport'] })
export const VersionNumber = Type.Integer({ minimum: 1, maximum: 100000, description: 'Version number, from 1.' })
