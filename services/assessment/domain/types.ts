import type { OrderedScaleId } from './ordered-scales.ts'

// The shapes the assessment service hands to, and receives from, the pure evaluation logic.
// Money is a decimal string with its ISO 4217 currency (README, API conventions); dates are 'YYYY-MM-DD'
// timestamps are ISO 8601; CO2e is in kg, energy in kWh, mass in kg.

export interface Money {
  amount: string
  currency: string
}

// --- Requirements and responses -------------------------------------------------------------

/** `itemList`: the bid names which of the buyer's `listedItems` it passes (tests, for example). */
export type RequirementDataType = 'boolean' | 'number' | 'integer' | 'string' | 'enum' | 'date' | 'itemList'

/** One requirement of a pinned criteria-set snapshot; for a tender the buyer-set thresholds are already in minValue/maxValue. */
export interface Requirement {
  id: string
  dataType: RequirementDataType
  unit: string | null
  minValue: number | null
  maxValue: number | null
  allowedValues: string[] | null
  expectedValue: boolean | null
  /** Set when the text answer is a value on an ordered scale; `minLevel`/`maxLevel` are then compared by its order. */
  scale?: OrderedScaleId | null
  minLevel?: string | null
  maxLevel?: string | null
  /** For `itemList` requirements: the items the buyer lists, each answered by naming it when passed. */
  listedItems?: string[] | null
}

export type ResponseValue = boolean | number | string | string[]

export interface RequirementResponse {
  requirementId: string
  value: ResponseValue
  unit?: string
}

/**
 * `malformed`: the answer itself is unusable (missing, wrong type or unit, not an integer, not a date):
 * the service rejects the submission. `unmet`: a well-formed answer that misses the threshold: the bid is
 * accepted and fails that requirement at evaluation.
 */
export type ProblemKind = 'malformed' | 'unmet'

export type ProblemCode =
  | 'MISSING_RESPONSE'
  | 'WRONG_TYPE'
  | 'EMPTY_VALUE'
  | 'UNIT_MISMATCH'
  | 'NOT_AN_INTEGER'
  | 'INVALID_DATE'
  | 'BELOW_MINIMUM'
  | 'ABOVE_MAXIMUM'
  | 'NOT_ALLOWED_VALUE'
  | 'NOT_EXPECTED_VALUE'
  | 'NOT_COMPARABLE'
  | 'NOT_LISTED'
  | 'DUPLICATE_ITEM'

export interface ResponseProblem {
  requirementId: string
  /** JSON Pointer relative to the response (`/value`, `/unit`), or `''` (the responses list) for a missing answer. */
  path: string
  code: ProblemCode
  kind: ProblemKind
  message: string
}

// --- Scoring rules -------------------------------------------------------------------------

export type Direction = 'higherIsBetter' | 'lowerIsBetter'

/** `S = maxPoints × best / value`: the lowest value gets full points (EU "relative to lowest bid"). */
export interface RelativeToLowestRule {
  method: 'relativeToLowest'
}

/** `S = maxPoints × (worst − value) / (worst − best)`, lower is better; all-equal values get full points. */
export interface LinearRule {
  method: 'linear'
}

/**
 * Without `listedItems`: relative to the best competing value (`max × v / vBest`, or beyond the baseline).
 * With `listedItems`: over the buyer's list, `max × passed ÷ listed`, whatever the other bids offer.
 */
export interface ProportionalRule {
  method: 'proportional'
  direction: Direction
  /** A level the law already requires: only performance beyond it is scored. */
  regulatoryBaseline?: number | null
  listedItems?: string[] | null
}

/** `min` inclusive, `max` exclusive, either open when null; the first band that matches wins. */
export interface Band {
  min: number | null
  max: number | null
  /** Share of maxPoints, 0..1. */
  share: number
}

export interface BandedRule {
  method: 'banded'
  bands: Band[]
  /** Which side of `regulatoryBaseline` counts as better; defaults to higherIsBetter. */
  direction?: Direction
  regulatoryBaseline?: number | null
}

export interface LabelTier {
  value: string
  share: number
}

/** With a `scale`, an answer earns the share of the best tier it reaches (Gold reaches a Silver tier). */
export interface LabelTierRule {
  method: 'labelTier'
  tiers: LabelTier[]
  scale?: OrderedScaleId | null
}

export interface BooleanRule {
  method: 'boolean'
}

export type ScoringRule =
  | RelativeToLowestRule
  | LinearRule
  | ProportionalRule
  | BandedRule
  | LabelTierRule
  | BooleanRule

export type PriceScoringRule = RelativeToLowestRule | LinearRule

