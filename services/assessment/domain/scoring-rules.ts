import { AssessmentInputError } from './errors.ts'
import { ORDERED_SCALES } from './ordered-scales.ts'
import { formatNumber, formatPoints } from './rounding.ts'
import type { Band, BandedRule, Direction, LabelTier, LabelTierRule, ResponseValue, ScoringRule } from './types.ts'

export interface ScoredValue {
  points: number
  /** The rule with this bid's numbers filled in. */
  formula: string
}

export type Scorer = (value: ResponseValue) => ScoredValue

const DIRECTIONS: readonly Direction[] = ['higherIsBetter', 'lowerIsBetter']

/** What kind of answer a rule scores, so a criterion can be checked against its requirement's data type. */
export function scoredValueKind(rule: ScoringRule): 'number' | 'string' | 'boolean' | 'list' {
  if (rule.method === 'labelTier') return 'string'
  if (rule.method === 'proportional' && rule.listedItems != null) return 'list'
  if (rule.method === 'boolean') return 'boolean'
  return 'number'
}

/**
 * Prepares a rule for one criterion. Relative methods compare a bid with the best (and worst) competing
 * value, so `field` holds every competing valid value and is read once here: scoring n bids stays O(n).
 */
export function createScorer(
  rule: ScoringRule,
  maxPoints: number,
  field: readonly ResponseValue[],
  formatValue: (value: number) => string = formatNumber,
): Scorer {
  const format = { value: formatValue, max: formatNumber(maxPoints) }
  switch (rule.method) {
    case 'relativeToLowest':
      return numeric(ratioScorer('lowerIsBetter', maxPoints, field.map(asNumber), format))
    case 'proportional': {
      if (rule.listedItems != null) return listedItemsScorer(rule.listedItems, maxPoints, format)
      const baseline = rule.regulatoryBaseline ?? null
      const values = field.map(asNumber)
      return numeric(
        baseline === null
          ? ratioScorer(rule.direction, maxPoints, values, format)
          : beyondBaselineScorer(rule.direction, baseline, maxPoints, values, format),
      )
    }
    case 'linear':
      return numeric(linearScorer(maxPoints, field.map(asNumber), format))
    case 'banded':
      return numeric(bandedScorer(rule, maxPoints, format))
    case 'labelTier':
      return labelTierScorer(rule, maxPoints, format)
    case 'boolean':
      return (value) =>
        value === true
          ? { points: maxPoints, formula: `yes → full points ${format.max}` }
          : { points: 0, formula: 'no → 0' }
  }
}

/** Refuses rules that would make points meaningless (shares outside 0..1, empty or inverted bands). */
export function assertValidScoringRule(rule: ScoringRule, path: string): void {
  const fail = (where: string, message: string): never => {
    throw new AssessmentInputError('INVALID_CONFIGURATION', `${path}${where}`, message)
  }
  const checkShare = (share: number, where: string) => {
    if (!Number.isFinite(share) || share < 0 || share > 1) fail(where, `share ${share} must lie between 0 and 1`)
  }
  const checkBaseline = (baseline: number | null | undefined) => {
    if (baseline != null && !Number.isFinite(baseline)) fail('/regulatoryBaseline', 'baseline must be a finite number')
  }
  const checkDirection = (direction: Direction | undefined) => {
    if (direction !== undefined && !DIRECTIONS.includes(direction)) fail('/direction', `direction must be ${DIRECTIONS.join(' or ')}`)
  }
  switch (rule.method) {
    case 'relativeToLowest':
    case 'linear':
    case 'boolean':
      return
    case 'proportional':
      checkDirection(rule.direction)
      checkBaseline(rule.regulatoryBaseline)
      if (rule.listedItems != null && rule.listedItems.length === 0) fail('/listedItems', 'a list to score against needs at least one item')
      return
    case 'banded':
      checkDirection(rule.direction)
      checkBaseline(rule.regulatoryBaseline)
      if (rule.bands.length === 0) fail('/bands', 'a banded rule needs at least one band')
      rule.bands.forEach((band, index) => {
        checkShare(band.share, `/bands/${index}/share`)
        if (band.min !== null && band.max !== null && !(band.min < band.max)) {
          fail(`/bands/${index}`, `band min ${band.min} must be below max ${band.max}`)
        }
      })
      return
    case 'labelTier': {
      if (rule.tiers.length === 0) fail('/tiers', 'a label-tier rule needs at least one tier')
      const seen = new Set<string>()
      rule.tiers.forEach((tier, index) => {
        checkShare(tier.share, `/tiers/${index}/share`)
        if (seen.has(tier.value)) fail(`/tiers/${index}/value`, `tier '${tier.value}' is listed twice`)
        if (rule.scale != null && ORDERED_SCALES[rule.scale].parse(tier.value) !== tier.value) {
          fail(`/tiers/${index}/value`, `'${tier.value}' is not written as a value of the ${ORDERED_SCALES[rule.scale].name} scale`)
        }
        seen.add(tier.value)
      })
      return
    }
    default:
      fail('/method', `unknown scoring method '${(rule as { method: unknown }).method}'`)
  }
}

