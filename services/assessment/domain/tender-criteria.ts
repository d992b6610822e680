import type { FieldError } from '../../kernel/problem.ts'
import type { CatalogueCriteriaSet, CatalogueCriterion, CatalogueRequirement } from '../catalogue-client/catalogue-types.ts'
import type { AwardCriterion, Band, CriteriaSnapshot, Requirement, ScoringRule } from './types.ts'

/** The buyer's choice of one criterion of the pinned set, with the values the catalogue leaves to the buyer. */
export interface CriterionChoice {
  criterionId: string
  /** Award criteria: points (OCDS pointsExact); they add up to the quality weight. */
  maxPoints?: number | null
  /** Buyer-set thresholds, by requirement id. */
  parameters?: Record<string, number | string>
  /** Award criteria scored in bands the catalogue leaves open. */
  bands?: Band[] | null
  /** A legal minimum that earns no points, e.g. EU 2023/1670's 800 cycles for smartphones. */
  regulatoryBaseline?: number | null
}

export interface PerformanceClauseDefinition {
  criterionId: string
  title: string
  requirements: TenderRequirement[]
}

export interface TenderCriteria {
  criteria: CriteriaSnapshot
  performanceClauses: PerformanceClauseDefinition[]
  /** Evidence types each criterion accepts, from the catalogue. */
  acceptedEvidence: Record<string, string[]>
}

/** A requirement as the tender applies it, with the buyer's parameter as given, for the tender text and the record. */
export type TenderRequirement = Requirement & { buyerValue: number | string | null }

/**
 * Applies a buyer-set parameter. A numeric bound becomes the threshold. On an enum whose values the
 * catalogue lists best first (energy classes A…G), a minimum keeps that value and the better ones.
 * On a boolean or free-text requirement the parameter says what the bidder must confirm or state
 * (a standard, a class name); it is kept with the requirement for people to read, and the answer
 * is checked as the requirement's type says.
 */
function requirementFor(requirement: CatalogueRequirement, given: number | string | undefined, path: string, problems: FieldError[]): TenderRequirement {
  const base: TenderRequirement = {
    id: requirement.id,
    dataType: requirement.dataType,
    unit: requirement.unit,
    minValue: requirement.minValue,
    maxValue: requirement.maxValue,
    allowedValues: requirement.allowedValues,
    expectedValue: requirement.expectedValue,
    buyerValue: null,
  }
  const parameter = requirement.buyerParameter
  if (!parameter) return base
  if (given === undefined) {
    problems.push({ path, message: `is required: ${parameter.description.en}` })
    return base
  }
  const withValue = { ...base, buyerValue: given }
  switch (requirement.dataType) {
    case 'number':
    case 'integer': {
      if (typeof given !== 'number') {
        problems.push({ path, message: 'must be a number' })
        return base
      }
      if (parameter.bound === 'min') return { ...withValue, minValue: given }
      if (parameter.bound === 'max') return { ...withValue, maxValue: given }
      return { ...withValue, minValue: given, maxValue: given }
    }
    case 'enum': {
      const values = requirement.allowedValues ?? []
      const index = values.indexOf(String(given))
      if (index < 0) {
        problems.push({ path, message: `must be one of ${values.join(', ')}` })
        return base
      }
      if (parameter.bound === 'min') return { ...withValue, allowedValues: values.slice(0, index + 1) }
      if (parameter.bound === 'max') return { ...withValue, allowedValues: values.slice(index) }
      return { ...withValue, allowedValues: [values[index]!] }
    }
    default:
      return withValue
  }
}

function scoringFor(criterion: CatalogueCriterion, choice: CriterionChoice, path: string, problems: FieldError[]): ScoringRule | null {
  const scoring = criterion.content.scoring
  if (!scoring) {
    problems.push({ path, message: `${criterion.id} has no scoring rule in the catalogue` })
    return null
  }
  const baseline = choice.regulatoryBaseline ?? null
  switch (scoring.method) {
    case 'boolean':
      return { method: 'boolean' }
    case 'proportional':
      return { method: 'proportional', direction: scoring.direction ?? 'higherIsBetter', regulatoryBaseline: baseline }
    case 'labelTier':
      return { method: 'labelTier', tiers: scoring.tiers ?? [] }
    case 'banded': {
      const bands = choice.bands ?? scoring.bands
      if (!bands) {
        problems.push({ path: `${path}/bands`, message: `${criterion.id} is scored in bands the buyer sets: ${scoring.bandsSource ?? 'give them here'}` })
        return null
      }
      return { method: 'banded', bands, direction: scoring.direction ?? 'higherIsBetter', regulatoryBaseline: baseline }
    }
  }
}

