import type { ColumnType, Generated } from 'kysely'
import type { KernelTables } from '../../kernel/repositories/kernel-tables.ts'

type Json<T> = ColumnType<T, string, string>
type Decimal = ColumnType<string, string, string>
type Timestamp = ColumnType<Date, Date | string, Date | string>

export interface FeedCursorTable {
  source: 'assessment-events' | 'catalogue-changes'
  cursor: string | null
  last_polled_at: Timestamp | null
  last_success_at: Timestamp | null
  last_error: string | null
  events_applied: ColumnType<number, number | undefined, number>
}

export interface AppliedEventTable {
  source: string
  event_id: string
  applied_at: ColumnType<Date, never, never>
}

export interface CriterionTable {
  id: string
  version: number
  type: string
  source_code: string
  goals: string[]
  strategies: string[]
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>
}

export interface ProcurementTable {
  id: string
  buyer_id: string
  title: string
  product_category: string
  cpv_codes: string[]
  currency: string
  status: string
  criteria_set_id: string
  criteria_set_version: number
  ambition_level: string
  /** [{ id, type, goals, strategies }] of the criteria the tender uses. */
  criteria: Json<unknown>
  lots: Json<unknown>
  /** { priceWeight, qualityWeight, minimumQualityScore } as the tender set it. */
  weighting: ColumnType<unknown, string | null | undefined, string | null>
  /** { basis, rule }: how price is scored. */
  price_scoring: ColumnType<unknown, string | null | undefined, string | null>
  created_at: Timestamp
  published_at: Timestamp | null
  awarded_at: Timestamp | null
}

export interface AwardTable {
  id: string
  procurement_id: string
  lot_id: string
  supplier_id: string
  bid_id: ColumnType<string | null, string | null | undefined, string | null>
  value_amount: Decimal
  currency: string
  life_cycle_cost: Decimal | null
  co2e: Json<unknown>
  units: Json<unknown>
  responses: Json<unknown>
  awarded_at: Timestamp
}

export interface ContractTable {
  id: string
  award_id: string
  procurement_id: string
  supplier_id: string
  signed_on: string
  ends_on: string | null
}

export interface PerformanceReportTable {
  contract_id: string
  criterion_id: string
  period_start: string
  period_end: string
  figures: Json<unknown>
  met: boolean
  reported_at: Timestamp
}

/** The latest review of one certificate a supplier submitted with a bid. */
export interface CertificateTable {
  evidence_id: string
  supplier_id: string
  bid_id: string
  type: string
  issuer: string
  status: string
  valid_until: string | null
  reviewed_at: Timestamp
  /** null on certificates from reviews published before evidence named its scheme. */
  scheme: string | null
  coverage: string | null
  covered_models: ColumnType<string[], string[] | undefined, string[]>
}

export interface TargetTable {
  id: Generated<string>
  buyer_id: string
  kpi_id: string
  target_value: Decimal
  direction: 'atLeast' | 'atMost'
  baseline_value: Decimal | null
  baseline_date: string | null
  deadline: string
  revision: ColumnType<number, never, number>
  created_at: ColumnType<Date, never, never>
  updated_at: ColumnType<Date, never, Date>
}

export interface MaturityAssessmentTable {
  id: Generated<string>
  buyer_id: string
  answers: Json<unknown>
  result: Json<unknown>
  created_at: ColumnType<Date, never, never>
}

export interface BidTable {
  id: string
  procurement_id: string
  lot_id: string
  supplier_id: string
  /** The assessment's bid status: submitted until evaluated, then as the lot's latest evaluation says. */
  status: string
  reasons: Json<unknown>
  rank: number | null
  submitted_at: Timestamp
}

export interface SupplierTable {
  id: string
  name: string
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>
}

export interface BuyerSettingsTable {
  buyer_id: string
  public_dashboard: boolean
  display_name: string | null
  revision: ColumnType<number, never, number>
  updated_at: ColumnType<Date, never, Date>
}

export interface ReportingDatabase extends KernelTables {
  feed_cursors: FeedCursorTable
  applied_events: AppliedEventTable
  criteria: CriterionTable
  procurements: ProcurementTable
  awards: AwardTable
  bids: BidTable
  contracts: ContractTable
  performance_reports: PerformanceReportTable
  certificates: CertificateTable
  targets: TargetTable
  maturity_assessments: MaturityAssessmentTable
  buyer_settings: BuyerSettingsTable
  suppliers: SupplierTable
}
