import type { ColumnType, Generated } from 'kysely'
import type { KernelTables } from '../../kernel/repositories/kernel-tables.ts'
import type { ClauseAssessment, PerformanceFigures } from '../domain/performance.ts'
import type { TenderCriteria } from '../domain/tender-criteria.ts'
import type { ProcurementEvaluation, Requirement } from '../domain/types.ts'
import type { BidContent } from '../schemas/bid.ts'
import type { CreateProcurement } from '../schemas/procurement.ts'
import type { SupplierContact } from '../schemas/supplier.ts'

/** A jsonb column: read as the shape this service wrote into it, written as JSON text. */
type Json<T> = ColumnType<T, string, string>
type CreatedAt = ColumnType<Date, never, never>
type UpdatedAt = ColumnType<Date, never, Date>
type Revision = ColumnType<number, never, number>
type Id = ColumnType<string, string | undefined, never>
/** numeric columns come back as strings so no decimal goes through a float. */
type Decimal = ColumnType<string, string, string>

export interface SupplierTable {
  id: Id
  name: string
  country: string
  contacts: Json<SupplierContact[]>
  /** Null for suppliers registered before the register had owners: only a registrar edits those. */
  registered_by_organisation_id: ColumnType<string | null, string | null, never>
  revision: Revision
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface SupplierIdentifierTable {
  scheme: string
  value: string
  supplier_id: string
}

export interface SupplierExclusionTable {
  id: Id
  supplier_id: string
  reason: string
  ends_on: string | null
  scope: ColumnType<ExclusionScope, ExclusionScope, never>
  /** The deciding organisation; null only for debarments recorded before exclusions had owners. */
  organisation_id: ColumnType<string | null, string | null, never>
  ended_at: ColumnType<Date | null, never, Date>
  end_reason: ColumnType<string | null, never, string>
  created_at: CreatedAt
}

/** One buyer organisation's decision, or a debarment valid for every buyer. */
export type ExclusionScope = 'buyer' | 'all-buyers'

export type ProcurementStatus = 'draft' | 'open' | 'evaluation' | 'awarded' | 'closed'

/** What `settings` holds: the buyer's tender choices, kept as given. */
export type ProcurementSettingsColumn = Pick<CreateProcurement, 'criteria' | 'weighting' | 'priceScoring' | 'lifeCycle'>

export interface ProcurementTable {
  id: Id
  buyer_organisation_id: string
  title: string
  description: string | null
  product_category: string
  cpv_codes: string[]
  currency: string
  estimated_value: Decimal | null
  status: ProcurementStatus
  criteria_set_id: string
  criteria_set_version: number
  criteria_set_snapshot: Json<unknown>
  evaluation_criteria: Json<TenderCriteria>
  settings: Json<ProcurementSettingsColumn>
  revision: Revision
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface LotTable {
  procurement_id: string
  id: string
  title: string
  estimated_value: Decimal | null
}

export interface EvaluatorAssignmentTable {
  procurement_id: string
  subject: string
}

export interface BidTable {
  id: Id
  procurement_id: string
  lot_id: string
  supplier_id: string
  status: 'draft' | 'submitted' | 'withdrawn'
  offered_products: Json<BidContent['offeredProducts']>
  responses: Json<BidContent['responses']>
  revision: Revision
  created_at: CreatedAt
  updated_at: UpdatedAt
  submitted_at: ColumnType<Date | null, never, Date | null>
}

export type StoredEvidenceStatus = 'submitted' | 'under_review' | 'verified' | 'rejected' | 'clarification_requested'

export interface EvidenceTable {
  id: Id
  bid_id: string
  criterion_id: string
  type: string
  issuer: string
  identifier: string | null
  valid_until: string | null
  url: string | null
  document_hash: string | null
  /** null on evidence submitted before evidence named its scheme and coverage. */
  scheme: string | null
  coverage: 'products' | 'organisation' | null
  covered_models: ColumnType<string[], string[] | undefined, string[]>
  status: StoredEvidenceStatus
  status_reason: string | null
  reviewed_by: string | null
  reviewed_at: ColumnType<Date | null, never, Date>
  revision: Revision
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface EvaluationTable {
  id: Id
  procurement_id: string
  lot_id: string
  evaluation_date: string
  provisional: boolean
  result: Json<ProcurementEvaluation>
  created_at: CreatedAt
}

export interface AwardTable {
  id: Id
  procurement_id: string
  lot_id: string
  bid_id: string
  supplier_id: string
  evaluation_id: string
  value_amount: Decimal
  currency: string
  created_at: CreatedAt
}

export interface ContractTable {
  id: Id
  award_id: string
  procurement_id: string
  supplier_id: string
  signed_on: string
  ends_on: string | null
  created_at: CreatedAt
}

export interface PerformanceClauseTable {
  id: Id
  contract_id: string
  criterion_id: string
  title: string
  targets: Json<Requirement[]>
}

export interface PerformanceReportTable {
  id: Id
  clause_id: string
  period_start: string
  period_end: string
  figures: Json<PerformanceFigures>
  met: boolean
  assessment: Json<ClauseAssessment>
  created_at: CreatedAt
}

export interface EventTable {
  sequence: Generated<number>
  id: Id
  type: string
  subject: string
  time: CreatedAt
  data: Json<Record<string, unknown>>
}

export interface WebhookSubscriptionTable {
  id: Id
  url: string
  secret: string
  event_types: string[]
  owner_subject: string
  owner_organisation_id: string | null
  owner_supplier_id: string | null
  active: ColumnType<boolean, boolean | undefined, boolean>
  created_at: CreatedAt
}

export interface WebhookDeliveryTable {
  subscription_id: string
  event_sequence: number
  attempts: ColumnType<number, number | undefined, number>
  next_attempt_at: ColumnType<Date, Date | undefined, Date>
  delivered_at: ColumnType<Date | null, never, Date>
  last_error: string | null
  /** Set while a dispatcher has the delivery in flight; see claimDueDeliveries. */
  lease_id: ColumnType<string | null, never, string | null>
}

export interface AssessmentDatabase extends KernelTables {
  suppliers: SupplierTable
  supplier_identifiers: SupplierIdentifierTable
  supplier_exclusions: SupplierExclusionTable
  procurements: ProcurementTable
  lots: LotTable
  evaluator_assignments: EvaluatorAssignmentTable
  bids: BidTable
  evidence: EvidenceTable
  evaluations: EvaluationTable
  awards: AwardTable
  contracts: ContractTable
  performance_clauses: PerformanceClauseTable
  performance_reports: PerformanceReportTable
  events: EventTable
  webhook_subscriptions: WebhookSubscriptionTable
  webhook_deliveries: WebhookDeliveryTable
}
