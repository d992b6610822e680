import { findFactorSet, gridFactor, type FactorSet as LibraryFactorSet } from '../../kernel/factor-library.ts'
import type { FactorSet } from './types.ts'

export const deviceTypes = ['laptop', 'desktop', 'monitor', 'tablet', 'smartphone', 'server', 'thinClient'] as const

/** Where devices are used when a tender does not say: the European grid, as the factor sets were first published. */
export const DEFAULT_PLACE_OF_USE = 'EEE'

/**
 * The factors one tender's CO2e is computed with: a set of the shared library, and the grid factor
 * of the place where the devices will be used. Undefined when the set has no factor for that place.
 */
export function co2eFactors(set: LibraryFactorSet, placeOfUse: string): FactorSet | undefined {
  const grid = gridFactor(set, placeOfUse)
  if (grid === undefined) return undefined
  return {
    id: set.id,
    version: set.version,
    placeOfUse,
    embodiedKgCo2ePerUnit: { ...set.embodiedKgCo2e.values },
    refurbishmentKgCo2ePerUnit: { ...set.refurbishmentKgCo2e.values },
    gridKgCo2ePerKWh: grid,
    sources: [set.embodiedKgCo2e.source, set.refurbishmentKgCo2e.source, set.gridKgCo2ePerKWh.source],
  }
}

/** The factors a tender pinned at creation (its set, version and place of use); undefined if the library lost them. */
export function pinnedFactors(lifeCycle: { factorSetId: string; factorSetVersion?: string; placeOfUse?: string }): FactorSet | undefined {
  const { factorSetId, factorSetVersion, placeOfUse } = lifeCycle
  const set = factorSetVersion === undefined ? undefined : findFactorSet(factorSetId, factorSetVersion)
  return set && placeOfUse !== undefined ? co2eFactors(set, placeOfUse) : undefined
}
