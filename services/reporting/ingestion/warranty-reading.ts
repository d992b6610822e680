import type { StoredCriterion, StoredResponse } from '../repositories/stored-shapes.ts'

// Requirement ids are local to their criterion (TS3.years.core belongs to EU-GPP-2021-CMTS.TS3),
// so a response is read as a warranty only when the tender used that very criterion: the data
// centre set has a TS3 of its own that means something else.
const WARRANTY_CRITERIA = ['EU-GPP-2021-CMTS.TS3', 'EU-GPP-2021-CMTS.TS25'] as const

/** The warranty in years a winning bid declared, or null when the tender asked for none. */
export function declaredWarrantyYears(criteria: readonly StoredCriterion[], responses: readonly StoredResponse[]): number | null {
  const prefixes = WARRANTY_CRITERIA.filter((id) => criteria.some((c) => c.id === id)).map((id) => `${id.split('.')[1]}.years`)
  const years = responses.flatMap((r) =>
    typeof r.value === 'number' && prefixes.some((prefix) => r.requirementId === prefix || r.requirementId.startsWith(`${prefix}.`)) ? [r.value] : [],
  )
  return years.length === 0 ? null : Math.max(...years)
}