/**
 * Turns the pinned catalogue set and the buyer's choices into what evaluation runs on: only the
 * requirements of the set's ambition level, the buyer's thresholds filled in, award points fixed.
 * Every problem is reported at once, each naming its field in the request.
 */
export function buildTenderCriteria(
  set: CatalogueCriteriaSet,
  choices: CriterionChoice[],
  qualityWeight: number,
): { ok: true; value: TenderCriteria } | { ok: false; problems: FieldError[] } {
  const problems: FieldError[] = []
  const byId = new Map(set.criteria.map((c) => [c.id, c]))
  const level = set.content.ambitionLevel
  const snapshot: CriteriaSnapshot = { technicalSpecifications: [], selectionCriteria: [], awardCriteria: [] }
  const performanceClauses: PerformanceClauseDefinition[] = []
  const acceptedEvidence: Record<string, string[]> = {}
  const seenCriteria = new Set<string>()
  const seenRequirements = new Set<string>()

  choices.forEach((choice, i) => {
    const path = `body/criteria/${i}`
    const criterion = byId.get(choice.criterionId)
    if (!criterion) {
      problems.push({ path: `${path}/criterionId`, message: `${choice.criterionId} is not in criteria set ${set.id} version ${set.version}` })
      return
    }
    if (seenCriteria.has(criterion.id)) {
      problems.push({ path: `${path}/criterionId`, message: `${criterion.id} is chosen twice` })
      return
    }
    seenCriteria.add(criterion.id)
    const applicable = criterion.content.requirements.filter((r) => r.ambitionLevels.includes(level))
    const parameterIds = new Set(applicable.filter((r) => r.buyerParameter).map((r) => r.id))
    for (const key of Object.keys(choice.parameters ?? {})) {
      if (!parameterIds.has(key)) problems.push({ path: `${path}/parameters/${key}`, message: `is not a buyer-set parameter of ${criterion.id} at the ${level} level` })
    }
    const requirements = applicable.map((r) => requirementFor(r, choice.parameters?.[r.id], `${path}/parameters/${r.id}`, problems))
    for (const requirement of requirements) {
      if (seenRequirements.has(requirement.id)) problems.push({ path: `${path}/criterionId`, message: `requirement id ${requirement.id} also appears in another chosen criterion` })
      seenRequirements.add(requirement.id)
    }
    acceptedEvidence[criterion.id] = criterion.content.acceptedEvidence
    const isAward = criterion.content.type === 'awardCriterion'
    if (!isAward && choice.maxPoints != null) problems.push({ path: `${path}/maxPoints`, message: 'is only for award criteria' })

    switch (criterion.content.type) {
      case 'technicalSpecification':
        snapshot.technicalSpecifications.push({ id: criterion.id, mandatory: true, requirements })
        break
      case 'selectionCriterion':
        snapshot.selectionCriteria.push({ id: criterion.id, requirements })
        break
      case 'contractPerformanceClause':
        performanceClauses.push({ criterionId: criterion.id, title: criterion.content.title.en, requirements })
        break
      case 'awardCriterion': {
        if (choice.maxPoints == null || choice.maxPoints <= 0) {
          problems.push({ path: `${path}/maxPoints`, message: 'is required for an award criterion and must be positive' })
          break
        }
        const scoring = scoringFor(criterion, choice, path, problems)
        if (!scoring || !criterion.content.scoring) break
        const award: AwardCriterion = {
          id: criterion.id,
          maxPoints: choice.maxPoints,
          requirements,
          scoredRequirementId: criterion.content.scoring.requirementId,
          scoring,
        }
        snapshot.awardCriteria.push(award)
        break
      }
    }
  })

  const points = snapshot.awardCriteria.reduce((sum, c) => sum + c.maxPoints, 0)
  if (problems.length === 0 && Math.abs(points - qualityWeight) > 1e-9) {
    problems.push({ path: 'body/weighting/qualityWeight', message: `must equal the award criteria's points (${points})` })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { criteria: snapshot, performanceClauses, acceptedEvidence } }
}

/** Every requirement a bid answers: specifications, selection and award criteria (not contract clauses). */
export function bidRequirements(criteria: CriteriaSnapshot): Requirement[] {
  return [...criteria.technicalSpecifications, ...criteria.selectionCriteria, ...criteria.awardCriteria].flatMap((c) => c.requirements)
}
