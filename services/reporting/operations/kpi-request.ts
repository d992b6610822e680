import type { Kysely } from 'kysely'
import type { Actor } from '../../kernel/actor.ts'
import type { KpiOptions } from '../domain/calculate-kpis.ts'
import { ADEME_BOAVIZTA, FACTOR_SETS, GRID_EUROPE, type FactorSet } from '../../kernel/factor-library.ts'
import { DEFAULT_CIRCULAR_GOALS } from '../domain/procedure-classification.ts'
import type { ReportFilter } from '../domain/read-model-filter.ts'
import { DEFAULT_EMS_SCHEMES } from '../domain/kpis/supplier-kpis.ts'
import { DEFAULT_SOFTWARE_SUPPORT_YEARS } from '../domain/kpis/unit-kpis.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { resolveBuyerScope } from './buyer-access.ts'
import { parsePeriod } from './period-query.ts'

export interface KpiQuery {
  buyer?: string
  from?: string
  to?: string
  productCategory?: string
  lotId?: string
  factorSet?: string
  grid?: string
}

export interface KpiRequest {
  filter: ReportFilter
  options: KpiOptions
  applied: {
    buyer: string | null
    from: string | null
    to: string | null
    productCategory: string | null
    lotId: string | null
    factorSet: { id: string; version: string }
    grid: string
  }
}

/** The newest version of a named factor set; the schema has already refused unknown names. */
function factorSetNamed(id: string | undefined): FactorSet {
  const versions = FACTOR_SETS.filter((set) => set.id === (id ?? ADEME_BOAVIZTA.id))
  return versions.reduce((newest, set) => (set.version.localeCompare(newest.version, undefined, { numeric: true }) > 0 ? set : newest))
}

export function kpiOptions(factorSet: FactorSet, gridRegion: string, asOf: string): KpiOptions {
  return {
    factorSet,
    gridRegion,
    asOf,
    circularGoals: DEFAULT_CIRCULAR_GOALS,
    minimumSoftwareSupportYears: DEFAULT_SOFTWARE_SUPPORT_YEARS,
    emsSchemes: DEFAULT_EMS_SCHEMES,
  }
}

export const defaultKpiOptions = (now: Date) => kpiOptions(factorSetNamed(undefined), GRID_EUROPE, now.toISOString())

/** Checks who may read what, and turns the query into the domain's filter and options. */
export async function kpiRequest(db: Kysely<ReportingDatabase>, actor: Actor, query: KpiQuery, now: Date): Promise<KpiRequest> {
  const period = parsePeriod(query)
  const buyerId = await resolveBuyerScope(db, actor, query.buyer)
  const factorSet = factorSetNamed(query.factorSet)
  const grid = query.grid ?? GRID_EUROPE
  const filter: ReportFilter = {
    ...(buyerId !== undefined ? { buyerId } : {}),
    ...(query.productCategory !== undefined ? { productCategory: query.productCategory } : {}),
    ...(query.lotId !== undefined ? { lotId: query.lotId } : {}),
    ...period,
  }
  return {
    filter,
    // Certificates are judged at the end of the period, or today for one still open.
    options: kpiOptions(factorSet, grid, period.to !== undefined && Date.parse(period.to) < now.getTime() ? period.to : now.toISOString()),
    applied: {
      buyer: buyerId ?? null,
      from: period.from ?? null,
      to: period.to ?? null,
      productCategory: query.productCategory ?? null,
      lotId: query.lotId ?? null,
      factorSet: { id: factorSet.id, version: factorSet.version },
      grid,
    },
  }
}
