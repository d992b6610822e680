import t from 'tap'
import { escapeHtml, formatNumber, html } from '../../../services/reporting/dashboard/html.ts'
import { lineChart } from '../../../services/reporting/dashboard/svg-chart.ts'
import { declaredWarrantyYears } from '../../../services/reporting/ingestion/warranty-reading.ts'
import { kpiValuesCsv } from '../../../services/reporting/mappers/kpi-csv.ts'
import { buckets, parsePeriod } from '../../../services/reporting/operations/period-query.ts'

const value = { kpiId: 'K03', name: 'Share by strategy', dimension: { strategy: 'awardCriteria', basis: 'count' }, value: 12.5, unit: '%', numerator: 1, denominator: 8, recordCount: 8, factorSet: null, formula: 'count/value by "strategies" (TS, AC)', note: '=HYPERLINK("x")' }

t.test('CSV is RFC 4180 and safe to open in a spreadsheet', async (t) => {
  const [header, row, end] = kpiValuesCsv([value]).split('\r\n')
  t.equal(header, 'kpiId,dimension,name,value,unit,numerator,denominator,recordCount,factorSet,formula,note')
  t.equal(row, `K03,strategy=awardCriteria;basis=count,Share by strategy,12.5,%,1,8,8,,"count/value by ""strategies"" (TS, AC)","'=HYPERLINK(""x"")"`)
  t.equal(end, '')
  t.match(kpiValuesCsv([{ ...value, value: -3, note: null }]), /,-3,/, 'numbers are never prefixed')
})

t.test('periods: dates are checked for real days, from must not follow to', async (t) => {
  t.same(parsePeriod({ from: '2025-01-01', to: '2025-04-01T02:00:00+02:00' }), { from: '2025-01-01T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z' })
  t.throws(() => parsePeriod({ from: '2025-02-29' }), { code: 'INVALID_DATE', errors: [{ path: 'querystring/from' }] })
  t.throws(() => parsePeriod({ to: '2025-01-01T25:00:00Z' }), { code: 'INVALID_DATE' })
  t.throws(() => parsePeriod({ from: '2025-01-02', to: '2025-01-01' }), { code: 'INVALID_PERIOD' })
  t.same(parsePeriod({ from: '2025-01-01', to: '2025-01-01' }), { from: '2025-01-01T00:00:00.000Z', to: '2025-01-01T00:00:00.000Z' })
})

t.test('buckets follow calendar quarters and years, cut to the range', async (t) => {
  t.same(buckets('2025-02-15T00:00:00.000Z', '2025-07-01T00:00:00.000Z', 'quarter'), [
    { from: '2025-02-15T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z' },
    { from: '2025-04-01T00:00:00.000Z', to: '2025-07-01T00:00:00.000Z' },
  ])
  t.same(buckets('2024-01-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z', 'year').map((b) => b.to), ['2025-01-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z'])
  t.same(buckets('2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'quarter'), [])
  t.throws(() => buckets('1900-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'quarter'), { code: 'TOO_MANY_PERIODS' })
})

t.test('HTML: every interpolated value is escaped, markup made by html is not', async (t) => {
  t.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  t.equal(html`<p>${'<b>'}${html`<i>${'&'}</i>`}${[1, null, '>']}</p>`.value, '<p>&lt;b&gt;<i>&amp;</i>1&gt;</p>')
  t.equal(formatNumber(1234.56, '%'), '1,234.6 %')
  t.equal(formatNumber(null, 'kg'), '—')
})

t.test('a chart: titled image, a line broken where data is missing, the target dashed', async (t) => {
  const svg = lineChart({ id: 'c', title: 'K05 <refurbished>', description: 'Rising', unit: '%', points: [{ label: 'Q1', value: 10 }, { label: 'Q2', value: 20 }, { label: 'Q3', value: null }, { label: 'Q4', value: 30 }], targets: [{ value: 50, label: 'target 2026' }] }).value
  t.match(svg, /role="img"/)
  t.match(svg, /<title id="c-title">K05 &lt;refurbished&gt;<\/title>/)
  t.match(svg, /<desc id="c-desc">Rising<\/desc>/)
  t.equal(svg.match(/<polyline/g)?.length, 1, 'Q1–Q2 joined; Q4 alone after the gap')
  t.equal(svg.match(/<circle/g)?.length, 3)
  t.match(svg, /class="target"/)
})

t.test('warranty years are read only from the warranty criteria the tender used', async (t) => {
  const ts3 = { id: 'EU-GPP-2021-CMTS.TS3', type: 'technicalSpecification' as const, goals: [], strategies: [], maxPoints: null }
  const responses = [{ requirementId: 'TS3.years.core', value: 3 }, { requirementId: 'TS3.years.comprehensive', value: 5 }, { requirementId: 'TS2.years.core', value: 9 }]
  t.equal(declaredWarrantyYears([ts3], responses), 5)
  t.equal(declaredWarrantyYears([{ ...ts3, id: 'EU-GPP-2020-DC.TS3' }], responses), null, 'another source’s TS3 is something else')
  t.equal(declaredWarrantyYears([ts3], [{ requirementId: 'TS3.years.core', value: 'three' }]), null)
})
