import type { ColumnType, Generated, RawBuilder } from 'kysely'
import type { KernelTables } from '../../kernel/repositories/kernel-tables.ts'
import type { CriterionSource } from '../schemas/criterion.ts'

type Json<T> = ColumnType<T, string, string>
type CreatedAt = ColumnType<Date, never, never>
type Tsvector = ColumnType<string, RawBuilder<unknown>, RawBuilder<unknown>>

export interface ProductCategoryTable {
  code: string
  name: Json<Record<string, string>>
  description: Json<Record<string, string>>
  cpv_codes: string[]
  position: number
}

export interface EvidenceTypeTable {
  code: string
  name: Json<Record<string, string>>
  description: Json<Record<string, string>>
  examples: string[]
  position: number
}

export interface CriterionTable {
  id: string
  source_code: string
  code: string
  source: Json<CriterionSource>
  created_at: CreatedAt
}

/** Columns shared by criterion and criteria-set versions: the versioning lifecycle. */
export interface VersionColumns {
  version: number
  status: 'draft' | 'published' | 'deprecated'
  revision: Generated<number>
  content: Json<unknown>
  created_at: CreatedAt
  updated_at: ColumnType<Date, never, RawBuilder<Date>>
  published_at: ColumnType<Date | null, never, RawBuilder<Date>>
  deprecated_at: ColumnType<Date | null, never, RawBuilder<Date>>
}

export interface CriterionVersionTable extends VersionColumns {
  criterion_id: string
  type: string
  aspects: string[]
  life_cycle_stage: string
  ambition_levels: string[]
  product_categories: string[]
  search_vector: Tsvector
}

export interface CriteriaSetTable {
  id: string
  created_at: CreatedAt
}

export interface CriteriaSetVersionTable extends VersionColumns {
  set_id: string
  product_category: string
  ambition_level: string
}

export interface ChangeTable {
  sequence: Generated<number>
  occurred_at: CreatedAt
  entity_type: 'criterion' | 'criteriaSet'
  entity_id: string
  version: number
  action: 'published' | 'deprecated'
}

export interface CatalogueDatabase extends KernelTables {
  product_categories: ProductCategoryTable
  evidence_types: EvidenceTypeTable
  criteria: CriterionTable
  criterion_versions: CriterionVersionTable
  criteria_sets: CriteriaSetTable
  criteria_set_versions: CriteriaSetVersionTable
  changes: ChangeTable
}
