import { ocdsSustainabilityStrategies as SUSTAINABILITY_STRATEGIES } from '../../kernel/ocds-code-lists.ts'
import type { SustainabilityTags } from './types.ts'

export { SUSTAINABILITY_STRATEGIES }

export const GPP_CRITERIA_STRATEGIES = ['euGPPCriteria', 'nationalGPPCriteria', 'otherGPPCriteria'] as const

// The four stages at which SIGMA's GPP indicator looks for green objectives.
export const CRITERIA_STRATEGIES = [
  'technicalSpecifications',
  'selectionCriteria',
  'awardCriteria',
  'contractPerformanceConditions',
] as const

// Our choice (the KPI basis leaves the "circular set" open): the goals that are circular economy in the
// narrow sense. Energy efficiency or climate goals alone do not make a procedure circular.
export const DEFAULT_CIRCULAR_GOALS = [
  'environmental.circularEconomy',
  'environmental.resourceReuse',
  'environmental.recycling',
  'environmental.wasteReduction',
] as const

// CPV 30.2 (computer equipment), 32.25 (mobile phones), 48 (software), 72 (IT services):
// docs/sources.md#kpi-formulas, K01.
const ICT_CPV_PREFIXES = ['302', '3225', '48', '72']

export function isIctCpv(cpv: string): boolean {
  return ICT_CPV_PREFIXES.some((prefix) => cpv.startsWith(prefix))
}

// The OCDS goal codelist is open: publishers add sub-codes as `existingCode.camelCaseSuffix`,
// which still belong to their parent goal.
export function hasGoal(tags: SustainabilityTags, codes: readonly string[]): boolean {
  return tags.goals.some((goal) => codes.some((code) => goal === code || goal.startsWith(`${code}.`)))
}

export function isCircular(tags: SustainabilityTags, circularGoals: readonly string[]): boolean {
  return tags.hasCircularCriteria && hasGoal(tags, circularGoals)
}

// Open SPP's "classified as SPP": any sustainability goal, circular or not.
export function isSustainable(tags: SustainabilityTags): boolean {
  return tags.hasCircularCriteria || tags.goals.length > 0
}

export function usesAnyStrategy(tags: SustainabilityTags, strategies: readonly string[]): boolean {
  return tags.strategies.some((s) => strategies.includes(s))
}
