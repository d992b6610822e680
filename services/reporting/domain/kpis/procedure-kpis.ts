import {
  GPP_CRITERIA_STRATEGIES,
  SUSTAINABILITY_STRATEGIES,
  isCircular,
  isIctProcedure,
  usesAnyStrategy,
} from '../procedure-classification.ts'
import type { KpiResult } from '../kpi-result.ts'
import type { ReportScope, ScopedContract } from '../read-model-filter.ts'
import { countShare, valueShare } from '../share.ts'
import type { Procurement } from '../types.ts'

// K01
export function circularProcedureShare(scope: ReportScope, circularGoals: readonly string[]): KpiResult {
  const { records, notes } = ictProcurements(scope)
  return countShare(records, (p) => isCircular(p, circularGoals), { kpiId: 'K01', notes })
}

// K02
export function circularSpendShare(scope: ReportScope, circularGoals: readonly string[]): KpiResult {
  const { records, notes } = ictContracts(scope)
  return valueShare(records, (c) => isCircular(c.tags, circularGoals), { kpiId: 'K02', notes })
}

// K03
export function strategyShares(scope: ReportScope): KpiResult[] {
  const procurements = ictProcurements(scope)
  const contracts = ictContracts(scope)
  return SUSTAINABILITY_STRATEGIES.flatMap((strategy) => [
    countShare(procurements.records, (p) => p.strategies.includes(strategy), {
      kpiId: 'K03',
      dimension: { strategy, basis: 'count' },
      notes: procurements.notes,
    }),
    valueShare(contracts.records, (c) => c.tags.strategies.includes(strategy), {
      kpiId: 'K03',
      dimension: { strategy, basis: 'value' },
      notes: contracts.notes,
    }),
  ])
}

// K04
export function gppCriteriaProcedureShare(scope: ReportScope): KpiResult {
  const { records, notes } = ictProcurements(scope)
  return countShare(records, (p) => usesAnyStrategy(p, GPP_CRITERIA_STRATEGIES), { kpiId: 'K04', notes })
}

// K21: same base as K01 and K04, so the software share reads beside the circular and GPP shares.
export function softwareCriteriaProcedureShare(scope: ReportScope): KpiResult {
  const { records, notes } = ictProcurements(scope)
  return countShare(records, (p) => p.hasSoftwareCriteria, { kpiId: 'K21', notes })
}

function ictProcurements(scope: ReportScope): { records: Procurement[]; notes: string[] } {
  return ictOnly(scope.procurements, (p) => p.cpvCodes, 'procedures')
}

function ictContracts(scope: ReportScope): { records: ScopedContract[]; notes: string[] } {
  return ictOnly(scope.contracts, (c) => c.procurement.cpvCodes, 'contracts')
}

function ictOnly<T>(
  records: readonly T[],
  cpvOf: (record: T) => readonly string[],
  noun: string,
): { records: T[]; notes: string[] } {
  const ict = records.filter((r) => isIctProcedure(cpvOf(r)))
  const left = records.length - ict.length
  return { records: ict, notes: left === 0 ? [] : [`${left} non-ICT ${noun} (no CPV code of a catalogue category or of 30.2/32.25/48/72) left out`] }
}