interface Formats {
  value: (value: number) => string
  max: string
}

type NumberScorer = (value: number) => ScoredValue

function numeric(scorer: NumberScorer): Scorer {
  return (value) => scorer(asNumber(value))
}

function asNumber(value: ResponseValue): number {
  if (typeof value !== 'number') throw new TypeError(`a numeric scoring rule received ${typeof value} ${String(value)}`)
  return value
}

function computed(points: number, expression: string): ScoredValue {
  return { points, formula: `${expression} = ${formatPoints(points)}` }
}

/** `max × v / vBest` (higher is better) or `max × vBest / v` (lower is better: relative to lowest). */
function ratioScorer(direction: Direction, maxPoints: number, values: readonly number[], format: Formats): NumberScorer {
  if (direction === 'higherIsBetter') {
    const fieldBest = Math.max(0, ...values)
    return (v) => {
      if (v <= 0) return { points: 0, formula: `${format.value(v)} is not positive, so it earns no share of the best value → 0` }
      const best = Math.max(fieldBest, v)
      return computed((maxPoints * v) / best, `${format.max} × ${format.value(v)} / ${format.value(best)}`)
    }
  }
  const fieldBest = Math.min(Number.POSITIVE_INFINITY, ...values.filter((value) => value >= 0))
  return (v) => {
    if (v < 0) return { points: 0, formula: `the ratio best / value is undefined for the negative value ${format.value(v)} → 0` }
    // Only a zero value can tie with a best of zero; any other value gets 0 / v = 0 from the formula itself.
    if (v === 0) return { points: maxPoints, formula: `${format.value(v)} is the lowest possible value → full points ${format.max}` }
    const best = Math.min(fieldBest, v)
    return computed((maxPoints * best) / v, `${format.max} × ${format.value(best)} / ${format.value(v)}`)
  }
}

/**
 * With a regulatory baseline only the improvement beyond what the law already requires is scored, in
 * proportion to the best improvement offered; a ratio of raw values would pay most of the points merely for
 * being legal.
 */
function beyondBaselineScorer(
  direction: Direction,
  baseline: number,
  maxPoints: number,
  values: readonly number[],
  format: Formats,
): NumberScorer {
  const gain = (v: number) => (direction === 'higherIsBetter' ? v - baseline : baseline - v)
  const fieldBestGain = Math.max(0, ...values.map(gain))
  const b = format.value(baseline)
  return (v) => {
    const own = gain(v)
    if (own <= 0) return notBeyondBaseline(v, baseline, format)
    const bestGain = Math.max(fieldBestGain, own)
    const best = format.value(direction === 'higherIsBetter' ? baseline + bestGain : baseline - bestGain)
    const value = format.value(v)
    const ratio = direction === 'higherIsBetter' ? `(${value} − ${b}) / (${best} − ${b})` : `(${b} − ${value}) / (${b} − ${best})`
    return computed((maxPoints * own) / bestGain, `beyond the regulatory baseline ${b}: ${format.max} × ${ratio}`)
  }
}

