import { isSustainable } from '../procedure-classification.ts'
import type { KpiResult } from '../kpi-result.ts'
import type { ReportScope } from '../read-model-filter.ts'
import { countShare, valueShare } from '../share.ts'
import type { MaturityAnswer } from '../maturity/answers.ts'
import { weightedMean } from '../weighted-mean.ts'

// SDG indicator 12.7.1 (UNEP SPP Index) components and sub-items as published by national SDG
// platforms (Bangladesh CPTU, INE Spain; docs/sources.md#sdg-1271), in our paraphrase. UNEP's point
// weights and level thresholds were not found, so every weight here is ours and the output is
// labelled unofficial.

export const SDG_12_7_1_LABEL = 'SDG 12.7.1-style self-assessment (unofficial weights)'
export const SDG_OUTCOME_ID = 'SDG-12.7.1-F'

export type SdgComponentId = 'A' | 'B' | 'C' | 'D' | 'E' | 'F'

export interface SdgComponent {
  id: SdgComponentId
  name: string
  subItems: readonly { id: string; text: string }[]
}

export const SDG_12_7_1_COMPONENTS: readonly SdgComponent[] = [
  {
    id: 'A',
    name: 'Existence of an SPP action plan/policy and/or SPP regulatory requirements',
    subItems: [{ id: 'A.1', text: 'Published SPP policy, action plan or regulation' }],
  },
  {
    id: 'B',
    name: 'Public procurement regulatory framework conducive to SPP',
    subItems: [
      { id: 'B.1', text: 'Sustainability requirements allowed in technical specifications' },
      { id: 'B.2', text: 'Functional or performance-based specifications allowed' },
      { id: 'B.3', text: 'Sustainability in pre-qualification/selection criteria' },
      { id: 'B.4', text: 'Sustainability as exclusion grounds' },
      { id: 'B.5', text: 'Award on criteria other than price, including sustainability' },
      { id: 'B.6', text: 'Life-cycle costing in tender evaluation' },
      { id: 'B.7', text: 'Sustainability in contract performance clauses' },
      { id: 'B.8', text: 'Sustainable alternatives (variants) procured for at least one category' },
    ],
  },
  {
    id: 'C',
    name: 'Practical support to procurement practitioners',
    subItems: [
      { id: 'C.1', text: 'Approved SPP guide' },
      { id: 'C.2', text: 'Dedicated communication channels or tools' },
      { id: 'C.3', text: 'Training sessions' },
      { id: 'C.4', text: 'Best practices or case studies shared' },
      { id: 'C.5', text: 'Awards or incentives for SPP achievements' },
    ],
  },
  {
    id: 'D',
    name: 'SPP purchasing criteria / buying standards / requirements',
    subItems: [
      { id: 'D.1', text: 'Green criteria or environmental standards/labels recommended for specific categories' },
      { id: 'D.2', text: 'Social requirements, standards or labels' },
    ],
  },
  {
    id: 'E',
    name: 'Existence of an SPP monitoring system',
    // The source list is cut after E.3; further E items may exist.
    subItems: [
      { id: 'E.1', text: 'Implementation of the action plan/policy monitored' },
      { id: 'E.2', text: 'Targets set for SPP' },
      { id: 'E.3', text: 'Progress towards targets monitored' },
    ],
  },
  {
    id: 'F',
    name: 'Percentage of sustainable purchases of priority products/services',
    // Outcome computed from contract records rather than answered.
    subItems: [],
  },
]

export const UNOFFICIAL_EQUAL_WEIGHTS: Readonly<Record<SdgComponentId, number>> = {
  A: 1,
  B: 1,
  C: 1,
  D: 1,
  E: 1,
  F: 1,
}

export interface SdgOptions {
  weights: Readonly<Record<SdgComponentId, number>>
  outcomeBasis: 'count' | 'value'
}

export const DEFAULT_SDG_OPTIONS: SdgOptions = { weights: UNOFFICIAL_EQUAL_WEIGHTS, outcomeBasis: 'value' }

export interface SdgComponentScore {
  id: SdgComponentId
  name: string
  // 0–1: share of answered sub-items in place, or the outcome share for F
  score: number | null
  answeredCount: number
  subItemCount: number
}

