import { ORDERED_SCALES, type OrderedScaleId } from './ordered-scales.ts'
import { formatNumber } from './rounding.ts'
import type { AwardCriterion, Band, CriteriaSnapshot, FactorSet, PriceBasis, PriceScoringRule, ProcurementSettings, ScoringRule } from './types.ts'

// Every rule the evaluation applies, in words and formulas, published with the tender so that a bidder can
// compute its own score before bidding. Each sentence states what the code in this folder does; when a rule
// changes here, its sentence changes with it.

export interface AwardCriterionRule {
  criterionId: string
  maxPoints: number
  method: ScoringRule['method']
  formula: string
  evidenceRequired: boolean
}

export interface TenderScoringRules {
  /** The stages in the order they are applied. */
  stages: string[]
  evidence: string
  price: { basis: PriceBasis, method: PriceScoringRule['method'], maxPoints: number, formula: string }
  lifeCycleCost: string
  quality: { maxPoints: number, minimumQualityScore: number | null, criteria: AwardCriterionRule[] }
  tieBreak: string[]
  rounding: string
  co2e: string
  scales: { id: OrderedScaleId, name: string, order: string }[]
}

type Settings = Pick<ProcurementSettings, 'priceWeight' | 'qualityWeight' | 'minimumQualityScore' | 'priceScoring' | 'years'> & { factorSet: FactorSet | undefined }

export const STAGES: readonly string[] = [
  'Exclusion: a supplier with an exclusion in force on the evaluation date is excluded.',
  'Selection: every selection criterion must be met and proven by verified, unexpired evidence; evidence not yet verified leaves the bid pending.',
  'Technical specifications: every requirement of a mandatory specification must be met, and its evidence must not be rejected or expired where the specification needs evidence.',
  'Quality points: each award criterion scores the bids that passed the gates; an unmet requirement of the criterion earns 0 and the answer is left out of the comparison.',
  'Minimum quality score: a bid below it is eliminated before price scoring.',
  'Price points: scored among the bids still in the competition only.',
  'Ranking: total points, with the tie-breaks below.',
]

export const EVIDENCE_RULE =
  'Selection criteria always need verified evidence; without any, the criterion fails. Technical specifications and award criteria need it ' +
  'when the catalogue accepts any document not written by the bidder itself (a test report, a certificate, a registry entry, a label ' +
  'certificate, a product carbon footprint, an audit report...); criteria proven only by the bidder’s own declaration, technical dossier, ' +
  'warranty terms or service agreement are taken as answered. The tender marks each criterion with `evidenceRequired`. One verified, ' +
  'unexpired document is enough. Rejected or expired evidence: the answer is not accepted (a mandatory specification fails the bid; an award ' +
  'criterion earns 0 and its answer is left out of the comparison). Missing or unverified evidence: the answer is scored as given, the line ' +
  'is marked provisional and listed in `pendingEvidence`, and the evaluation is provisional while any ranked bid has pending evidence. ' +
  'An award needs a final evaluation.'

export const TIE_BREAK: readonly string[] = [
  'More total points (compared to 1e-9 points, so floating-point noise never decides).',
  'Lower life-cycle cost.',
  'Earlier submission time.',
  'Lower bid id (character order), so the same bids always rank the same.',
]

export const ROUNDING =
  'Money: each cost term is rounded half up to cents when computed, and totals are sums of the published terms; price points use those ' +
  'published amounts. Points keep full precision; explanations show two decimals.'

export function lifeCycleCostRule(years: number): string {
  return (
    `Over the horizon H = ${formatNumber(years)} years, per product line of declared lifetime L, undiscounted: acquisition (quantity × unit price) ` +
    '+ replacements ((⌈H ÷ L⌉ − 1) × quantity × unit price) + energy (yearly kWh × tariff × H × quantity) + service (as quoted for the horizon) ' +
    '− residual value (the declared buy-back value at the end of the horizon, or straight-line: quantity × unit price × (⌈H ÷ L⌉ × L − H) ÷ L). ' +
    'The bid’s life-cycle cost is the sum of its lines.'
  )
}

export const CO2E_RULE =
  'Per product line: embodied kg per unit (for a refurbished unit the factor set’s refurbishment burden when it has one; otherwise the ' +
  'bidder’s declared product carbon footprint when given; otherwise the factor set’s figure for a new device of that type) + yearly kWh × ' +
  'grid kg CO2e/kWh × H, times the quantity. annualisedKgPerYear = quantity × ' +
  '(embodied kg ÷ declared lifetime L + yearly kWh × grid kg CO2e/kWh): a longer life spreads the same embodied emissions over more years. ' +
  'CO2e is reported, not scored, unless an award criterion scores it.'

function co2eFactorsOfTender(set: FactorSet): string {
  return `This tender: factor set ${set.id} version ${set.version} (GET /api/v1/factor-sets/${set.id}?version=${set.version}), devices used in ${set.placeOfUse}, grid ${formatNumber(set.gridKgCo2ePerKWh)} kg CO2e/kWh.`
}

