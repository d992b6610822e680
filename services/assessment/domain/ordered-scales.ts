// Classes, codes and tiers that are written as text but have an order: a minimum of IP65 or a Gold tier is
// checked by that order, never by comparing strings. docs/scoring.md lists the scales and their orders.

export type OrderedScaleId = 'ipCode' | 'ashraeClass' | 'euLabelClass' | 'epeatTier' | 'tcoGeneration'

export interface OrderedScale {
  id: OrderedScaleId
  name: string
  /** How the scale is ordered, for the tender text. */
  order: string
  /** The canonical spelling of a value on this scale, or null when the text is not on it. */
  parse(text: string): string | null
  /** Whether `value` is at least as good as `threshold`; both canonical. */
  atLeast(value: string, threshold: string): boolean
}

/** A scale where every value is better than the one before it. */
function ranked(
  id: OrderedScaleId,
  name: string,
  order: string,
  worstFirst: readonly string[],
  normalise: (text: string) => string,
): OrderedScale {
  const rank = new Map(worstFirst.map((value, index) => [value, index]))
  return {
    id,
    name,
    order,
    parse: (text) => {
      const value = normalise(text.trim())
      return rank.has(value) ? value : null
    },
    atLeast: (value, threshold) => rank.get(value)! >= rank.get(threshold)!,
  }
}

const IP_CODE = /^IP([0-6X])([0-9X])[A-DHMSW]{0,2}$/

// IEC 60529: numerals up to 6 include every lower numeral; 7 (temporary immersion) and 8 (continuous
// immersion) do not include the jets of 5 and 6, so a device must be dual-coded (IP65/IP68) to meet both.
// The standard does not say that 7 or 8 include 1 to 4 either, so they meet only 7 or 8. An X (not tested)
// meets nothing but a minimum of X or 0 in that place.
function waterAtLeast(value: string, threshold: string): boolean {
  if (threshold === 'X' || threshold === '0') return true
  if (value === 'X') return false
  const [v, t] = [Number(value), Number(threshold)]
  return v >= 7 ? t >= 7 && v >= t : t <= 6 && v >= t
}

function solidsAtLeast(value: string, threshold: string): boolean {
  if (threshold === 'X' || threshold === '0') return true
  return value !== 'X' && Number(value) >= Number(threshold)
}

const ipCode: OrderedScale = {
  id: 'ipCode',
  name: 'IP code (IEC 60529)',
  order:
    'Each digit is compared on its own: the first (solids, 0–6) and the second (water, 0–8) must each reach the minimum. ' +
    'Up to 6 a water digit includes every lower one; 7 and 8 (immersion) meet only a minimum of 7 or 8, so an immersion-rated ' +
    'device meets a minimum of 1–6 only when dual-coded, e.g. IP65/IP68. X (not tested) meets only X or 0.',
  parse: (text) => {
    const codes = text.toUpperCase().replace(/\s+/g, '').split('/')
    const parsed = codes.map((code) => IP_CODE.exec(code))
    if (parsed.some((match) => match === null)) return null
    return parsed.map((match) => `IP${match![1]}${match![2]}`).join('/')
  },
  atLeast: (value, threshold) =>
    value.split('/').some((code) =>
      threshold.split('/').every((minimum) => solidsAtLeast(code[2]!, minimum[2]!) && waterAtLeast(code[3]!, minimum[3]!)),
    ),
}

const ashraeClass: OrderedScale = (() => {
  const air = ['A1', 'A2', 'A3', 'A4']
  const liquid = ['W17', 'W27', 'W32', 'W40', 'W45', 'W+']
  const rank = new Map([...air.map((v, i) => [v, i] as const), ...liquid.map((v, i) => [v, i] as const)])
  const family = (value: string) => value[0]
  return {
    id: 'ashraeClass',
    name: 'ASHRAE thermal guideline class',
    order:
      'Air-cooled classes A1 < A2 < A3 < A4 and liquid-cooled classes W17 < W27 < W32 < W40 < W45 < W+: a higher class ' +
      'allows warmer inlet air or water, so more hours of free cooling. An air class and a liquid class are never comparable.',
    parse: (text) => {
      const value = text.trim().toUpperCase().replace(/^ASHRAE\s*/, '').replace(/^CLASS\s*/, '')
      return rank.has(value) ? value : null
    },
    atLeast: (value, threshold) => family(value) === family(threshold) && rank.get(value)! >= rank.get(threshold)!,
  }
})()

const euLabelClass = ranked(
  'euLabelClass',
  'EU label class A–G',
  'G < F < E < D < C < B < A: A is best. Used for energy-label classes (Regulation (EU) 2017/1369) and the classes of ' +
    'Regulation (EU) 2023/1669 (energy efficiency, repeated free-fall reliability, repairability).',
  ['G', 'F', 'E', 'D', 'C', 'B', 'A'],
  (text) => text.toUpperCase().replace(/^CLASS\s*/, ''),
)

const epeatTier = ranked(
  'epeatTier',
  'EPEAT tier',
  'Bronze < Silver < Gold.',
  ['Bronze', 'Silver', 'Gold'],
  (text) => {
    const word = text.replace(/^EPEAT\s*/i, '').toLowerCase()
    return word.charAt(0).toUpperCase() + word.slice(1)
  },
)

const TCO = /^TCO(?:\s*CERTIFIED)?[\s,]*(?:GENERATION|GEN\.?)?\s*(\d{1,2})$/

const tcoGeneration: OrderedScale = {
  id: 'tcoGeneration',
  name: 'TCO Certified generation',
  order: 'By generation number: a later generation sets stricter criteria, so generation 10 meets a minimum of generation 9.',
  parse: (text) => {
    const match = TCO.exec(text.trim().toUpperCase())
    return match === null ? null : `TCO Certified generation ${Number(match[1])}`
  },
  atLeast: (value, threshold) => generationOf(value) >= generationOf(threshold),
}

function generationOf(value: string): number {
  return Number(value.slice(value.lastIndexOf(' ') + 1))
}

export const ORDERED_SCALES: Record<OrderedScaleId, OrderedScale> = { ipCode, ashraeClass, euLabelClass, epeatTier, tcoGeneration }

/**
 * The scale a buyer's threshold is written on. The scales' spellings never overlap (IP65, A2, C, Gold,
 * TCO Certified generation 9), so a threshold names exactly one scale or none.
 */
export function scaleOf(text: string): { scale: OrderedScale, value: string } | null {
  for (const scale of Object.values(ORDERED_SCALES)) {
    const value = scale.parse(text)
    if (value !== null) return { scale, value }
  }
  return null
}
