import { Decimal } from 'decimal.js'
import { emptyResult, ratioResult } from './kpi-result.ts'
import type { KpiFigures, KpiResult } from './kpi-result.ts'
import type { ScopedContract } from './read-model-filter.ts'

type ShareFigures<Id extends string> = Omit<KpiFigures<Id>, 'unit' | 'recordCount'>

export function countShare<T, Id extends string>(
  records: readonly T[],
  matches: (record: T) => boolean,
  figures: ShareFigures<Id>,
): KpiResult<Id> {
  return ratioResult({
    ...figures,
    unit: '%',
    numerator: records.filter(matches).length,
    denominator: records.length,
    recordCount: records.length,
    scale: 100,
  })
}

// Amounts are decimal strings on the wire; summing them as floats would drift on large portfolios.
export function valueShare<Id extends string>(
  contracts: readonly ScopedContract[],
  matches: (contract: ScopedContract) => boolean,
  figures: ShareFigures<Id>,
): KpiResult<Id> {
  const withCount = { ...figures, unit: '%', recordCount: contracts.length }
  if (contracts.length === 0) return emptyResult(withCount)
  const currencies = [...new Set(contracts.map((c) => c.award.value.currency))].sort()
  if (currencies.length > 1) {
    return emptyResult(
      withCount,
      `mixed currencies (${currencies.join(', ')}): filter to one currency or convert first`,
    )
  }
  let total = new Decimal(0)
  let matched = new Decimal(0)
  for (const contract of contracts) {
    const amount = new Decimal(contract.award.value.amount)
    total = total.plus(amount)
    if (matches(contract)) matched = matched.plus(amount)
  }
  return ratioResult({
    ...withCount,
    numerator: matched.toNumber(),
    denominator: total.toNumber(),
    scale: 100,
    notes: [`amounts in ${currencies.join('')}`, ...(figures.notes ?? [])],
  })
}
