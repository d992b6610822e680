import type { KpiValue } from '../schemas/kpi.ts'

const COLUMNS = ['kpiId', 'dimension', 'name', 'value', 'unit', 'numerator', 'denominator', 'recordCount', 'factorSet', 'formula', 'note'] as const

/**
 * RFC 4180: CRLF between records, a field quoted when it holds a comma, quote or line break,
 * quotes doubled. Text that a spreadsheet would run as a formula gets a leading apostrophe.
 */
function field(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function kpiValuesCsv(values: readonly KpiValue[]): string {
  const rows = values.map((v) => [
    v.kpiId,
    v.dimension ? Object.entries(v.dimension).map(([key, value]) => `${key}=${value}`).join(';') : null,
    v.name,
    v.value,
    v.unit,
    v.numerator,
    v.denominator,
    v.recordCount,
    v.factorSet ? `${v.factorSet.id}@${v.factorSet.version}` : null,
    v.formula,
    v.note,
  ])
  return [COLUMNS.join(','), ...rows.map((row) => row.map(field).join(','))].join('\r\n') + '\r\n'
}