export type PriceBasis = 'lifeCycleCost' | 'acquisitionPrice'

export interface PriceScoring {
  basis: PriceBasis
  rule: PriceScoringRule
}

// --- Criteria snapshot ---------------------------------------------------------------------

export interface TechnicalSpecification {
  id: string
  /** A failing requirement of a mandatory specification makes the bid non-compliant; others are only reported. */
  mandatory: boolean
  requirements: Requirement[]
  /** The answers count only once their evidence is verified (docs/scoring.md, evidence); absent means false. */
  evidenceRequired?: boolean
}

/** Passes when every requirement is met and the criterion's evidence is verified and still valid. */
export interface SelectionCriterion {
  id: string
  requirements: Requirement[]
}

export interface AwardCriterion {
  id: string
  maxPoints: number
  /** Every requirement must be met for any points; the value of `scoredRequirementId` is what the rule scores. */
  requirements: Requirement[]
  scoredRequirementId: string
  scoring: ScoringRule
  /** The answer earns points only once its evidence is verified; rejected evidence earns 0. Absent means false. */
  evidenceRequired?: boolean
}

export interface CriteriaSnapshot {
  technicalSpecifications: TechnicalSpecification[]
  selectionCriteria: SelectionCriterion[]
  awardCriteria: AwardCriterion[]
}

// --- Factors, procurement, bids ------------------------------------------------------------

export interface FactorSet {
  id: string
  version: string
  /** Where the devices are used: `EEE` Europe, `WOR` world or an ISO 3166 alpha-3 country; its grid factor is `gridKgCo2ePerKWh`. */
  placeOfUse: string
  embodiedKgCo2ePerUnit: Record<string, number>
  refurbishmentKgCo2ePerUnit: Record<string, number>
  gridKgCo2ePerKWh: number
  sources: string[]
}

export interface ProcurementSettings {
  /** Maximum price points. */
  priceWeight: number
  /** Maximum quality points; the award criteria's maxPoints must add up to it. */
  qualityWeight: number
  /** OCDS criterionThreshold.minimumScore, in quality points; null when there is none. */
  minimumQualityScore: number | null
  priceScoring: PriceScoring
  currency: string
  /** Price of one kWh. */
  energyTariff: Money
  /** Horizon for use-phase energy cost and emissions, the same for every bid. */
  years: number
  factorSet: FactorSet
}

export type ProductCondition = 'new' | 'refurbished'

export interface OfferedProduct {
  model: string
  gtin: string | null
  quantity: number
  unitPrice: Money
  condition: ProductCondition
  declaredLifetimeYears: number
  yearlyEnergyKWh: number
  massKg: number
  deviceType: string
  /** Maintenance, repair, service agreement and end-of-life services over the horizon, per unit. */
  serviceCostPerUnit?: Money | null
  /** Buy-back value at the end of the horizon, per unit; without it the residual value is straight-line. */
  residualValuePerUnit?: Money | null
  /** Embodied (manufacturing and transport) part of the bidder's product carbon footprint, per unit. */
  declaredEmbodiedKgCo2ePerUnit?: number | null
}

export interface SupplierExclusion {
  reason: string
  /** Last day the exclusion applies; null while it has no end. */
  endsOn: string | null
}

export type EvidenceStatus =
  | 'submitted'
  | 'under_review'
  | 'verified'
  | 'rejected'
  | 'clarification_requested'
  | 'expired'

export interface Evidence {
  id: string
  /** The criterion (selection, specification or award) this evidence proves. */
  criterionId: string
  status: EvidenceStatus
  validUntil: string | null
}

export interface Bid {
  id: string
  supplierId: string
  submittedAt: string
  exclusions: SupplierExclusion[]
  offeredProducts: OfferedProduct[]
  responses: RequirementResponse[]
  evidence: Evidence[]
}

export interface EvaluationInput {
  procurement: ProcurementSettings
  criteria: CriteriaSnapshot
  bids: Bid[]
  evaluationDate: string
}

// --- Results -------------------------------------------------------------------------------

/** One explained award: the points of one criterion (or of price) for one bid. */
export interface ScoreLine {
  /** The award criterion's id, or `price`. */
  criterionId: string
  /** The value scored (the price or cost amount for `price`); null when there was no usable answer. */
  input: ResponseValue | null
  rule: ScoringRule
  formula: string
  points: number
  /** The verdict on the evidence the answer needs; null when the tender asks no evidence for it (and for price). */
  evidence?: EvidenceVerdict | null
}

export type EvidenceStage = 'selection' | 'technicalSpecification' | 'award'

