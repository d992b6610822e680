import { assertIsoDate } from './dates.ts'
import type { ExclusionResult, SupplierExclusion } from './types.ts'

/** An exclusion is in force up to and including its `endsOn` day, and indefinitely without one. */
export function checkExclusions(
  exclusions: readonly SupplierExclusion[],
  evaluationDate: string,
  path = '',
): ExclusionResult {
  const active = exclusions.filter(
    (exclusion, index) =>
      exclusion.endsOn === null || assertIsoDate(exclusion.endsOn, `${path}/${index}/endsOn`) >= evaluationDate,
  )
  return { excluded: active.length > 0, active }
}
