import type { OcdsCriterion, OcdsRequirement } from './input.ts'
import { optionalField } from './optional-field.ts'
import type { Requirement, RequirementCriterion, RequirementDataType, SelectionCriterion } from './release-types.ts'

// OCDS has no date type (only date-time) and no enumeration: a date is a string of that
// pattern, and an enumeration's allowed values are named in the description.
const DATA_TYPES: Record<OcdsRequirement['dataType'], RequirementDataType> = {
  boolean: 'boolean',
  number: 'number',
  integer: 'integer',
  string: 'string',
  enum: 'string',
  date: 'string',
}
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$'

/**
 * tender.criteria: every criterion of the tender, with one requirement group holding its
 * requirements. Selection criteria concern the tenderer; specifications, award criteria and the
 * contract performance clauses a bid commits to concern the offer.
 */
export function requirementCriteriaOf(criteria: readonly OcdsCriterion[]): RequirementCriterion[] {
  return criteria.map((c) => ({
    id: c.id,
    ...optionalField('title', c.title),
    ...optionalField('description', c.description),
    relatesToTenderer: c.type === 'selectionCriterion',
    // A bid meets the criterion by meeting every requirement: one group, since CCCEV groups are alternatives.
    ...optionalField('requirementGroups', c.requirements.length === 0 ? null : [{ id: c.id, requirements: c.requirements.map(requirementOf) }]),
  }))
}

export function requirementOf(requirement: OcdsRequirement): Requirement {
  const { buyerValue } = requirement
  const expected = requirement.expectedValue ?? (typeof buyerValue === 'string' ? buyerValue : null)
  return {
    id: requirement.id,
    ...optionalField('title', requirement.title),
    ...optionalField('description', requirementNote(requirement)),
    dataType: DATA_TYPES[requirement.dataType],
    ...optionalField('pattern', requirement.dataType === 'date' ? DATE_PATTERN : null),
    ...optionalField('expectedValue', expected),
    ...optionalField('minValue', requirement.minValue),
    ...optionalField('maxValue', requirement.maxValue),
  }
}

// The schema's Requirement has no unit and no list of allowed values, so both are said in words.
function requirementNote(requirement: OcdsRequirement): string | null {
  const notes = [
    ...(requirement.unit ? [`Unit: ${requirement.unit}.`] : []),
    ...(requirement.allowedValues && requirement.allowedValues.length > 0 ? [`One of: ${requirement.allowedValues.join(', ')}.`] : []),
  ]
  return notes.length === 0 ? null : notes.join(' ')
}

/** The tender's selection criteria: circularity capabilities of the tenderer, a technical or professional ability. */
export function selectionCriteriaOf(criteria: readonly OcdsCriterion[]): SelectionCriterion[] {
  return criteria
    .filter((c) => c.type === 'selectionCriterion')
    .map((c) => ({ type: 'technical', description: [c.title ?? c.id, c.description].filter(Boolean).join(': '), appliesTo: ['supplier'], catalogueId: c.id }))
}
