import type { OcdsCriterion } from './input.ts'
import type { ProcurementCategory, ReleaseTag, SustainabilityStrategy, TenderStatus } from './release-types.ts'

// Assessment status → OCDS tenderStatus and the releaseTag codes that say which sections the
// release fills. An awarded tender's release also carries its contracts once they are signed.
const STATUSES = new Map<string, { tender: TenderStatus; tag: ReleaseTag[] }>([
  ['draft', { tender: 'planning', tag: ['planning'] }],
  ['open', { tender: 'active', tag: ['tender'] }],
  ['evaluation', { tender: 'active', tag: ['tender'] }],
  ['awarded', { tender: 'complete', tag: ['award'] }],
  ['closed', { tender: 'complete', tag: ['contract'] }],
])

export function statusCodes(status: string, hasContracts: boolean): { tender: TenderStatus; tag: ReleaseTag[] } {
  const codes = STATUSES.get(status)
  // The assessment statuses are a closed list; a new one needs a deliberate mapping, not a guess.
  if (!codes) throw new RangeError(`No OCDS mapping for procurement status '${status}'`)
  // A fresh list every time: the caller owns the release and may change it.
  const tag: ReleaseTag[] = status === 'awarded' && hasContracts ? ['award', 'contract'] : [...codes.tag]
  return { tender: codes.tender, tag }
}

export const CRITERION_TYPE_STRATEGY: Record<OcdsCriterion['type'], SustainabilityStrategy> = {
  selectionCriterion: 'selectionCriteria',
  technicalSpecification: 'technicalSpecifications',
  awardCriterion: 'awardCriteria',
  contractPerformanceClause: 'contractPerformanceConditions',
}

// Cloud and software are bought as services; every other catalogue category is equipment.
const SERVICE_CATEGORIES = new Set(['cloud-services', 'software-e-services'])

export function procurementCategory(productCategory: string): ProcurementCategory {
  return SERVICE_CATEGORIES.has(productCategory) ? 'services' : 'goods'
}

export { ocdsSustainabilityGoals as SUSTAINABILITY_GOALS } from '../../../kernel/ocds-code-lists.ts'
