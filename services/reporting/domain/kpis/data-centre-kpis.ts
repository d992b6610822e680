import { ratioResult } from '../kpi-result.ts'
import type { KpiResult } from '../kpi-result.ts'
import type { ReportScope } from '../read-model-filter.ts'
import type { DataCentreMetrics } from '../types.ts'

// Units as EN 50600-4-x defines the metrics: WUE is litres per kWh of IT energy, the rest are
// dimensionless ratios.
const METRIC_UNITS: Readonly<Record<keyof DataCentreMetrics, string>> = {
  pue: 'ratio',
  ref: 'ratio',
  erf: 'ratio',
  wue: 'L/kWh',
  serverUtilisation: 'ratio',
}

// K20: one mean per metric over the reports that carry it.
export function dataCentreMetrics(scope: ReportScope): KpiResult[] {
  return (Object.keys(METRIC_UNITS) as (keyof DataCentreMetrics)[]).map((metric) => {
    const values = scope.performanceReports.flatMap((r) => {
      const value = r.dataCentre?.[metric]
      return value === undefined || value === null ? [] : [value]
    })
    return ratioResult({
      kpiId: 'K20',
      dimension: { metric },
      unit: METRIC_UNITS[metric],
      numerator: values.reduce((sum, v) => sum + v, 0),
      denominator: values.length,
      recordCount: values.length,
      scale: 1,
    })
  })
}
