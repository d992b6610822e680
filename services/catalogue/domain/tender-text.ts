/**
 * The tender text of a criteria set: the wording a buyer pastes into tender documents unchanged.
 *
 * Bidder-facing only: buyer-set values are blanks that say what the contracting authority decides,
 * award criteria state their weighting and scoring method in words and as a formula (Directive
 * 2014/24/EU, Art. 67(5)), and catalogue-admin fields (research status, where bands come from,
 * presets) stay out. Every piece of text carries the language it is served in, so that a field that
 * falls back to English says so (`lang` in HTML, a marker in Markdown).
 */
import type { CriterionContent, Requirement, ScoringRule } from '../schemas/criterion.ts'
import type { CriteriaSetContent } from '../schemas/criteria-set.ts'
import type { UnitCode } from './code-lists.ts'
import { pickWithLanguage, textDirection, type LocalizedText } from './localization.ts'

export interface TenderTextCriterion {
  id: string
  code: string
  version: number
  content: CriterionContent
}

/** English phrases of the frame; translations come from translations/<language>/tender-text.json. `{name}` marks a value filled in. */
export const tenderTextPhrases = {
  selectionCriterion: { en: 'Selection criteria' },
  technicalSpecification: { en: 'Technical specifications' },
  awardCriterion: { en: 'Award criteria' },
  contractPerformanceClause: { en: 'Contract performance clauses' },
  requirements: { en: 'Requirements' },
  verification: { en: 'Verification' },
  labels: { en: 'Accepted labels (or equivalent)' },
  minimum: { en: 'at least' },
  maximum: { en: 'at most' },
  buyerSets: { en: 'to be completed by the contracting authority before publication' },
  yes: { en: 'required' },
  oneOf: { en: 'one of' },
  source: { en: 'Catalogue reference' },
  version: { en: 'version {version}' },
  weighting: { en: 'Weighting: {weight} of the 100 quality points' },
  weightingBlank: { en: 'Weighting: ______ of the 100 quality points' },
  scoringMethod: { en: 'Scoring method' },
  formula: { en: 'Formula' },
  scoredRequirement: { en: 'Scored requirement: {requirement}' },
  booleanWords: { en: 'full points when the requirement is met, no points otherwise' },
  booleanFormula: { en: 'points = W if met; points = 0 if not met' },
  higherWords: { en: 'points in proportion to the value offered, relative to the highest value offered by any compliant tender' },
  higherFormula: { en: 'points = W × value offered ÷ highest value offered' },
  lowerWords: { en: 'points in proportion to the lowest value offered by any compliant tender, relative to the value offered' },
  lowerFormula: { en: 'points = W × lowest value offered ÷ value offered' },
  bandedWords: { en: 'points by the band in which the value offered falls' },
  bandedFormula: { en: 'points = W × share of the band reached' },
  bandsBlank: { en: 'bands and their shares of W: ______' },
  band: { en: 'from {min} to below {max}: {share} % of W' },
  bandFrom: { en: '{min} or more: {share} % of W' },
  bandBelow: { en: 'below {max}: {share} % of W' },
  labelTierWords: { en: 'points by the label tier (or equivalent) the product reaches' },
  labelTierFormula: { en: 'points = W × share of the tier reached; no points for a tier not listed' },
  tier: { en: '{tier}: {share} % of W' },
  baselineNote: { en: 'only what goes beyond the legal minimum of {baseline} earns points: the value offered and the best value are counted from {baseline}' },
  higherBaselineFormula: { en: 'points = W × (value offered − {baseline}) ÷ (highest value offered − {baseline}); 0 at or below {baseline}' },
  lowerBaselineFormula: { en: 'points = W × ({baseline} − value offered) ÷ ({baseline} − lowest value offered); 0 at or above {baseline}' },
  weightSymbol: { en: 'W is the weighting of this criterion' },
  fallbackMarker: { en: '(English text, not yet translated)' },
} satisfies Record<string, LocalizedText>

export type PhraseKey = keyof typeof tenderTextPhrases

export interface TenderTextFrame {
  phrases: Record<PhraseKey, LocalizedText>
  units: Record<UnitCode, LocalizedText>
}

export interface TenderTextInput {
  setId: string
  setVersion: number
  content: CriteriaSetContent
  criteria: TenderTextCriterion[]
  language: string
  frame: TenderTextFrame
}

/** A piece of text and its language; null for language-neutral pieces (codes, numbers, blanks). */
export interface Span {
  text: string
  language: string | null
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; items: Span[][] }

const BLANK = '______'

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

function number(value: number): string {
  return String(Math.round(value * 100) / 100)
}

interface Writer {
  text(text: LocalizedText): Span
  say(key: PhraseKey, values?: Record<string, string | number>): Span
  unit(code: string | null): Span | null
}

function writer(frame: TenderTextFrame, language: string): Writer {
  const text = (t: LocalizedText): Span => pickWithLanguage(t, language)
  return {
    text,
    say(key, values = {}) {
      const span = text(frame.phrases[key])
      return { ...span, text: fill(span.text, values) }
    },
    unit: (code) => (code === null ? null : text(frame.units[code as UnitCode])),
  }
}

