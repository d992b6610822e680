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

// What counts as ICT: the CPV codes of the catalogue's product categories (notebooks, desktops,
// monitors, tablets, smartphones, servers and data centres, cloud services, imaging equipment such
// as copiers 30121100, network equipment 32420000, software and e-services), and the ICT CPV groups
// 30.2 (computer equipment), 32.25 (mobile phones), 48 (software) and 72 (IT services) for
// procedures buying ICT the catalogue has no category for (docs/sources.md#kpi-formulas, K01).
export const ICT_CPV_CODES: readonly string[] = [
  '30200000', '32250000', '48000000', '72000000',
  '30213100', '30213300', '30214000', '30231000', '30231300', '30213200', '48820000', '72514200',
  '72317000', '72416000', '30232100', '30121100', '32420000', '72200000', '72260000',
]

// CPV codes are hierarchical: trailing zeros widen a code to its division, group or class, so
// 30213100-6 lies within 30200000 and within 30213100. The check digit after '-' plays no part.
export function cpvWithin(code: string, group: string): boolean {
  const stem = group.slice(0, 8).replace(/0+$/, '')
  return code.slice(0, 8).startsWith(stem)
}

/** A procedure is ICT when any of its CPV codes lies within an ICT code, not only its first. */
export function isIctProcedure(cpvCodes: readonly string[], ictCodes: readonly string[] = ICT_CPV_CODES): boolean {
  return cpvCodes.some((code) => ictCodes.some((group) => cpvWithin(code, group)))
}

// Software and e-services criteria (the Digital Public Goods Standard and GovStack reuse: open
// licences, documentation, open standards, reuse of building blocks) are good digital practice, not
// green public procurement: a procedure counts as circular or GPP only through the environmental
// criteria sets, and software criteria are counted apart.
export const SOFTWARE_CRITERIA_SOURCES: readonly string[] = ['DPG-GOVSTACK']

/** By the source a catalogue key names before its code (DPG-GOVSTACK.DPG1 → DPG-GOVSTACK). */
export function isSoftwareCriterion(criterionId: string): boolean {
  return SOFTWARE_CRITERIA_SOURCES.includes(criterionId.slice(0, criterionId.lastIndexOf('.')))
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