const PRICE_FORMULA: Record<PriceScoringRule['method'], (max: string) => string> = {
  relativeToLowest: (max) => `${max} × lowest ÷ own; the lowest amount earns ${max}.`,
  linear: (max) => `${max} × (highest − own) ÷ (highest − lowest); the lowest earns ${max}, the highest 0; when all are equal each earns ${max}.`,
}

const BASIS: Record<PriceBasis, string> = {
  lifeCycleCost: 'the life-cycle cost',
  acquisitionPrice: 'the acquisition price (first purchase)',
}

export function tenderScoringRules(settings: Settings, criteria: CriteriaSnapshot): TenderScoringRules {
  const { basis, rule } = settings.priceScoring
  const max = formatNumber(settings.priceWeight)
  return {
    stages: [...STAGES],
    evidence: EVIDENCE_RULE,
    price: {
      basis,
      method: rule.method,
      maxPoints: settings.priceWeight,
      formula: `Computed on ${BASIS[basis]} among the bids still competing: ${PRICE_FORMULA[rule.method](max)}`,
    },
    lifeCycleCost: lifeCycleCostRule(settings.years),
    quality: {
      maxPoints: settings.qualityWeight,
      minimumQualityScore: settings.minimumQualityScore,
      criteria: criteria.awardCriteria.map(awardCriterionRule),
    },
    tieBreak: [...TIE_BREAK],
    rounding: ROUNDING,
    co2e: settings.factorSet ? `${CO2E_RULE} ${co2eFactorsOfTender(settings.factorSet)}` : CO2E_RULE,
    scales: Object.values(ORDERED_SCALES).map(({ id, name, order }) => ({ id, name, order })),
  }
}

function awardCriterionRule(criterion: AwardCriterion): AwardCriterionRule {
  const max = formatNumber(criterion.maxPoints)
  const base = `Scores ${criterion.scoredRequirementId}; every requirement of the criterion must be met. `
  const evidence = criterion.evidenceRequired === true ? ' Counts only once its evidence is verified.' : ''
  return {
    criterionId: criterion.id,
    maxPoints: criterion.maxPoints,
    method: criterion.scoring.method,
    formula: `${base}${ruleFormula(criterion.scoring, max)}${evidence}`,
    evidenceRequired: criterion.evidenceRequired === true,
  }
}

/** The formula of one scoring rule, with the tender's numbers in it. */
export function ruleFormula(rule: ScoringRule, max: string): string {
  switch (rule.method) {
    case 'boolean':
      return `Yes earns ${max}, no earns 0.`
    case 'relativeToLowest':
      return `${max} × lowest ÷ own among the competing bids.`
    case 'linear':
      return `${max} × (highest − own) ÷ (highest − lowest) among the competing bids.`
    case 'proportional': {
      if (rule.listedItems != null) {
        return `${max} × passed ÷ ${rule.listedItems.length} listed (${rule.listedItems.join('; ')}), whatever the other bids pass.`
      }
      const baseline = rule.regulatoryBaseline ?? null
      const higher = rule.direction === 'higherIsBetter'
      if (baseline !== null) {
        const b = formatNumber(baseline)
        return higher
          ? `At or below the regulatory baseline ${b}: 0. Above it: ${max} × (own − ${b}) ÷ (best − ${b}), best = the highest competing value.`
          : `At or above the regulatory baseline ${b}: 0. Below it: ${max} × (${b} − own) ÷ (${b} − best), best = the lowest competing value.`
      }
      return higher
        ? `${max} × own ÷ best, best = the highest competing value; a value of 0 or less earns 0.`
        : `${max} × best ÷ own, best = the lowest competing value; 0 is the best possible value, a negative value earns 0.`
    }
    case 'banded': {
      const baseline = rule.regulatoryBaseline ?? null
      const bands = rule.bands.map((band) => `${describeBand(band)} → ${band.share} × ${max}`).join('; ')
      const prefix =
        baseline === null
          ? ''
          : `Not beyond the regulatory baseline ${formatNumber(baseline)} (${rule.direction === 'lowerIsBetter' ? 'at or above' : 'at or below'}): 0. `
      return `${prefix}Bands, minimum included, maximum excluded, first match wins: ${bands}; outside every band: 0.`
    }
    case 'labelTier': {
      const tiers = rule.tiers.map((tier) => `${tier.value} → ${tier.share} × ${max}`).join('; ')
      if (rule.scale == null) return `Tiers: ${tiers}; any other answer: 0.`
      return `Tiers on the ${ORDERED_SCALES[rule.scale].name} scale, the best tier the answer reaches counts: ${tiers}; reaching none, or an answer not on the scale: 0.`
    }
  }
}

function describeBand(band: Band): string {
  const min = band.min === null ? '−∞' : formatNumber(band.min)
  const max = band.max === null ? '∞' : formatNumber(band.max)
  return `[${min}, ${max})`
}