export interface SdgIndex {
  label: typeof SDG_12_7_1_LABEL
  weightsOfficial: false
  weights: Readonly<Record<SdgComponentId, number>>
  components: SdgComponentScore[]
  outcome: KpiResult<typeof SDG_OUTCOME_ID>
  // 0–100 over the components that have a score; the index methodology's "progressive
  // approach" lets countries without outcome data still report
  index: number | null
  missingComponents: SdgComponentId[]
}

export type SdgOutcome = { ok: true; index: SdgIndex } | { ok: false; problems: { path: string; message: string }[] }

export function sdg1271Index(
  scope: ReportScope,
  answers: Readonly<Record<string, boolean>>,
  options: SdgOptions = DEFAULT_SDG_OPTIONS,
): SdgOutcome {
  const known = new Set(SDG_12_7_1_COMPONENTS.flatMap((c) => c.subItems.map((s) => s.id)))
  const problems = Object.keys(answers)
    .filter((id) => !known.has(id))
    .map((id) => ({ path: `/answers/${id}`, message: `no SDG 12.7.1 sub-item ${id}` }))
  if (problems.length > 0) return { ok: false, problems }

  const outcome = sustainablePurchaseShare(scope, options.outcomeBasis)
  const components = SDG_12_7_1_COMPONENTS.map((component): SdgComponentScore => {
    if (component.id === 'F') {
      return {
        id: 'F',
        name: component.name,
        score: outcome.value === null ? null : outcome.value / 100,
        answeredCount: 0,
        subItemCount: 0,
      }
    }
    const answered = component.subItems.flatMap((s) => (answers[s.id] === undefined ? [] : [answers[s.id] === true]))
    return {
      id: component.id,
      name: component.name,
      score: answered.length === 0 ? null : answered.filter(Boolean).length / answered.length,
      answeredCount: answered.length,
      subItemCount: component.subItems.length,
    }
  })
  const index = weightedMean(components.map((c) => ({ value: c.score, weight: options.weights[c.id] })))
  return {
    ok: true,
    index: {
      label: SDG_12_7_1_LABEL,
      weightsOfficial: false,
      weights: options.weights,
      components,
      outcome,
      index: index === null ? null : index * 100,
      missingComponents: components.filter((c) => c.score === null).map((c) => c.id),
    },
  }
}

// Component F: purchases tagged with any sustainability goal, by number of ICT procedures or
// by contract value.
export function sustainablePurchaseShare(
  scope: ReportScope,
  basis: 'count' | 'value',
): KpiResult<typeof SDG_OUTCOME_ID> {
  const figures = { kpiId: SDG_OUTCOME_ID, dimension: { basis } } as const
  return basis === 'count'
    ? countShare(scope.procurements, isSustainable, figures)
    : valueShare(scope.contracts, (c) => isSustainable(c.tags), figures)
}

// Our mapping of the questionnaire onto the SPP Index (P1.1→A.1, C2.5→B.1–B.7,
// C2.3→C.3, C2.4→C.1/D.1, P1.4/P1.5→E.1–E.3, split by each item's own anchor). A practice
// counts as in place from stage 2, "Defined" (documented and approved): our threshold.
const MATURITY_TO_SDG: Readonly<Record<string, readonly string[]>> = {
  'P1.1': ['A.1'],
  'C2.5': ['B.1', 'B.2', 'B.3', 'B.4', 'B.5', 'B.6', 'B.7'],
  'C2.3': ['C.3'],
  'C2.4': ['C.1', 'D.1'],
  'P1.4': ['E.2'],
  'P1.5': ['E.1', 'E.3'],
}

export const SDG_IN_PLACE_FROM_STAGE = 2

export function sdgAnswersFromMaturity(answers: readonly MaturityAnswer[]): Record<string, boolean> {
  const prefilled: Record<string, boolean> = {}
  for (const answer of answers) {
    if (answer.value === 'notApplicable') continue
    for (const subItem of MATURITY_TO_SDG[answer.itemId] ?? []) {
      prefilled[subItem] = answer.value >= SDG_IN_PLACE_FROM_STAGE
    }
  }
  return prefilled
}
