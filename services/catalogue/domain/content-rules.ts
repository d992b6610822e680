import type { FieldError } from '../../kernel/problem.ts'
import type { CriteriaSetContent } from '../schemas/criteria-set.ts'
import type { CriterionContent, Requirement } from '../schemas/criterion.ts'
import { invalidLanguageKeys } from './localization.ts'

export interface KnownCodes {
  productCategories: ReadonlySet<string>
  evidenceTypes: ReadonlySet<string>
}

function languageProblems(path: string, text: Record<string, string>): FieldError[] {
  return invalidLanguageKeys(text).map((key) => ({ path: `${path}/${key}`, message: 'is not a BCP 47 language tag' }))
}

function requirementProblems(path: string, requirement: Requirement, levels: readonly string[]): FieldError[] {
  const problems = languageProblems(`${path}/title`, requirement.title)
  const numeric = requirement.dataType === 'number' || requirement.dataType === 'integer'
  if (requirement.dataType === 'boolean' && requirement.expectedValue === null) {
    problems.push({ path: `${path}/expectedValue`, message: 'is required for a boolean requirement' })
  }
  if (requirement.dataType !== 'boolean' && requirement.expectedValue !== null) {
    problems.push({ path: `${path}/expectedValue`, message: 'is only for boolean requirements' })
  }
  if (requirement.dataType === 'enum' && requirement.allowedValues === null) {
    problems.push({ path: `${path}/allowedValues`, message: 'is required for an enum requirement' })
  }
  if (requirement.dataType !== 'enum' && requirement.allowedValues !== null) {
    problems.push({ path: `${path}/allowedValues`, message: 'is only for enum requirements' })
  }
  if (!numeric && (requirement.minValue !== null || requirement.maxValue !== null || requirement.unit !== null)) {
    problems.push({ path: `${path}/dataType`, message: 'minValue, maxValue and unit need a number or integer requirement' })
  }
  if (requirement.minValue !== null && requirement.maxValue !== null && requirement.minValue > requirement.maxValue) {
    problems.push({ path: `${path}/minValue`, message: 'must not exceed maxValue' })
  }
  if (requirement.buyerParameter && requirement.buyerParameter.bound !== 'value') {
    const fixed = requirement.buyerParameter.bound === 'min' ? requirement.minValue : requirement.maxValue
    if (fixed !== null) {
      problems.push({ path: `${path}/buyerParameter`, message: `a buyer-set ${requirement.buyerParameter.bound} cannot also be fixed by the catalogue` })
    }
  }
  requirement.ambitionLevels.forEach((level, i) => {
    if (!levels.includes(level)) problems.push({ path: `${path}/ambitionLevels/${i}`, message: 'is not one of the criterion’s ambition levels' })
  })
  return problems
}

/**
 * Rules a JSON schema cannot express: cross-field consistency, references to reference data,
 * and award criteria having exactly the scoring they need. Every problem is returned at once.
 */
export function criterionContentProblems(content: CriterionContent, known: KnownCodes): FieldError[] {
  const problems: FieldError[] = [
    ...languageProblems('body/content/title', content.title),
    ...languageProblems('body/content/description', content.description),
    ...languageProblems('body/content/verification', content.verification),
  ]
  content.productCategories.forEach((code, i) => {
    if (!known.productCategories.has(code)) problems.push({ path: `body/content/productCategories/${i}`, message: `unknown product category ${code}` })
  })
  content.acceptedEvidence.forEach((code, i) => {
    if (!known.evidenceTypes.has(code)) problems.push({ path: `body/content/acceptedEvidence/${i}`, message: `unknown evidence type ${code}` })
  })
  const ids = new Set<string>()
  content.requirements.forEach((requirement, i) => {
    const path = `body/content/requirements/${i}`
    if (ids.has(requirement.id)) problems.push({ path: `${path}/id`, message: `duplicate requirement id ${requirement.id}` })
    ids.add(requirement.id)
    problems.push(...requirementProblems(path, requirement, content.ambitionLevels))
  })
  if (content.type === 'awardCriterion' && content.scoring === null) {
    problems.push({ path: 'body/content/scoring', message: 'is required for an award criterion' })
  }
  if (content.type !== 'awardCriterion' && content.scoring !== null) {
    problems.push({ path: 'body/content/scoring', message: 'is only for award criteria' })
  }
  if (content.scoring) problems.push(...scoringProblems(content.scoring, content.requirements))
  if (content.validFrom && content.validTo && content.validFrom > content.validTo) {
    problems.push({ path: 'body/content/validTo', message: 'must not be before validFrom' })
  }
  return problems
}

function scoringProblems(scoring: NonNullable<CriterionContent['scoring']>, requirements: Requirement[]): FieldError[] {
  const problems: FieldError[] = []
  const target = requirements.find((r) => r.id === scoring.requirementId)
  if (!target) return [{ path: 'body/content/scoring/requirementId', message: `no requirement ${scoring.requirementId}` }]
  const needs: Record<typeof scoring.method, [keyof typeof scoring | null, string[]]> = {
    boolean: [null, ['boolean']],
    proportional: ['direction', ['number', 'integer']],
    banded: ['bands', ['number', 'integer']],
    labelTier: ['tiers', ['enum', 'string']],
  }
  const [field, dataTypes] = needs[scoring.method]
  if (field && scoring[field] === null) problems.push({ path: `body/content/scoring/${field}`, message: `is required for ${scoring.method} scoring` })
  if (!dataTypes.includes(target.dataType)) {
    problems.push({ path: 'body/content/scoring/method', message: `${scoring.method} scoring needs a ${dataTypes.join(' or ')} requirement` })
  }
  return problems
}

export function criteriaSetContentProblems(content: CriteriaSetContent, known: KnownCodes): FieldError[] {
  const problems: FieldError[] = [
    ...languageProblems('body/content/title', content.title),
    ...languageProblems('body/content/description', content.description),
  ]
  if (!known.productCategories.has(content.productCategory)) {
    problems.push({ path: 'body/content/productCategory', message: `unknown product category ${content.productCategory}` })
  }
  const seen = new Set<string>()
  content.items.forEach((item, i) => {
    if (seen.has(item.criterionId)) problems.push({ path: `body/content/items/${i}/criterionId`, message: `criterion ${item.criterionId} is listed twice` })
    seen.add(item.criterionId)
  })
  return problems
}