const plain = (text: string): Span => ({ text, language: null })

/** Spans joined with a separator, the separator taking the language of the piece it follows. */
function joined(parts: Span[][], separator: string): Span[] {
  return parts.flatMap((part, i) => (i === 0 ? part : [plain(separator), ...part]))
}

function requirementLine(w: Writer, requirement: Requirement): Span[] {
  const unit = w.unit(requirement.unit)
  const withUnit = (value: string): Span[] => (unit ? [plain(`${value} `), unit] : [plain(value)])
  const parts: Span[][] = []
  const parameter = requirement.buyerParameter
  if (requirement.dataType === 'boolean') parts.push([w.say('yes')])
  if (requirement.minValue !== null) parts.push([w.say('minimum'), plain(' '), ...withUnit(String(requirement.minValue))])
  if (requirement.maxValue !== null) parts.push([w.say('maximum'), plain(' '), ...withUnit(String(requirement.maxValue))])
  if (requirement.allowedValues) parts.push([w.say('oneOf'), plain(`: ${requirement.allowedValues.join(', ')}`)])
  if (parameter) {
    // A `value` parameter is a list or a choice the buyer writes out, not a number to fill in.
    if (parameter.bound !== 'value' && requirement.dataType !== 'boolean') parts.push([w.say(parameter.bound === 'min' ? 'minimum' : 'maximum'), plain(' '), ...withUnit(BLANK)])
    parts.push([plain('['), w.say('buyerSets'), plain(': '), w.text(parameter.description), plain(']')])
  }
  const title = w.text(requirement.title)
  return parts.length === 0 ? [title] : [title, plain(': '), ...joined(parts, '; ')]
}

/** The legal minimum a proportional or banded award criterion counts from, when the requirement names one. */
function regulatoryBaseline(requirement: Requirement | undefined): number | null {
  const preset = requirement?.presets.find((p) => p.kind === 'regulatoryBaseline' && typeof p.value === 'number')
  return preset ? (preset.value as number) : null
}

function bandLine(w: Writer, band: { min: number | null; max: number | null; share: number }): Span[] {
  const share = number(band.share * 100)
  if (band.min !== null && band.max !== null) return [w.say('band', { min: number(band.min), max: number(band.max), share })]
  if (band.min !== null) return [w.say('bandFrom', { min: number(band.min), share })]
  return [w.say('bandBelow', { max: number(band.max ?? 0), share })]
}

/** Weighting, scoring method in words, formula and the scored requirement of an award criterion. */
function scoringBlocks(w: Writer, c: CriterionContent, rule: ScoringRule, weight: number | null): Block[] {
  const requirement = c.requirements.find((r) => r.id === rule.requirementId)
  const blocks: Block[] = [{ kind: 'paragraph', spans: [weight === null ? w.say('weightingBlank') : w.say('weighting', { weight: number(weight) })] }]
  const words: Span[] = []
  const formula: Span[] = []
  const list: Span[][] = []
  if (rule.method === 'boolean') {
    words.push(w.say('booleanWords'))
    formula.push(w.say('booleanFormula'))
  } else if (rule.method === 'proportional') {
    const higher = rule.direction !== 'lowerIsBetter'
    const baseline = regulatoryBaseline(requirement)
    words.push(w.say(higher ? 'higherWords' : 'lowerWords'))
    if (baseline === null) formula.push(w.say(higher ? 'higherFormula' : 'lowerFormula'))
    else formula.push(w.say(higher ? 'higherBaselineFormula' : 'lowerBaselineFormula', { baseline: number(baseline) }))
  } else if (rule.method === 'banded') {
    words.push(w.say('bandedWords'))
    formula.push(w.say('bandedFormula'))
    if (rule.bands) list.push(...rule.bands.map((band) => bandLine(w, band)))
    else list.push([w.say('bandsBlank'), plain(' ['), w.say('buyerSets'), plain(']')])
  } else {
    words.push(w.say('labelTierWords'))
    formula.push(w.say('labelTierFormula'))
    list.push(...(rule.tiers ?? []).map((tier) => [w.say('tier', { tier: tier.value, share: number(tier.share * 100) })]))
  }
  const baseline = rule.method === 'proportional' || rule.method === 'banded' ? regulatoryBaseline(requirement) : null
  if (baseline !== null) {
    const unit = w.unit(requirement?.unit ?? null)
    words.push(plain('; '), w.say('baselineNote', { baseline: unit ? `${number(baseline)} ${unit.text}` : number(baseline) }))
  }
  blocks.push({ kind: 'paragraph', spans: [w.say('scoringMethod'), plain(': '), ...words, plain('.')] })
  blocks.push({ kind: 'paragraph', spans: [w.say('formula'), plain(': '), ...formula, plain(' ('), w.say('weightSymbol'), plain(').')] })
  if (list.length > 0) blocks.push({ kind: 'list', items: list })
  if (requirement) blocks.push({ kind: 'paragraph', spans: [w.say('scoredRequirement', { requirement: w.text(requirement.title).text }), plain('.')] })
  return blocks
}

