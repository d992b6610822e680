import type { FactorSet } from '../../kernel/factor-library.ts'
import { totalCostOfOwnership } from './kpis/cost-kpis.ts'
import type { KpiResult } from './kpi-result.ts'
import { dataCentreMetrics } from './kpis/data-centre-kpis.ts'
import {
  dataSanitisationCompliance,
  formalRecyclingRate,
  recoveredMetals,
  reuseRate,
  takeBackRate,
} from './kpis/end-of-use-kpis.ts'
import { embodiedEmissionsAvoidedKpi, eWasteAvoidedKpi, usePhaseEmissionsKpi } from './kpis/impact-kpis.ts'
import {
  circularProcedureShare,
  circularSpendShare,
  gppCriteriaProcedureShare,
  softwareCriteriaProcedureShare,
  strategyShares,
} from './kpis/procedure-kpis.ts'
import { certifiedSupplierShare } from './kpis/supplier-kpis.ts'
import {
  averageContractedServiceLife,
  ecolabelCoverage,
  lifetimeExtension,
  refurbishedUnitShare,
  warrantyAndSupportCoverage,
} from './kpis/unit-kpis.ts'
import type { ReportScope } from './read-model-filter.ts'

export interface KpiOptions {
  factorSet: FactorSet
  gridRegion: string
  // Certificates are judged valid on this date; passed in so results are reproducible.
  asOf: string
  circularGoals: readonly string[]
  minimumSoftwareSupportYears: number
  emsSchemes: readonly string[]
}

// Every KPI of the catalogue, in catalogue order.
export function calculateKpis(scope: ReportScope, options: KpiOptions): KpiResult[] {
  const { factorSet } = options
  return [
    circularProcedureShare(scope, options.circularGoals),
    circularSpendShare(scope, options.circularGoals),
    ...strategyShares(scope),
    gppCriteriaProcedureShare(scope),
    refurbishedUnitShare(scope),
    averageContractedServiceLife(scope),
    lifetimeExtension(scope, factorSet),
    ...warrantyAndSupportCoverage(scope, options.minimumSoftwareSupportYears),
    takeBackRate(scope),
    reuseRate(scope),
    formalRecyclingRate(scope),
    dataSanitisationCompliance(scope),
    eWasteAvoidedKpi(scope, factorSet),
    embodiedEmissionsAvoidedKpi(scope, factorSet),
    usePhaseEmissionsKpi(scope, factorSet, options.gridRegion),
    ...recoveredMetals(scope),
    totalCostOfOwnership(scope),
    ecolabelCoverage(scope),
    certifiedSupplierShare(scope, options.asOf, options.emsSchemes),
    ...dataCentreMetrics(scope),
    softwareCriteriaProcedureShare(scope),
  ]
}
