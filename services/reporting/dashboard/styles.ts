import { createHash } from 'node:crypto'

// One inline stylesheet, allowed by its hash in the page's Content-Security-Policy: the page
// loads nothing from anywhere, not even from this server.
export const STYLES = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f23; background: #fff; }
body { margin: 0 auto; max-width: 1040px; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #d0d7de; padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.meta { color: #444c56; margin: 0 0 .25rem; }
.warning { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem .75rem; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 1rem; }
summary { cursor: pointer; color: #0b5cad; margin-top: .25rem; }
figure { margin: 0; border: 1px solid #d0d7de; border-radius: 6px; padding: .75rem; }
figcaption { font-weight: 600; margin-bottom: .5rem; }
svg.chart { max-width: 100%; height: auto; }
svg.chart text { font-size: 11px; fill: #444c56; }
svg.chart text.unit { font-weight: 600; }
svg.chart .grid line { stroke: #e1e4e8; }
svg.chart .series { fill: none; stroke: #0b5cad; stroke-width: 2.5; }
svg.chart .point { fill: #0b5cad; }
svg.chart .target line { stroke: #a0400b; stroke-width: 2; stroke-dasharray: 6 4; }
svg.chart .target text { fill: #a0400b; font-weight: 600; }
.status-achieved, .status-onTrack { color: #116329; font-weight: 600; }
.status-offTrack { color: #a40e26; font-weight: 600; }
footer { margin-top: 2rem; color: #444c56; font-size: .9rem; }
a { color: #0b5cad; }
`

export const STYLES_HASH = `sha256-${createHash('sha256').update(STYLES).digest('base64')}`

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src '${STYLES_HASH}'`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