/** The tender wording as a small document model, rendered to HTML or Markdown below. */
export function tenderTextBlocks(input: TenderTextInput): Block[] {
  const w = writer(input.frame, input.language)
  const blocks: Block[] = [
    { kind: 'heading', level: 1, spans: [w.text(input.content.title)] },
    { kind: 'paragraph', spans: [w.text(input.content.description)] },
  ]
  const weights = new Map(input.content.items.map((item) => [item.criterionId, item.suggestedWeight]))
  const order = ['selectionCriterion', 'technicalSpecification', 'awardCriterion', 'contractPerformanceClause'] as const
  for (const type of order) {
    const ofType = input.criteria.filter((c) => c.content.type === type)
    if (ofType.length === 0) continue
    blocks.push({ kind: 'heading', level: 2, spans: [w.say(type)] })
    for (const criterion of ofType) {
      const c = criterion.content
      blocks.push({ kind: 'heading', level: 3, spans: [plain(`${criterion.code} `), w.text(c.title)] })
      blocks.push({ kind: 'paragraph', spans: [w.text(c.description)] })
      const applicable = c.requirements.filter((r) => r.ambitionLevels.includes(input.content.ambitionLevel))
      if (applicable.length > 0) {
        blocks.push({ kind: 'paragraph', spans: [w.say('requirements'), plain(':')] })
        blocks.push({ kind: 'list', items: applicable.map((r) => requirementLine(w, r)) })
      }
      if (c.scoring) blocks.push(...scoringBlocks(w, c, c.scoring, weights.get(criterion.id) ?? null))
      blocks.push({ kind: 'paragraph', spans: [w.say('verification'), plain(': '), w.text(c.verification)] })
      if (c.acceptedLabels.length > 0) blocks.push({ kind: 'paragraph', spans: [w.say('labels'), plain(`: ${c.acceptedLabels.join(', ')}`)] })
      blocks.push({ kind: 'paragraph', spans: [w.say('source'), plain(`: ${criterion.id}, `), w.say('version', { version: criterion.version })] })
    }
  }
  return blocks
}

function spansOf(blocks: Block[]): Span[] {
  return blocks.flatMap((block) => (block.kind === 'list' ? block.items.flat() : block.spans))
}

/**
 * The languages the text is served in, the main one first: the language asked for when any text
 * was served in it, otherwise English. This is what Content-Language names.
 */
export function servedLanguages(blocks: Block[], asked: string): string[] {
  const used = new Set(spansOf(blocks).flatMap((span) => (span.language === null ? [] : [span.language])))
  const main = used.has(asked) ? asked : 'en'
  return [main, ...[...used].filter((language) => language !== main).sort()]
}

export interface RenderedTenderText {
  body: string
  /** For Content-Language, main language first. */
  languages: string[]
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1')
}

export function renderHtml(input: TenderTextInput): RenderedTenderText {
  const blocks = tenderTextBlocks(input)
  const languages = servedLanguages(blocks, input.language)
  const main = languages[0]!
  const html = (spans: Span[]) =>
    spans
      .map((span) =>
        span.language === null || span.language === main
          ? escapeHtml(span.text)
          : `<span lang="${escapeHtml(span.language)}" dir="${textDirection(span.language)}">${escapeHtml(span.text)}</span>`,
      )
      .join('')
  const body = blocks
    .map((block) => {
      if (block.kind === 'heading') return `<h${block.level}>${html(block.spans)}</h${block.level}>`
      if (block.kind === 'paragraph') return `<p>${html(block.spans)}</p>`
      return `<ul>\n${block.items.map((item) => `  <li>${html(item)}</li>`).join('\n')}\n</ul>`
    })
    .join('\n')
  const title = escapeHtml(blocks[0]?.kind === 'heading' ? blocks[0].spans.map((s) => s.text).join('') : '')
  const lang = escapeHtml(main)
  return {
    body: `<!doctype html>\n<html lang="${lang}" dir="${textDirection(main)}">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${body}\n</body>\n</html>\n`,
    languages,
  }
}

export function renderMarkdown(input: TenderTextInput): RenderedTenderText {
  const blocks = tenderTextBlocks(input)
  const languages = servedLanguages(blocks, input.language)
  const main = languages[0]!
  const marker = ` ${pickWithLanguage(input.frame.phrases.fallbackMarker, main).text}`
  const markdown = (spans: Span[]) => spans.map((span) => escapeMarkdown(span.text) + (span.language !== null && span.language !== main ? escapeMarkdown(marker) : '')).join('')
  const body = blocks
    .map((block) => {
      if (block.kind === 'heading') return `${'#'.repeat(block.level)} ${markdown(block.spans)}`
      if (block.kind === 'paragraph') return markdown(block.spans)
      return block.items.map((item) => `- ${markdown(item)}`).join('\n')
    })
    .join('\n\n')
  return { body: body + '\n', languages }
}
