import type { Freshness } from '../mappers/freshness.ts'
import type { KpiValue } from '../schemas/kpi.ts'
import type { MaturityAssessment } from '../schemas/maturity.ts'
import { formatNumber, html, SafeHtml } from './html.ts'
import { STYLES } from './styles.ts'
import { lineChart } from './svg-chart.ts'

export interface DashboardChart {
  kpiId: string
  name: string
  unit: string
  points: { label: string; value: number | null; recordCount: number }[]
  targets: { value: number; deadline: string; direction: 'atLeast' | 'atMost' }[]
}

export interface DashboardTarget {
  kpiId: string
  name: string
  unit: string
  targetValue: number
  direction: 'atLeast' | 'atMost'
  deadline: string
  status: string
  latest: number | null
  projectedAtDeadline: number | null
}

export interface DashboardData {
  buyerId: string
  displayName: string | null
  isPublic: boolean
  generatedAt: string
  period: { from: string; to: string }
  freshness: Freshness[]
  values: KpiValue[]
  charts: DashboardChart[]
  targets: DashboardTarget[]
  maturity: MaturityAssessment['result'] | null
}

const day = (iso: string) => iso.slice(0, 10)
const dimensionLabel = (v: KpiValue) => (v.dimension ? ` (${Object.values(v.dimension).join(', ')})` : '')
const STATUS_TEXT: Record<string, string> = { achieved: 'Achieved', onTrack: 'On track', offTrack: 'Off track', noData: 'No data yet' }

function freshnessSection(data: DashboardData): SafeHtml {
  const failing = data.freshness.filter((f) => f.lastError !== null)
  return html`<p class="meta">Figures from ${day(data.period.from)} up to ${day(data.period.to)}, computed ${data.generatedAt.replace('T', ' ').slice(0, 16)} UTC.
${data.freshness.map((f) => html` Source ${f.source}: last synchronised ${f.lastSuccessAt ? `${f.lastSuccessAt.replace('T', ' ').slice(0, 16)} UTC` : 'never'}.`)}</p>
${failing.length > 0 ? html`<p class="warning" role="status">Some sources could not be read just now; the figures below are the latest reporting holds. ${failing.map((f) => html`${f.source}: ${f.lastError}. `)}</p>` : ''}`
}

function kpiTable(values: readonly KpiValue[]): SafeHtml {
  return html`<table>
<caption>All KPIs for the period, with the number of records each rests on</caption>
<thead><tr><th scope="col">KPI</th><th scope="col">Name</th><th scope="col">Value</th><th scope="col">Records</th><th scope="col">Note</th></tr></thead>
<tbody>${values.map((v) => html`<tr><th scope="row">${v.kpiId}</th><td>${v.name}${dimensionLabel(v)}</td><td class="number">${formatNumber(v.value, v.unit)}</td><td class="number">${v.recordCount}</td><td>${v.note ?? ''}</td></tr>`)}</tbody>
</table>`
}

function chartFigure(chart: DashboardChart): SafeHtml {
  const known = chart.points.filter((p) => p.value !== null)
  const targetText = chart.targets.map((t) => `target ${t.direction === 'atLeast' ? 'at least' : 'at most'} ${formatNumber(t.value, chart.unit)} by ${t.deadline}`).join('; ')
  const description =
    known.length === 0
      ? `No data for ${chart.name} in these quarters.`
      : `${chart.name} per quarter, from ${formatNumber(known[0]!.value, chart.unit)} in ${known[0]!.label} to ${formatNumber(known.at(-1)!.value, chart.unit)} in ${known.at(-1)!.label}.${targetText ? ` Dashed line: ${targetText}.` : ''}`
  return html`<figure>
<figcaption>${chart.kpiId} ${chart.name}</figcaption>
${lineChart({ id: `chart-${chart.kpiId}`, title: `${chart.kpiId} ${chart.name} per quarter`, description, unit: chart.unit, points: chart.points, targets: chart.targets.map((t) => ({ value: t.value, label: `target ${t.deadline.slice(0, 4)}` })) })}
<details>
<summary>The figures as a table</summary>
<table>
<caption>${chart.kpiId} ${chart.name} per quarter${targetText ? ` (${targetText})` : ''}</caption>
<thead><tr><th scope="col">Quarter</th><th scope="col">Value</th><th scope="col">Records</th></tr></thead>
<tbody>${chart.points.map((p) => html`<tr><th scope="row">${p.label}</th><td class="number">${formatNumber(p.value, chart.unit)}</td><td class="number">${p.recordCount}</td></tr>`)}</tbody>
</table>
</details>
</figure>`
}

