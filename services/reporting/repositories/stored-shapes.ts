import type { OcdsProcurement, OcdsRequirement, OcdsUnit } from '../domain/ocds/input.ts'
import type { ClauseFigures } from '../domain/clause-reports.ts'

// The JSON columns of the read model, as the projectors write them and the loaders read them.

export interface StoredCriterion {
  id: string
  type: 'selectionCriterion' | 'technicalSpecification' | 'awardCriterion' | 'contractPerformanceClause'
  goals: string[]
  strategies: string[]
  maxPoints: number | null
  /** Absent from events published before the feed carried them. */
  title?: string | null
  description?: string | null
  requirements?: OcdsRequirement[]
  /** Circularity aspects (softwareSupport, …); absent from events published before the feed carried them. */
  aspects?: string[]
}

export interface StoredLot {
  id: string
  title: string
}

export interface StoredWeighting {
  priceWeight: number
  qualityWeight: number
  minimumQualityScore: number | null
}

export type StoredPriceScoring = NonNullable<OcdsProcurement['priceScoring']>

/** One offered product line of the winning bid, with what the KPIs and the OCDS export need. */
export interface StoredUnitLine extends OcdsUnit {
  plannedLifetimeYears: number
  yearlyEnergyKWh: number | null
  massKg: number | null
  /** The bid's answer to the tender's warranty requirement; null when the tender asked none. */
  warrantyYears: number | null
  /** The bid's years of OS and security updates; null (or absent, in older rows) when the tender asked none. */
  softwareSupportYears?: number | null
}

export interface StoredResponse {
  requirementId: string
  value: boolean | number | string
  unit?: string
}

/** As the assessment service's PerformanceFigures (EU GPP CPC2; ITU-T L.1081): what one clause measures. */
export type StoredFigures = ClauseFigures
