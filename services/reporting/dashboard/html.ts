/** Markup that is already safe: only `html` below makes one, so every other value gets escaped. */
export class SafeHtml {
  readonly value: string
  constructor(value: string) {
    this.value = value
  }
  toString(): string {
    return this.value
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | readonly Interpolation[]

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

function render(value: Interpolation): string {
  if (value === null || value === undefined) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

/** A template tag that escapes every interpolated value except markup it made itself. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]!) : ''), ''))
}

/** Numbers as people read them: grouped thousands, at most one decimal. */
export function formatNumber(value: number | null, unit = ''): string {
  if (value === null) return '—'
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: 1 })
  return unit === '' ? text : unit === '%' ? `${text} %` : `${text} ${unit}`
}
