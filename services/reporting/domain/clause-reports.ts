import type { DataCentreMetrics, PerformanceReport, RecoveredMetals } from './types.ts'

/**
 * The figures of one clause's report as the assessment feed carries them (its PerformanceFigures):
 * a clause reports what it measures, so any figure may be absent or null, meaning not reported.
 */
export interface ClauseFigures {
  unitsCollected?: number | null
  unitsReused?: number | null
  unitsRecycled?: number | null
  unitsSanitised?: number | null
  sanitisationCertificates?: number | null
  repairs?: number | null
  sparePartsDelivered?: number | null
  unitsReachedEndOfUse?: number | null
  massCollectedKg?: number | null
  massToCertifiedRecyclersKg?: number | null
  recoveredMetalsG?: RecoveredMetals | null
  dataCentre?: DataCentreMetrics | null
}

/** One report of one clause of a contract for one period; the read model keeps one per contract, clause and period. */
export interface ClauseReport {
  /** The award the contract was signed for: the domain keys reports by award, as OCDS does. */
  contractId: string
  criterionId: string
  period: { start: string; end: string }
  figures: ClauseFigures
}

type Count = Exclude<keyof PerformanceReport, 'id' | 'contractId' | 'period' | 'criterionIds' | 'recoveredMetalsG' | 'dataCentre'>

/**
 * How the KPI figures read the feed's. K10 counts units reused as prepared for reuse. K12 counts
 * sanitisationCertificates (one erasure certificate per unit) over unitsCollected: reports do not
 * say which collected units bear storage, so every collected unit counts as storage-bearing.
 */
const READINGS: Readonly<Record<Count, keyof ClauseFigures>> = {
  unitsReachedEndOfUse: 'unitsReachedEndOfUse',
  unitsCollected: 'unitsCollected',
  unitsPreparedForReuse: 'unitsReused',
  massCollectedKg: 'massCollectedKg',
  massToCertifiedRecyclersKg: 'massToCertifiedRecyclersKg',
  storageUnitsCollected: 'unitsCollected',
  unitsWithErasureCertificate: 'sanitisationCertificates',
}

const METALS: readonly (keyof RecoveredMetals)[] = ['gold', 'silver', 'palladium']
const METRICS: readonly (keyof DataCentreMetrics)[] = ['pue', 'ref', 'erf', 'wue', 'serverUtilisation']

/**
 * Combines the clause reports of each contract and period into one record: each figure comes from
 * the clauses that report it. Two clauses giving the same figure for the same contract and period
 * describe the same units, so it counts once; should they differ, the larger counts, whatever the
 * order they arrived in, so the KPIs never depend on which clause was reported last.
 */
export function combineClauseReports(reports: readonly ClauseReport[]): PerformanceReport[] {
  const groups = new Map<string, ClauseReport[]>()
  for (const report of reports) {
    const key = `${report.contractId}/${report.period.start}/${report.period.end}`
    groups.set(key, [...(groups.get(key) ?? []), report])
  }
  return [...groups].map(([id, clauses]) => {
    const [first] = clauses as [ClauseReport]
    const figures = clauses.map((c) => c.figures)
    const counts = Object.fromEntries(
      Object.entries(READINGS).map(([figure, field]) => [figure, largest(figures.map((f) => f[field] as number | null | undefined))]),
    ) as Record<Count, number | null>
    const metalReports = figures.flatMap((f) => (f.recoveredMetalsG ? [f.recoveredMetalsG] : []))
    const centreReports = figures.flatMap((f) => (f.dataCentre ? [f.dataCentre] : []))
    return {
      id,
      contractId: first.contractId,
      period: first.period,
      criterionIds: clauses.map((c) => c.criterionId).sort(),
      ...counts,
      recoveredMetalsG: metalReports.length === 0 ? null : perKey(METALS, metalReports, (values) => largest(values) ?? 0),
      ...(centreReports.length === 0 ? {} : { dataCentre: perKey(METRICS, centreReports, largest) }),
    }
  })
}

function largest(values: readonly (number | null | undefined)[]): number | null {
  const given = values.filter((v): v is number => v !== undefined && v !== null)
  return given.length === 0 ? null : Math.max(...given)
}

function perKey<K extends string, V>(keys: readonly K[], records: readonly Record<K, number | null>[], pick: (values: (number | null)[]) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, pick(records.map((r) => r[key]))])) as Record<K, V>
}
