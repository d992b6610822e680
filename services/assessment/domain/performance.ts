import { checkRequirement, indexResponses } from './requirement-response-check.ts'
import type { Requirement, RequirementResponse, ResponseProblem } from './types.ts'

/** End-destination and service figures a supplier reports for a period (EU GPP CPC2; L.1081). */
export interface PerformanceFigures {
  unitsCollected: number
  unitsReused: number
  unitsRecycled: number
  unitsSanitised: number
  sanitisationCertificates: number
  repairs: number
  sparePartsDelivered: number
}

export interface ClauseAssessment {
  met: boolean
  requirements: { requirementId: string; met: boolean; problems: ResponseProblem[] }[]
  figureProblems: { path: string; message: string }[]
}

/**
 * Figures that cannot all be true at once: more units reused and recycled than collected, more
 * sanitised than collected, more certificates than sanitised units.
 */
export function figureProblems(figures: PerformanceFigures): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = []
  if (figures.unitsReused + figures.unitsRecycled > figures.unitsCollected) {
    problems.push({ path: '/figures/unitsReused', message: 'units reused plus units recycled cannot exceed units collected' })
  }
  if (figures.unitsSanitised > figures.unitsCollected) problems.push({ path: '/figures/unitsSanitised', message: 'cannot exceed units collected' })
  if (figures.sanitisationCertificates > figures.unitsSanitised) {
    problems.push({ path: '/figures/sanitisationCertificates', message: 'cannot exceed units sanitised' })
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