/** Evidence a ranking still waits for: missing, or submitted and not yet verified. */
export interface PendingEvidence {
  criterionId: string
  stage: EvidenceStage
  evidenceId: string | null
  status: EvidenceVerdict['status']
}

export interface ExclusionResult {
  excluded: boolean
  /** The exclusions in force on the evaluation date. */
  active: SupplierExclusion[]
}

export type SelectionOutcome = 'pass' | 'pending' | 'fail'

export interface EvidenceVerdict {
  evidenceId: string | null
  /** The stored status, `expired` once validUntil lies before the evaluation date, `missing` without any evidence. */
  status: EvidenceStatus | 'missing'
  outcome: SelectionOutcome
}

export interface SelectionCriterionResult {
  criterionId: string
  outcome: SelectionOutcome
  problems: ResponseProblem[]
  evidence: EvidenceVerdict
}

export interface SelectionResult {
  outcome: SelectionOutcome
  criteria: SelectionCriterionResult[]
}

export interface RequirementOutcome {
  specificationId: string
  requirementId: string
  mandatory: boolean
  met: boolean
  /** Why the requirement is not met; empty when it is. */
  problems: ResponseProblem[]
}

export interface SpecificationEvidence {
  specificationId: string
  mandatory: boolean
  evidence: EvidenceVerdict
}

export interface TechnicalSpecificationsResult {
  compliant: boolean
  requirements: RequirementOutcome[]
  /** One verdict per specification whose answers need evidence; rejected evidence of a mandatory one makes the bid non-compliant. */
  evidence: SpecificationEvidence[]
}

export interface CostTerm {
  amount: string
  /** How the amount was obtained, numbers filled in. */
  formula: string
}

export interface ProductLineCost {
  model: string
  quantity: number
  /** ⌈horizon / declared lifetime⌉: the first purchase and its replacements within the horizon. */
  purchases: number
  acquisition: CostTerm
  /** The purchases after the first, at the offered unit price. */
  replacements: CostTerm
  energy: CostTerm
  service: CostTerm
  residual: CostTerm
  lifeCycleCost: CostTerm
}

export interface BidCost {
  currency: string
  acquisition: string
  lifeCycleCost: string
  formula: string
  lines: ProductLineCost[]
}

export type EmbodiedSource = 'factorSet' | 'factorSetRefurbishment' | 'declaredPcf'

export interface Co2eTerm {
  kg: number
  formula: string
}

export interface ProductLineCo2e {
  model: string
  deviceType: string
  quantity: number
  embodiedSource: EmbodiedSource
  embodiedKgPerUnit: number
  embodied: Co2eTerm
  usePhase: Co2eTerm
  total: Co2eTerm
  /** kg CO2e per year of service over the declared lifetime. */
  annualised: Co2eTerm
}

export interface BidCo2e {
  factorSetId: string
  factorSetVersion: string
  placeOfUse: string
  gridKgCo2ePerKWh: number
  embodiedKg: number
  usePhaseKg: number
  totalKg: number
  annualisedKgPerYear: number
  lines: ProductLineCo2e[]
}

export type BidStatus =
  | 'excluded'
  | 'not_selected'
  | 'non_compliant'
  | 'below_quality_threshold'
  | 'pending_verification'
  | 'ranked'

export interface BidEvaluation {
  bidId: string
  supplierId: string
  status: BidStatus
  /** Why the bid is not (or not yet definitively) ranked; empty for a ranked bid. */
  reasons: string[]
  exclusion: ExclusionResult
  selection: SelectionResult
  technicalSpecifications: TechnicalSpecificationsResult
  cost: BidCost
  co2e: BidCo2e
  /** Null unless the bid reached the price stage (passed the gates and the minimum quality score). */
  pricePoints: number | null
  /** Null unless the bid passed the gates. */
  qualityPoints: number | null
  totalPoints: number | null
  rank: number | null
  /** Price line first, then one line per award criterion; their points add up to the total. */
  breakdown: ScoreLine[]
  /** What this bid's standing still waits for; its status is pending_verification while the list is not empty. */
  pendingEvidence: PendingEvidence[]
}

export interface ProcurementEvaluation {
  evaluationDate: string
  /** True while a ranked bid still awaits evidence verification, so the ranking may yet change. */
  provisional: boolean
  /** Bid ids, best first. */
  ranking: string[]
  /** What makes the evaluation provisional: the pending evidence of every ranked bid. An award needs none left. */
  pendingEvidence: (PendingEvidence & { bidId: string })[]
  /** In the order the bids were given. */
  bids: BidEvaluation[]
}
