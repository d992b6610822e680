import { checkRequirement, type ResponsesById } from './requirement-response-check.ts'
import type { RequirementOutcome, TechnicalSpecification, TechnicalSpecificationsResult } from './types.ts'

/** Pass/fail per requirement; one unmet requirement of a mandatory specification makes the whole bid non-compliant. */
export function checkTechnicalSpecifications(
  specifications: readonly TechnicalSpecification[],
  responsesById: ResponsesById,
): TechnicalSpecificationsResult {
  const requirements = specifications.flatMap((specification) =>
    specification.requirements.map((requirement): RequirementOutcome => {
      const problems = checkRequirement(requirement, responsesById)
      return {
        specificationId: specification.id,
        requirementId: requirement.id,
        mandatory: specification.mandatory,
        met: problems.length === 0,
        problems,
      }
    }),
  )
  return { compliant: requirements.every((outcome) => outcome.met || !outcome.mandatory), requirements }
}
