import { checkRequirement, indexResponses } from './requirement-response-check.ts'
import type { Requirement, RequirementResponse, ResponseProblem } from './types.ts'

/** Grams recovered per metal by the recyclers (NO DFØ CPC2 report item 2). */
export interface RecoveredMetals {
  gold: number
  silver: number
  palladium: number
}

/** Data-centre metrics of the period (EN 50600-4-x); null where the operator does not measure one. */
export interface DataCentreMetrics {
  pue: number | null
  ref: number | null
  erf: number | null
  wue: number | null
  serverUtilisation: number | null
}

/**
 * End-destination and service figures a supplier reports for a period (EU GPP CPC2; L.1081). A
 * clause's report gives the figures that clause measures; absent or null means not reported, never zero.
 */
export interface PerformanceFigures {
  unitsCollected?: number | null
  unitsReused?: number | null
  unitsRecycled?: number | null
  unitsSanitised?: number | null
  sanitisationCertificates?: number | null
  repairs?: number | null
  sparePartsDelivered?: number | null
  unitsReachedEndOfUse?: number | null
  massCollectedKg?: number | null
  massToCertifiedRecyclersKg?: number | null
  recoveredMetalsG?: RecoveredMetals | null
  dataCentre?: DataCentreMetrics | null
}

export interface ClauseAssessment {
  met: boolean
  requirements: { requirementId: string; met: boolean; problems: ResponseProblem[] }[]
  figureProblems: { path: string; message: string }[]
}

const given = (value: number | null | undefined): value is number => value !== undefined && value !== null

/**
 * Figures that cannot all be true at once, checked where the report gives both sides: more units
 * reused and recycled than collected, more sanitised than collected, more certificates than
 * sanitised units, more mass sent to recyclers than collected. A mass sent to recyclers needs the mass collected beside it: alone it can be
 * neither checked nor turned into a recycling rate.
 */
export function figureProblems(figures: PerformanceFigures): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = []
  const { unitsCollected, unitsReused, unitsRecycled, unitsSanitised, sanitisationCertificates } = figures
  if (given(unitsCollected) && (unitsReused ?? 0) + (unitsRecycled ?? 0) > unitsCollected) {
    problems.push({ path: '/figures/unitsReused', message: 'units reused plus units recycled cannot exceed units collected' })
  }
  if (given(unitsCollected) && given(unitsSanitised) && unitsSanitised > unitsCollected) problems.push({ path: '/figures/unitsSanitised', message: 'cannot exceed units collected' })
  if (given(unitsSanitised) && given(sanitisationCertificates) && sanitisationCertificates > unitsSanitised) {
    problems.push({ path: '/figures/sanitisationCertificates', message: 'cannot exceed units sanitised' })
  }
  // More units collected than reached end of use in the period is legitimate: older stock is
  // collected too, and the take-back KPI shows it as a rate above 100 %.
  if (given(figures.massToCertifiedRecyclersKg)) {
    if (!given(figures.massCollectedKg)) {
      problems.push({ path: '/figures/massCollectedKg', message: 'is required when massToCertifiedRecyclersKg is given' })
    } else if (figures.massToCertifiedRecyclersKg > figures.massCollectedKg) {
      problems.push({ path: '/figures/massToCertifiedRecyclersKg', message: 'cannot exceed mass collected' })
    }
  }
  return problems
}

/** A clause is met for a period when every one of its requirements is met by the report's answers. */
export function assessClauseReport(requirements: readonly Requirement[], responses: readonly RequirementResponse[], figures: PerformanceFigures): ClauseAssessment {
  const byId = indexResponses(responses)
  const outcomes = requirements.map((requirement) => {
    const problems = checkRequirement(requirement, byId)
    return { requirementId: requirement.id, met: problems.length === 0, problems }
  })
  return { met: outcomes.every((o) => o.met), requirements: outcomes, figureProblems: figureProblems(figures) }
}
