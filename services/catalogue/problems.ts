import { defineProblems } from '../kernel/problem.ts'

/** The catalogue's own problem codes; the kernel's (validation, auth, limits, outages) are in kernel/problems.ts. */
export const catalogueProblems = defineProblems({
  INVALID_CRITERION: { status: 422, description: 'The criterion content breaks a catalogue rule (unknown code-list value, requirement or scoring rule inconsistent); `errors` names each field.' },
  INVALID_CRITERIA_SET: { status: 422, description: 'The criteria-set content breaks a catalogue rule (unknown criterion, duplicate entry, points that do not add up); `errors` names each field.' },
  CRITERIA_NOT_PUBLISHED: { status: 422, description: 'A criteria set can only be published once every criterion version it pins is published.' },
  CRITERION_EXISTS: { status: 409, description: 'A criterion with this source and code already exists; start a new version of it instead.' },
  CRITERIA_SET_EXISTS: { status: 409, description: 'A criteria set with this id already exists; start a new version of it instead.' },
  DRAFT_EXISTS: { status: 409, description: 'The criterion or set already has a draft version; edit that one.' },
  VERSION_DRAFT: { status: 409, description: 'The version is still a draft: publish it before deprecating it.' },
  VERSION_PUBLISHED: { status: 409, description: 'The version is published and never changes: start a new version instead.' },
  VERSION_DEPRECATED: { status: 409, description: 'The version is deprecated and never changes: start a new version instead.' },
  CRITERION_NOT_FOUND: { status: 404, description: 'No criterion with this id, or it has no such version.' },
  CRITERIA_SET_NOT_FOUND: { status: 404, description: 'No criteria set with this id or version, or none published for this product category and ambition level.' },
  PRODUCT_CATEGORY_NOT_FOUND: { status: 404, description: 'No product category with this code.' },
})
