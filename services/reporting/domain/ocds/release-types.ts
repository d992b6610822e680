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

export interface CriterionNumber {
  number: number
  weight?: 'pointsExact'
  threshold?: 'minimumScore'
}

export interface AwardCriterion {
  type: 'price' | 'cost' | 'quality'
  name: string
  description?: string
  /** Not an OCDS field: the catalogue key, so the criterion can be joined back to the catalogue. */
  catalogueId?: string
  numbers?: CriterionNumber[]
}

export interface SelectionCriterion {
  type: 'technical'
  description: string
  appliesTo: ['supplier']
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

export type RequirementDataType = 'string' | 'date-time' | 'number' | 'integer' | 'boolean'

/** A requirements-extension (CCCEV) requirement. */
export interface Requirement {
  id: string
  title?: string
  description?: string
  dataType: RequirementDataType
  pattern?: string
  expectedValue?: boolean | number | string
  minValue?: number
  maxValue?: number
}

/** A requirements-extension (CCCEV) criterion. */
export interface RequirementCriterion {
  id: string
  title?: string
  description?: string
  relatesToTenderer: boolean
  requirementGroups?: { id: string; requirements: Requirement[] }[]
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

export type BidStatus = 'pending' | 'valid' | 'disqualified'

export interface Bid {
  id: string
  status: BidStatus
  /** Why a bid was disqualified, as the evaluation put it. */
  description?: string
  hasRank?: boolean
  rank?: number
  tenderers: OrganizationReference[]
  relatedLots: string[]
  requirementResponses?: RequirementResponse[]
  documents?: Document[]
}

/** OCDS Document, as a bid's supporting evidence fills it. */
export interface Document {
  id: string
  title: string
  description: string
  dateModified: string
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
