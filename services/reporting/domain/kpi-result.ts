import type { FactorSetRef } from '../../kernel/factor-library.ts'
import type { KpiId } from './kpi-catalogue.ts'

export type { FactorSetRef }

// Numerator, denominator and record count travel with the value so a reader can tell a
// 100 % built on two records from one built on two thousand. Policy-level indicators share the
// shape under their own ids.
export interface KpiResult<Id extends string = KpiId> {
  kpiId: Id
  // Set when one KPI yields several figures (per strategy, per metal, per metric, count vs value).
  dimension: Readonly<Record<string, string>> | null
  value: number | null
  unit: string
  numerator: number | null
  denominator: number | null
  recordCount: number
  factorSet: FactorSetRef | null
  note: string | null
}

export interface KpiFigures<Id extends string = KpiId> {
  kpiId: Id
  dimension?: Readonly<Record<string, string>>
  unit: string
  recordCount: number
  factorSet?: FactorSetRef
  notes?: readonly string[]
}

export const NO_DATA = 'no data'

// Serves every share (scale 100, unit %) and every weighted mean (scale 1), which is a ratio
// of a weighted sum to the sum of weights.
export function ratioResult<Id extends string>(
  figures: KpiFigures<Id> & { numerator: number; denominator: number; scale: 1 | 100 },
): KpiResult<Id> {
  const { numerator, denominator, scale } = figures
  if (figures.recordCount === 0) return emptyResult(figures)
  if (denominator === 0) {
    return {
      ...base(figures),
      numerator,
      denominator,
      note: joinNotes(['denominator is zero: nothing to divide by', ...(figures.notes ?? [])]),
    }
  }
  const value = (numerator / denominator) * scale
  const aboveWhole = scale === 100 && value > 100
  return {
    ...base(figures),
    value,
    numerator,
    denominator,
    note: joinNotes([
      ...(aboveWhole ? ['above 100 %: the numerator exceeds its base, check the source reports'] : []),
      ...(figures.notes ?? []),
    ]),
  }
}

export function totalResult<Id extends string>(figures: KpiFigures<Id> & { total: number }): KpiResult<Id> {
  if (figures.recordCount === 0) return emptyResult(figures)
  return { ...base(figures), value: figures.total, numerator: figures.total, note: joinNotes(figures.notes ?? []) }
}

// A result without a value, saying why: no data by default, or a reason such as mixed currencies.
export function emptyResult<Id extends string>(figures: KpiFigures<Id>, reason: string = NO_DATA): KpiResult<Id> {
  return { ...base(figures), note: joinNotes([reason, ...(figures.notes ?? [])]) }
}

function base<Id extends string>(figures: KpiFigures<Id>): KpiResult<Id> {
  return {
    kpiId: figures.kpiId,
    dimension: figures.dimension ?? null,
    value: null,
    unit: figures.unit,
    numerator: null,
    denominator: null,
    recordCount: figures.recordCount,
    factorSet: figures.factorSet ?? null,
    note: null,
  }
}

function joinNotes(notes: readonly string[]): string | null {
  return notes.length === 0 ? null : notes.join('; ')
}
