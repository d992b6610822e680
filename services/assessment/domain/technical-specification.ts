import { verdictFor } from './evidence-verdicts.ts'
import { checkRequirement, type ResponsesById } from './requirement-response-check.ts'
import type {
  EvidenceVerdict,
  RequirementOutcome,
  SpecificationEvidence,
  TechnicalSpecification,
  TechnicalSpecificationsResult,
} from './types.ts'

/**
 * Pass/fail per requirement; one unmet requirement of a mandatory specification makes the whole bid
 * non-compliant, and so does rejected or expired evidence for a mandatory specification that needs it.
 */
export function checkTechnicalSpecifications(
  specifications: readonly TechnicalSpecification[],
  responsesById: ResponsesById,
  verdicts: ReadonlyMap<string, EvidenceVerdict> = new Map(),
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
  const evidence = specifications
    .filter((specification) => specification.evidenceRequired === true)
    .map((specification): SpecificationEvidence => ({
      specificationId: specification.id,
      mandatory: specification.mandatory,
      evidence: verdictFor(verdicts, specification.id, 'pending'),
    }))
  const compliant =
    requirements.every((outcome) => outcome.met || !outcome.mandatory) &&
    evidence.every((entry) => entry.evidence.outcome !== 'fail' || !entry.mandatory)
  return { compliant, requirements, evidence }
}