function targetsSection(targets: readonly DashboardTarget[]): SafeHtml {
  if (targets.length === 0) return html`<p>No targets set yet.</p>`
  return html`<table>
<caption>Targets, progress and the trend projected to each deadline</caption>
<thead><tr><th scope="col">KPI</th><th scope="col">Target</th><th scope="col">Deadline</th><th scope="col">Latest</th><th scope="col">Projected at deadline</th><th scope="col">Status</th></tr></thead>
<tbody>${targets.map((t) => html`<tr><th scope="row">${t.kpiId} ${t.name}</th><td class="number">${t.direction === 'atLeast' ? '≥' : '≤'} ${formatNumber(t.targetValue, t.unit)}</td><td>${t.deadline}</td><td class="number">${formatNumber(t.latest, t.unit)}</td><td class="number">${formatNumber(t.projectedAtDeadline, t.unit)}</td><td class="status-${t.status}">${STATUS_TEXT[t.status] ?? t.status}</td></tr>`)}</tbody>
</table>`
}

function maturitySection(result: DashboardData['maturity']): SafeHtml {
  if (!result) return html`<p>No self-assessment submitted yet.</p>`
  return html`<table>
<caption>Self-assessment score per level (0–100)</caption>
<thead><tr><th scope="col">Level</th><th scope="col">Score</th><th scope="col">Stage</th><th scope="col">Items answered</th></tr></thead>
<tbody>${result.levels.map((l) => html`<tr><th scope="row">${l.level}. ${l.name}</th><td class="number">${formatNumber(l.score)}</td><td>${l.stage?.label ?? '—'}</td><td class="number">${l.answeredCount} of ${l.itemCount}</td></tr>`)}</tbody>
</table>
<h3>What to do next</h3>
<ol>${result.recommendations.slice(0, 5).map((r) => html`<li>${r.action} <small>(level ${r.level}, ${r.itemId})</small></li>`)}</ol>
<p class="meta">${result.questionnaire.title}</p>`
}

/** The whole page: headings in order, every chart with a table of the same figures. */
export function renderDashboard(data: DashboardData): string {
  const name = data.displayName ?? data.buyerId
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Circular ICT procurement: ${name}</title>
<style>${new SafeHtml(STYLES)}</style>
</head>
<body>
<header>
<h1>Circular ICT procurement: ${name}</h1>
${freshnessSection(data)}
<p class="meta">${data.isPublic ? 'This buyer publishes these figures.' : 'Private figures: shown to the buyer organisation and auditors only.'}</p>
</header>
<main>
<section aria-labelledby="charts-heading">
<h2 id="charts-heading">KPIs over time</h2>
<div class="charts">${data.charts.map(chartFigure)}</div>
</section>
<section aria-labelledby="targets-heading">
<h2 id="targets-heading">Targets</h2>
${targetsSection(data.targets)}
</section>
<section aria-labelledby="kpis-heading">
<h2 id="kpis-heading">All KPIs</h2>
${kpiTable(data.values)}
</section>
<section aria-labelledby="maturity-heading">
<h2 id="maturity-heading">Maturity self-assessment</h2>
${maturitySection(data.maturity)}
</section>
</main>
<footer><p>KPI definitions, formulas and factor sets: <a href="/api/v1/kpis">KPI catalogue</a>. Figures as CSV: <a href="/api/v1/kpis/values.csv?buyer=${encodeURIComponent(data.buyerId)}&amp;from=${encodeURIComponent(data.period.from)}&amp;to=${encodeURIComponent(data.period.to)}">download</a>.</p></footer>
</body>
</html>`}\n`
}
