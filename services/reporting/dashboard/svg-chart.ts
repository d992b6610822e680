import { formatNumber, html, type SafeHtml } from './html.ts'

export interface ChartPoint {
  label: string
  value: number | null
}

export interface ChartLine {
  value: number
  label: string
}

export interface LineChart {
  id: string
  title: string
  description: string
  unit: string
  points: readonly ChartPoint[]
  targets: readonly ChartLine[]
}

const WIDTH = 640
const HEIGHT = 240
const MARGIN = { top: 30, right: 96, bottom: 36, left: 64 }
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom
const TICKS = 4

/** The top of the axis: 100 for shares, else the smallest round step × TICKS above the data. */
function niceMax(max: number, unit: string): number {
  if (unit === '%' && max <= 100) return 100
  if (max <= 0) return TICKS
  const rough = (max * 1.05) / TICKS
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= rough)!
  return step * TICKS
}

/**
 * A line chart of one KPI over time as inline SVG, with the target as a dashed line. The SVG is an
 * image with a title and a description for assistive technology; the table beside it carries the
 * same figures for everyone who cannot see it.
 */
export function lineChart(chart: LineChart): SafeHtml {
  const values = [...chart.points.map((p) => p.value), ...chart.targets.map((t) => t.value)].filter((v): v is number => v !== null)
  const minimum = Math.min(0, ...values)
  const maximum = niceMax(Math.max(0, ...values), chart.unit)
  const x = (i: number) => MARGIN.left + (chart.points.length <= 1 ? PLOT_W / 2 : (i * PLOT_W) / (chart.points.length - 1))
  const y = (v: number) => MARGIN.top + PLOT_H - ((v - minimum) / (maximum - minimum || 1)) * PLOT_H
  const ticks = Array.from({ length: TICKS + 1 }, (_, i) => minimum + ((maximum - minimum) * i) / TICKS)

  // A period without data breaks the line instead of drawing it to zero.
  const segments: string[][] = [[]]
  chart.points.forEach((p, i) => {
    if (p.value === null) segments.push([])
    else segments.at(-1)!.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)
  })

  return html`<svg class="chart" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" aria-labelledby="${chart.id}-title ${chart.id}-desc">
<title id="${chart.id}-title">${chart.title}</title>
<desc id="${chart.id}-desc">${chart.description}</desc>
<text class="unit" x="${MARGIN.left - 8}" y="${MARGIN.top - 14}" text-anchor="end">${chart.unit}</text>
<g class="grid">${ticks.map((t) => html`<line x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/><text x="${MARGIN.left - 8}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${formatNumber(t)}</text>`)}</g>
<g class="axis">${chart.points.map((p, i) => html`<text x="${x(i).toFixed(1)}" y="${HEIGHT - 12}" text-anchor="middle">${p.label}</text>`)}</g>
${chart.targets.map((t) => html`<g class="target"><line x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${y(t.value).toFixed(1)}" y2="${y(t.value).toFixed(1)}"/><text x="${MARGIN.left + PLOT_W + 6}" y="${(y(t.value) + 4).toFixed(1)}">${t.label}</text></g>`)}
${segments.filter((s) => s.length > 1).map((s) => html`<polyline class="series" points="${s.join(' ')}"/>`)}
${chart.points.map((p, i) => (p.value === null ? '' : html`<circle class="point" cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="4"><title>${p.label}: ${formatNumber(p.value, chart.unit)}</title></circle>`))}
</svg>`
}
