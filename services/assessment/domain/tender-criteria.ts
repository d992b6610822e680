import type { FieldError } from '../../kernel/problem.ts'
import type { CatalogueCriteriaSet, CatalogueCriterion, CatalogueRequirement } from '../catalogue-client/catalogue-types.ts'
import { evidenceRequired } from './evidence-requirement.ts'
import { scaleOf } from './ordered-scales.ts'
import { legalBaseline, type LegalBaseline } from './regulatory-baseline.ts'
import type { AwardCriterion, Band, CriteriaSnapshot, LabelTier, Requirement, ScoringRule } from './types.ts'

export type ParameterValue = number | string | string[]

/** The buyer's choice of one criterion of the pinned set, with the values the catalogue leaves to the buyer. */
export interface CriterionChoice {
  criterionId: string
  /** Award criteria: points (OCDS pointsExact); they add up to the quality weight. */
  maxPoints?: number | null
  /**
   * Buyer-set thresholds, by requirement id: a number, a value on an ordered scale (IP65, A2, C, Gold), or
   * for a count of listed items (tests, for example) the list itself.
   */
  parameters?: Record<string, ParameterValue>
  /** Award criteria scored in bands the catalogue leaves open. */
  bands?: Band[] | null
  /**
   * A level that earns no points. The catalogue's legal minimum for the tender's product category applies
   * when this is absent or null; a buyer may only set a stricter one.
   */
  regulatoryBaseline?: number | null
  /** Overrides the rule that derives from the accepted evidence types whether the answers need verified evidence. */
  evidenceRequired?: boolean | null
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
export type TenderRequirement = Requirement & { buyerValue: ParameterValue | null }

/**
 * Applies a buyer-set parameter. A numeric bound becomes the threshold. On an enum whose values the
 * catalogue lists best first (energy classes A…G), a minimum keeps that value and the better ones.
 * A minimum or maximum on a text requirement must be a value of an ordered scale (IP65, A2): answers
 * are then compared by that scale's order, so free text can never pass it. Otherwise, on a boolean or
 * text requirement the parameter says what the bidder must confirm or state (a standard, a method);
 * it is kept with the requirement for people to read, and the answer is checked as its type says.
 */
function requirementFor(requirement: CatalogueRequirement, given: ParameterValue | undefined, path: string, problems: FieldError[]): TenderRequirement {
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
  if (Array.isArray(given)) return listedItemsRequirement(requirement, withValue, given, path, problems) ?? base
  switch (requirement.dataType) {
    case 'number':
    case 'integer': {
      if (typeof given !== 'number') {
        problems.push({ path, message: requirement.unit === 'count' ? 'must be a number or the list of items that count' : 'must be a number' })
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
    case 'string': {
      if (parameter.bound === 'value') return withValue
      const onScale = scaleOf(String(given))
      if (onScale === null) {
        problems.push({
          path,
          message:
            'must be a value on an ordered scale (an IP code such as IP65, an ASHRAE class such as A2, an EU label class A–G, ' +
            'an EPEAT tier, a TCO Certified generation), so that answers can be compared with it',
        })
        return base
      }
      const level = parameter.bound === 'min' ? { minLevel: onScale.value } : { maxLevel: onScale.value }
      return { ...withValue, scale: onScale.scale.id, ...level }
    }
    default:
      return withValue
  }
}

/**
 * A count of the buyer's listed items (AC2: durability tests passed) may be set as the list itself; the
 * bid then names the items it passes and earns points × passed ÷ listed.
 */
function listedItemsRequirement(
  requirement: CatalogueRequirement,
  withValue: TenderRequirement,
  items: string[],
  path: string,
  problems: FieldError[],
): TenderRequirement | null {
  if (requirement.dataType !== 'integer' || requirement.unit !== 'count') {
    problems.push({ path, message: 'a list is accepted only for a count of listed items' })
    return null
  }
  const names = items.map((item) => item.trim())
  if (names.length === 0 || names.some((name) => name === '')) {
    problems.push({ path, message: 'must list at least one item, each with a name' })
    return null
  }
  const twice = names.find((name, index) => names.indexOf(name) !== index)
  if (twice !== undefined) {
    problems.push({ path, message: `lists '${twice}' twice` })
    return null
  }
  return { ...withValue, dataType: 'itemList', unit: null, minValue: null, maxValue: null, listedItems: names }
}

function scoringFor(
  criterion: CatalogueCriterion,
  choice: CriterionChoice,
  scored: TenderRequirement | undefined,
  productCategory: string,
  path: string,
  problems: FieldError[],
): ScoringRule | null {
  const scoring = criterion.content.scoring
  if (!scoring) {
    problems.push({ path, message: `${criterion.id} has no scoring rule in the catalogue` })
    return null
  }
  const direction = scoring.direction ?? 'higherIsBetter'
  const catalogueScored = criterion.content.requirements.find((r) => r.id === scoring.requirementId)
  const legal = catalogueScored === undefined ? null : legalBaseline(catalogueScored.presets, productCategory, direction)
  const baseline = baselineFor(legal, choice.regulatoryBaseline ?? null, direction, `${path}/regulatoryBaseline`, problems)
  if (scored?.listedItems != null && scoring.method !== 'proportional') {
    problems.push({ path: `${path}/parameters/${scored.id}`, message: `a list of items is scored only proportionally; ${criterion.id} is ${scoring.method}` })
    return null
  }
  switch (scoring.method) {
    case 'boolean':
      return { method: 'boolean' }
    case 'proportional':
      return scored?.listedItems != null
        ? { method: 'proportional', direction: 'higherIsBetter', regulatoryBaseline: null, listedItems: scored.listedItems }
        : { method: 'proportional', direction, regulatoryBaseline: baseline }
    case 'labelTier':
      return labelTierRule(scoring.tiers ?? [])
    case 'banded': {
      const bands = choice.bands ?? scoring.bands
      if (!bands) {
        problems.push({ path: `${path}/bands`, message: `${criterion.id} is scored in bands the buyer sets: ${scoring.bandsSource ?? 'give them here'}` })
        return null
      }
      return { method: 'banded', bands, direction, regulatoryBaseline: baseline }
    }
  }
}

/** Tiers written on one ordered scale (Bronze, Silver, Gold) are reached by order, so Gold also earns a Silver tier's share. */
function labelTierRule(tiers: LabelTier[]): ScoringRule {
  const parsed = tiers.map((tier) => scaleOf(tier.value))
  const scale = parsed[0]?.scale ?? null
  if (scale === null || parsed.some((entry) => entry?.scale !== scale)) return { method: 'labelTier', tiers }
  return { method: 'labelTier', tiers: tiers.map((tier, index) => ({ ...tier, value: parsed[index]!.value })), scale: scale.id }
}

/** The buyer's baseline, or the legal one; one that asks less than the law is refused, naming the field. */
function baselineFor(
  legal: LegalBaseline | null,
  given: number | null,
  direction: 'higherIsBetter' | 'lowerIsBetter',
  path: string,
  problems: FieldError[],
): number | null {
  if (legal === null) return given
  if (given === null) return legal.value
  const weaker = direction === 'higherIsBetter' ? given < legal.value : given > legal.value
  if (weaker) {
    problems.push({ path, message: `must not be weaker than the legal minimum ${legal.value} (${legal.label}); a stricter baseline is allowed` })
  }
  return given
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
    const needsEvidence = evidenceRequired(criterion, choice.evidenceRequired)
    if (choice.evidenceRequired != null && needsEvidence !== choice.evidenceRequired) {
      problems.push({ path: `${path}/evidenceRequired`, message: `cannot be changed for a ${criterion.content.type}` })
    }

    switch (criterion.content.type) {
      case 'technicalSpecification':
        snapshot.technicalSpecifications.push({ id: criterion.id, mandatory: true, requirements, evidenceRequired: needsEvidence })
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
        const scored = requirements.find((r) => r.id === criterion.content.scoring?.requirementId)
        const scoring = scoringFor(criterion, choice, scored, set.content.productCategory, path, problems)
        if (!scoring || !criterion.content.scoring) break
        const award: AwardCriterion = {
          id: criterion.id,
          maxPoints: choice.maxPoints,
          requirements,
          scoredRequirementId: criterion.content.scoring.requirementId,
          scoring,
          evidenceRequired: needsEvidence,
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
