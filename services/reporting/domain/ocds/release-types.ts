// The OCDS 1.1 shapes this export writes: the core schema plus the lots, submission terms,
// sustainability, award criteria, selection criteria, requirements and bids extensions. Only the
// fields we fill are typed; optional ones are left out of the JSON when unknown (never null or []).

import type { SUSTAINABILITY_STRATEGIES } from '../procedure-classification.ts'

export type ReleaseTag = 'planning' | 'tender' | 'award' | 'contract'
export type TenderStatus = 'planning' | 'active' | 'complete'
export type ProcurementCategory = 'goods' | 'services'
export type TenderAwardCriteria = 'priceOnly' | 'qualityOnly' | 'ratedCriteria'
export type PartyRole = 'buyer' | 'supplier' | 'tenderer'
export type SustainabilityStrategy = (typeof SUSTAINABILITY_STRATEGIES)[number]
export type MilestoneStatus = 'scheduled' | 'met' | 'notMet'

export interface Value {
  amount: number
  currency: string
}

export interface Period {
  startDate?: string
  endDate?: string
}

export interface OrganizationReference {
  id: string
  name?: string
}

export interface Organization extends OrganizationReference {
  roles: PartyRole[]
}

export interface Item {
  id: string
  description?: string
  classification?: { scheme: 'CPV'; id: string }
  quantity?: number
  unit?: { name: string; value: Value }
}

export interface Sustainability {
  goal: string
  strategies: SustainabilityStrategy[]
}

export interface AwardCriterion {
  type: 'price' | 'quality'
  name: string
  /** Not an OCDS field: the catalogue key, so the criterion can be joined back to the catalogue. */
  catalogueId?: string
  numbers?: { number: number; weight: 'pointsExact' }[]
}

export interface SelectionCriterion {
  /** Not an OCDS field: the catalogue key (SelectionCriterion has no id of its own). */
  catalogueId: string
}

export interface Lot {
  id: string
  title: string
  hasSustainability: boolean
  sustainability?: Sustainability[]
  awardCriteria?: { criteria: AwardCriterion[] }
}

/** A requirements-extension (CCCEV) criterion. */
export interface RequirementCriterion {
  id: string
  relatesToTenderer: boolean
}

export interface Tender {
  id: string
  title: string
  status: TenderStatus
  mainProcurementCategory: ProcurementCategory
  items?: Item[]
  awardCriteria?: TenderAwardCriteria
  hasSustainability: boolean
  sustainability?: Sustainability[]
  lots?: Lot[]
  criteria?: RequirementCriterion[]
  selectionCriteria?: { criteria: SelectionCriterion[] }
}

export interface RequirementResponse {
  id: string
  value?: boolean | number | string
  requirement: { id: string }
}

export interface Bid {
  id: string
  status: 'valid'
  tenderers: OrganizationReference[]
  relatedLots: string[]
  requirementResponses?: RequirementResponse[]
}

export interface Award {
  id: string
  status: 'active'
  date: string
  value: Value
  suppliers: OrganizationReference[]
  items?: Item[]
  relatedLots: string[]
  relatedBids: string[]
}

export interface Milestone {
  id: string
  title: string
  description?: string
  type: 'reporting'
  code: string
  status: MilestoneStatus
}

export interface Contract {
  id: string
  awardID: string
  status: 'active'
  period: Period
  dateSigned: string
  milestones?: Milestone[]
}

export interface Release {
  ocid: string
  id: string
  date: string
  tag: ReleaseTag[]
  initiationType: 'tender'
  language: 'en'
  parties: Organization[]
  buyer: OrganizationReference
  tender: Tender
  bids?: { details: Bid[] }
  awards?: Award[]
  contracts?: Contract[]
}

export interface ReleasePackage {
  uri: string
  version: '1.1'
  publishedDate: string
  publisher: { name: string; uri?: string }
  extensions: string[]
  releases: Release[]
}
