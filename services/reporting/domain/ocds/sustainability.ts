import { SUSTAINABILITY_STRATEGIES } from '../procedure-classification.ts'
import { CRITERION_TYPE_STRATEGY, SUSTAINABILITY_GOALS } from './codes.ts'
import type { OcdsCriterion } from './input.ts'
import type { Sustainability, SustainabilityStrategy } from './release-types.ts'

const LISTED_GOALS: ReadonlySet<string> = new Set(SUSTAINABILITY_GOALS)

/** One entry per goal, with the strategies of the criteria that pursue it (docs/sources.md#ocds-extensions). */
export function sustainabilityOf(criteria: OcdsCriterion[]): Sustainability[] {
  const strategiesByGoal = new Map<string, Set<SustainabilityStrategy>>()
  for (const criterion of criteria) {
    for (const goal of new Set(criterion.goals.map(listedGoal))) {
      if (goal === undefined) continue
      const strategies = strategiesByGoal.get(goal) ?? new Set()
      for (const strategy of strategiesOf(criterion)) strategies.add(strategy)
      strategiesByGoal.set(goal, strategies)
    }
  }
  // Code-list order, so the same criteria in another order give the same export.
  return SUSTAINABILITY_GOALS.flatMap((goal) => {
    const used = strategiesByGoal.get(goal)
    return used ? [{ goal, strategies: SUSTAINABILITY_STRATEGIES.filter((s) => used.has(s)) }] : []
  })
}

// The stage the criterion is used at, plus where it comes from: catalogue keys of the EU GPP sets
// start with EU-GPP; for the others the catalogue says whether they are national or other GPP criteria.
function strategiesOf(criterion: OcdsCriterion): SustainabilityStrategy[] {
  const source: SustainabilityStrategy[] = criterion.id.startsWith('EU-GPP')
    ? ['euGPPCriteria']
    : criterion.strategies.filter((s): s is SustainabilityStrategy => s === 'nationalGPPCriteria' || s === 'otherGPPCriteria')
  return [CRITERION_TYPE_STRATEGY[criterion.type], ...source]
}

// The goal list is open to sub-codes (`existingCode.camelCaseSuffix`); we publish only listed
// codes, so a sub-code is published as its nearest listed parent and an unlisted code not at all.
function listedGoal(goal: string): string | undefined {
  for (let code = goal; code !== ''; code = code.slice(0, Math.max(code.lastIndexOf('.'), 0))) {
    if (LISTED_GOALS.has(code)) return code
  }
  return undefined
}
