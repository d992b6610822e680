import { CRITERIA_STRATEGIES, hasGoal, usesAnyStrategy } from '../procedure-classification.ts'
import type { KpiResult } from '../kpi-result.ts'
import type { ReportScope, ScopedContract } from '../read-model-filter.ts'
import { countShare } from '../share.ts'

// OECD/SIGMA Principles of Public Administration, GPP sub-indicator element 5
// (par-portal.sigmaweb.org sub-indicator 3551; docs/sources.md#sigma-green-public-procurement):
// contracts with green objectives in technical specifications, selection or award criteria or
// performance conditions, over all contracts above EUR 10 000 concluded in the latest full
// calendar year.

export const SIGMA_GPP_ID = 'SIGMA-GPP'
export const SIGMA_VALUE_FLOOR_EUR = 10_000

export interface SigmaGppIndicator {
  year: number
  share: KpiResult<typeof SIGMA_GPP_ID>
  // 0 below 10 %, 5 from 50 %, linear between (our algebra of SIGMA's scoring rule)
  points: number | null
}

export function sigmaGppIndicator(scope: ReportScope, now: string): SigmaGppIndicator {
  const year = new Date(now).getUTCFullYear() - 1
  const concluded = scope.contracts.filter((c) => new Date(c.award.awardedAt).getUTCFullYear() === year)
  const inEuro = concluded.filter((c) => c.award.value.currency === 'EUR')
  const eligible = inEuro.filter((c) => Number(c.award.value.amount) > SIGMA_VALUE_FLOOR_EUR)
  const notEuro = concluded.length - inEuro.length
  const share = countShare(eligible, hasGreenObjective, {
    kpiId: SIGMA_GPP_ID,
    dimension: { year: String(year) },
    notes: [
      `contracts above EUR ${SIGMA_VALUE_FLOOR_EUR} concluded in ${year}`,
      ...(notEuro === 0 ? [] : [`${notEuro} contracts in other currencies left out (no exchange rates)`]),
    ],
  })
  return { year, share, points: share.value === null ? null : sigmaPoints(share.value) }
}

export function sigmaPoints(percent: number): number {
  if (percent < 10) return 0
  if (percent >= 50) return 5
  return (5 * (percent - 10)) / 40
}

function hasGreenObjective(contract: ScopedContract): boolean {
  return hasGoal(contract.tags, ['environmental']) && usesAnyStrategy(contract.tags, CRITERIA_STRATEGIES)
}