/** `max × (worst − v) / (worst − best)`, lower is better; when every value is equal nobody is worse, so all get full points. */
function linearScorer(maxPoints: number, values: readonly number[], format: Formats): NumberScorer {
  const fieldBest = Math.min(...values)
  const fieldWorst = Math.max(...values)
  return (v) => {
    const best = Math.min(fieldBest, v)
    const worst = Math.max(fieldWorst, v)
    if (worst === best) return { points: maxPoints, formula: `all values equal ${format.value(v)} → full points ${format.max}` }
    const [w, value] = [format.value(worst), format.value(v)]
    return computed((maxPoints * (worst - v)) / (worst - best), `${format.max} × (${w} − ${value}) / (${w} − ${format.value(best)})`)
  }
}

function bandedScorer(rule: BandedRule, maxPoints: number, format: Formats): NumberScorer {
  const direction = rule.direction ?? 'higherIsBetter'
  const baseline = rule.regulatoryBaseline ?? null
  return (v) => {
    if (baseline !== null && !exceeds(v, baseline, direction)) return notBeyondBaseline(v, baseline, format)
    const band = rule.bands.find((candidate) => inBand(v, candidate))
    if (band === undefined) return { points: 0, formula: `${format.value(v)} falls in no band → 0` }
    const prefix = baseline === null ? '' : `beyond the regulatory baseline ${format.value(baseline)}: `
    return computed(
      band.share * maxPoints,
      `${prefix}${format.value(v)} in band ${describeBand(band, format)} → ${band.share} × ${format.max}`,
    )
  }
}

/** `max × passed ÷ listed`: each listed item is worth the same share, and no other bid changes it. */
function listedItemsScorer(listed: readonly string[], maxPoints: number, format: Formats): Scorer {
  return (value) => {
    const passed = Array.isArray(value) ? value.length : 0
    return computed((maxPoints * passed) / listed.length, `${format.max} × ${passed} passed ÷ ${listed.length} listed`)
  }
}

function labelTierScorer(rule: LabelTierRule, maxPoints: number, format: Formats): Scorer {
  const scale = rule.scale == null ? null : ORDERED_SCALES[rule.scale]
  return (value) => {
    const text = String(value)
    if (scale === null) {
      const tier = rule.tiers.find((candidate) => candidate.value === value)
      if (tier === undefined) return { points: 0, formula: `'${text}' is not a scored tier → 0` }
      return computed(tier.share * maxPoints, `'${tier.value}' → ${tier.share} × ${format.max}`)
    }
    const answer = scale.parse(text)
    if (answer === null) return { points: 0, formula: `'${text}' is not a value of the ${scale.name} scale, so it reaches no tier → 0` }
    const reached = rule.tiers.filter((tier) => scale.atLeast(answer, tier.value))
    const best = reached.reduce<LabelTier | null>((top, tier) => (top === null || tier.share > top.share ? tier : top), null)
    if (best === null) return { points: 0, formula: `${answer} reaches no scored tier (${scale.name}) → 0` }
    const via = best.value === answer ? `'${answer}'` : `'${answer}' reaches '${best.value}'`
    return computed(best.share * maxPoints, `${via} → ${best.share} × ${format.max}`)
  }
}

function exceeds(value: number, baseline: number, direction: Direction): boolean {
  return direction === 'higherIsBetter' ? value > baseline : value < baseline
}

function notBeyondBaseline(value: number, baseline: number, format: Formats): ScoredValue {
  return {
    points: 0,
    formula:
      `${format.value(value)} does not go beyond the regulatory baseline ${format.value(baseline)}; ` +
      'meeting what the law already requires earns no points → 0',
  }
}

function inBand(value: number, band: Band): boolean {
  return (band.min === null || value >= band.min) && (band.max === null || value < band.max)
}

function describeBand(band: Band, format: Formats): string {
  const min = band.min === null ? '−∞' : format.value(band.min)
  const max = band.max === null ? '∞' : format.value(band.max)
  return `[${min}, ${max})`
}
