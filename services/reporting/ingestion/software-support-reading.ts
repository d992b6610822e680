import { isSoftwareCriterion } from '../domain/procedure-classification.ts'
import type { StoredCriterion, StoredResponse } from '../repositories/stored-shapes.ts'

// A device's software support is read from what the tender asked, not from a list of ids: a
// requirement counted in years, of a criterion about software support (aspect softwareSupport,
// as the catalogue tags the OS and security update criteria of phones, tablets, notebooks and
// network equipment). Software and e-services criteria are left out: their support years are the
// software's (DPG10), not the delivered devices'.
const SUPPORT_ASPECT = 'softwareSupport'
const YEAR = 'year'

function supportRequirementIds(criteria: readonly StoredCriterion[]): Set<string> {
  return new Set(
    criteria
      .filter((c) => (c.aspects ?? []).includes(SUPPORT_ASPECT) && !isSoftwareCriterion(c.id))
      .flatMap((c) => (c.requirements ?? []).filter((r) => r.unit === YEAR).map((r) => r.id)),
  )
}

/**
 * The years of operating-system and security updates a winning bid declared, or null when the
 * tender asked none. A tender may ask twice (the specification's minimum and the award
 * criterion's longer support); the bid's longest answer is what it committed to.
 */
export function declaredSoftwareSupportYears(criteria: readonly StoredCriterion[], responses: readonly StoredResponse[]): number | null {
  const ids = supportRequirementIds(criteria)
  const years = responses.flatMap((r) => (typeof r.value === 'number' && ids.has(r.requirementId) ? [r.value] : []))
  return years.length === 0 ? null : Math.max(...years)
}
