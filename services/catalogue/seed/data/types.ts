/**
 * Strict types for the seed data, plus builders that fill in the defaults of a requirement and of a
 * criterion.
 *
 * The contract types (`CreateCriterion`, `CreateCriteriaSet`, ...) accept any string for codes and any
 * language map for text. The seed promises more: text in English (translations are applied from the
 * per-language files, see translations.ts), product category and evidence type codes that exist, code-list values only. The types below restate
 * the contract shapes with those promises, and are checked at the bottom of this file to stay
 * assignable to the contract types.
 */
import type { Static } from 'typebox'
import type {
  CreateCriterion,
  CriterionContent,
  CriterionSource,
  Reference,
  Requirement,
  ScoringRule,
  ThresholdPreset,
} from '../../schemas/criterion.ts'
import type { CreateCriteriaSet, CriteriaSetContent, CriteriaSetItem } from '../../schemas/criteria-set.ts'
import type { EvidenceType, ProductCategory } from '../../schemas/reference-data.ts'
import type { LocalizedText } from '../../../kernel/schemas.ts'
import type {
  ambitionLevels,
  circularityAspects,
  criterionTypes,
  l1061Aims,
  lifeCycleStages,
  ocdsSustainabilityGoals,
  ocdsSustainabilityStrategies,
  requirementDataTypes,
  UnitCode,
} from '../../domain/code-lists.ts'

export type AmbitionLevel = (typeof ambitionLevels)[number]
export type CircularityAspect = (typeof circularityAspects)[number]
export type CriterionType = (typeof criterionTypes)[number]
export type L1061Aim = (typeof l1061Aims)[number]
export type LifeCycleStage = (typeof lifeCycleStages)[number]
export type OcdsGoal = (typeof ocdsSustainabilityGoals)[number]
export type OcdsStrategy = (typeof ocdsSustainabilityStrategies)[number]
export type RequirementDataType = (typeof requirementDataTypes)[number]
export type { UnitCode }

/** English text. The seed is written in English; other languages come from translations/<language>/. */
export type TextEn = LocalizedText

export type ProductCategoryCode =
  | 'notebooks'
  | 'desktops'
  | 'monitors'
  | 'tablets'
  | 'smartphones'
  | 'servers-data-centres'
  | 'cloud-services'
  | 'imaging-equipment'
  | 'network-equipment'
  | 'software-e-services'

export type EvidenceTypeCode =
  | 'type1EcolabelCertificate'
  | 'registryEntry'
  | 'testReport'
  | 'conformityCertificate'
  | 'managementSystemCertificate'
  | 'supplierDeclaration'
  | 'technicalDossier'
  | 'productCarbonFootprint'
  | 'serviceAgreement'
  | 'warrantyTerms'
  | 'dataErasureCertificate'
  | 'recyclerCertificate'
  | 'performanceReport'
  | 'auditReport'

export type SourceCode = 'EU-GPP-2021-CMTS' | 'EU-GPP-2020-DC' | 'DPG-GOVSTACK' | 'CIRC-ICT'

export type SeedPreset = Static<typeof ThresholdPreset>
export type SeedReference = Static<typeof Reference>

export interface SeedBuyerParameter {
  bound: 'min' | 'max' | 'value'
  description: TextEn
}

export type SeedRequirement = Omit<Requirement, 'title' | 'buyerParameter' | 'presets' | 'ambitionLevels' | 'dataType' | 'unit'> & {
  title: TextEn
  ambitionLevels: AmbitionLevel[]
  dataType: RequirementDataType
  unit: UnitCode | null
  buyerParameter: SeedBuyerParameter | null
  presets: SeedPreset[]
}

export type SeedContent = Omit<
  CriterionContent,
  | 'title'
  | 'description'
  | 'verification'
  | 'requirements'
  | 'scoring'
  | 'references'
  | 'productCategories'
  | 'acceptedEvidence'
  | 'type'
  | 'aspects'
  | 'lifeCycleStage'
  | 'ambitionLevels'
  | 'l1061'
  | 'ocds'
> & {
  title: TextEn
  description: TextEn
  type: CriterionType
  aspects: CircularityAspect[]
  lifeCycleStage: LifeCycleStage
  ambitionLevels: AmbitionLevel[]
  productCategories: ProductCategoryCode[]
  l1061: { aims: L1061Aim[]; clauses: string[] }
  ocds: { goals: OcdsGoal[]; strategies: OcdsStrategy[] }
  requirements: SeedRequirement[]
  scoring: ScoringRule | null
  acceptedEvidence: EvidenceTypeCode[]
  verification: TextEn
  references: SeedReference[]
}

export interface SeedCriterion {
  source: CriterionSource & { code: SourceCode }
  code: string
  content: SeedContent
}

export type SeedCriteriaSetContent = Omit<CriteriaSetContent, 'title' | 'description' | 'items' | 'productCategory' | 'ambitionLevel'> & {
  title: TextEn
  description: TextEn
  productCategory: ProductCategoryCode
  ambitionLevel: AmbitionLevel
  items: CriteriaSetItem[]
}

export interface SeedCriteriaSet {
  id: string
  content: SeedCriteriaSetContent
}

export type SeedProductCategory = Omit<ProductCategory, 'code' | 'name' | 'description'> & {
  code: ProductCategoryCode
  name: TextEn
  description: TextEn
}

export type SeedEvidenceType = Omit<EvidenceType, 'code' | 'name' | 'description'> & {
  code: EvidenceTypeCode
  name: TextEn
  description: TextEn
}

// ---------------------------------------------------------------------------------------------
// Builders. They only fill in defaults, so that each data file states what matters.
// ---------------------------------------------------------------------------------------------

export const BOTH: AmbitionLevel[] = ['core', 'comprehensive']
export const CORE: AmbitionLevel[] = ['core']
export const COMPREHENSIVE: AmbitionLevel[] = ['comprehensive']

interface RequirementOptions {
  /** No official value could be checked: the buyer sets it (docs/sources.md#buyer-set-parameters). */
  param?: string
  bound?: 'min' | 'max' | 'value'
  presets?: SeedPreset[]
}

function base(id: string, title: string, levels: AmbitionLevel[]): Pick<SeedRequirement, 'id' | 'title' | 'ambitionLevels'> {
  return { id, title: { en: title }, ambitionLevels: [...levels] }
}

function parameter(options: RequirementOptions, defaultBound: 'min' | 'max' | 'value'): SeedBuyerParameter | null {
  if (options.param === undefined) return null
  return { bound: options.bound ?? defaultBound, description: { en: options.param } }
}

/** A yes/no requirement that is met when the answer is yes. */
export function yes(id: string, title: string, levels: AmbitionLevel[], options: RequirementOptions = {}): SeedRequirement {
  return {
    ...base(id, title, levels),
    dataType: 'boolean',
    unit: null,
    expectedValue: true,
    minValue: null,
    maxValue: null,
    allowedValues: null,
    buyerParameter: parameter(options, 'value'),
    presets: options.presets ?? [],
  }
}

/**
 * A measured value. Thresholds are never filled in here: where the reference does not confirm a
 * value the buyer sets it (`param`), and confirmed national or legal values travel as presets.
 */
export function measured(
  id: string,
  title: string,
  levels: AmbitionLevel[],
  unit: UnitCode | null,
  options: RequirementOptions & { dataType?: 'number' | 'integer' } = {},
): SeedRequirement {
  return {
    ...base(id, title, levels),
    dataType: options.dataType ?? 'number',
    unit,
    expectedValue: null,
    minValue: null,
    maxValue: null,
    allowedValues: null,
    buyerParameter: parameter(options, 'min'),
    presets: options.presets ?? [],
  }
}

/** Free text or a code (an IP code, a standard's name) that the evaluator reads. Units are for numbers only. */
export function text(id: string, title: string, levels: AmbitionLevel[], options: RequirementOptions = {}): SeedRequirement {
  return {
    ...base(id, title, levels),
    dataType: 'string',
    unit: null,
    expectedValue: null,
    minValue: null,
    maxValue: null,
    allowedValues: null,
    buyerParameter: parameter(options, 'value'),
    presets: options.presets ?? [],
  }
}

/** One value out of a closed list, best first. Units are for numbers only. */
export function choice(id: string, title: string, levels: AmbitionLevel[], allowedValues: string[], options: RequirementOptions = {}): SeedRequirement {
  return {
    ...base(id, title, levels),
    dataType: 'enum',
    unit: null,
    expectedValue: null,
    minValue: null,
    maxValue: null,
    allowedValues,
    buyerParameter: parameter(options, 'min'),
    presets: options.presets ?? [],
  }
}

export function national(value: number | string, label: string, sourceUrl: string | null): SeedPreset {
  return { value, label, kind: 'national', sourceUrl }
}

export function regulatoryBaseline(value: number | string, label: string, sourceUrl: string | null, productCategories?: ProductCategoryCode[]): SeedPreset {
  return productCategories === undefined
    ? { value, label, kind: 'regulatoryBaseline', sourceUrl }
    : { value, label, kind: 'regulatoryBaseline', sourceUrl, productCategories }
}

/** Scoring rules for award criteria. Bands only where a source confirms them. */
export const score = {
  boolean(requirementId: string, bandsSource: string): ScoringRule {
    return { method: 'boolean', requirementId, direction: null, bands: null, tiers: null, bandsSource }
  },
  proportional(requirementId: string, direction: 'higherIsBetter' | 'lowerIsBetter', bandsSource: string): ScoringRule {
    return { method: 'proportional', requirementId, direction, bands: null, tiers: null, bandsSource }
  },
  /** Shares per label tier or class, best first; a tier not listed earns nothing. */
  labelTier(requirementId: string, tiers: { value: string; share: number }[], bandsSource: string): ScoringRule {
    return { method: 'labelTier', requirementId, direction: null, bands: null, tiers, bandsSource }
  },
  banded(
    requirementId: string,
    direction: 'higherIsBetter' | 'lowerIsBetter',
    bands: { min: number | null; max: number | null; share: number }[],
    bandsSource: string,
  ): ScoringRule {
    return { method: 'banded', requirementId, direction, bands, tiers: null, bandsSource }
  },
}

/** The type-derived parts of a criterion: life-cycle stage and OCDS strategy. */
export const byType: Record<CriterionType, { stage: LifeCycleStage; strategy: OcdsStrategy }> = {
  selectionCriterion: { stage: 'selection', strategy: 'selectionCriteria' },
  technicalSpecification: { stage: 'specification', strategy: 'technicalSpecifications' },
  awardCriterion: { stage: 'award', strategy: 'awardCriteria' },
  contractPerformanceClause: { stage: 'contract', strategy: 'contractPerformanceConditions' },
}

/** `SC2` → selectionCriterion, `TS8` → technicalSpecification, ... (EU GPP code prefixes). */
export function typeOfCode(code: string): CriterionType {
  if (code.startsWith('SC')) return 'selectionCriterion'
  if (code.startsWith('TS')) return 'technicalSpecification'
  if (code.startsWith('AC')) return 'awardCriterion'
  if (code.startsWith('CPC')) return 'contractPerformanceClause'
  throw new Error(`No criterion type for code ${code}`)
}

/** The sentence every criterion that accepts labels carries (Directive 2014/24/EU Art. 43). */
export const EQUIVALENT_LABELS =
  'A label is accepted only where its criteria cover this requirement at the level asked; equivalent labels and other appropriate means of proof, such as a technical dossier from the manufacturer when the tenderer could not obtain the label in time, must be accepted too (Directive 2014/24/EU, Art. 43).'

// Compile-time checks: the seed shapes stay assignable to the contract shapes.
type Assignable<T extends U, U> = T
export type _CriterionCheck = Assignable<SeedCriterion, CreateCriterion>
export type _ContentCheck = Assignable<SeedContent, CriterionContent>
export type _RequirementCheck = Assignable<SeedRequirement, Requirement>
export type _SetCheck = Assignable<SeedCriteriaSet, CreateCriteriaSet>
export type _CategoryCheck = Assignable<SeedProductCategory, ProductCategory>
export type _EvidenceCheck = Assignable<SeedEvidenceType, EvidenceType>
export type _SourceCheck = Assignable<SeedCriterion['source'], CriterionSource>

// ---------------------------------------------------------------------------------------------
// Criterion factory: derives what follows from the type and the source, keeps the rest explicit.
// ---------------------------------------------------------------------------------------------

export interface CriterionSpec {
  code: string
  /** Defaults to the type named by the EU GPP code prefix (SC, TS, AC, CPC). */
  type?: CriterionType
  title: TextEn
  /** Our own words, English. */
  description: string
  ambition: AmbitionLevel[]
  aspects: CircularityAspect[]
  categories: ProductCategoryCode[]
  l1061: { aims: L1061Aim[]; clauses: string[] }
  goals: OcdsGoal[]
  requirements: SeedRequirement[]
  /** Award criteria only. */
  scoring?: ScoringRule
  evidence: EvidenceTypeCode[]
  labels?: string[]
  /** Our own words, English. The label-equivalence sentence is appended when labels are accepted. */
  verification: string
  references?: SeedReference[]
  /** Defaults to the stage of the criterion type (SC selection, TS specification, AC award, CPC contract). */
  stage?: LifeCycleStage
}

export const LABELS_REFERENCE: SeedReference = { title: 'Directive 2014/24/EU on public procurement, Art. 43 (labels)', url: null }

/** `sourceStrategy`: the OCDS strategy the source stands for (euGPPCriteria...), or null for criteria that are not GPP criteria. */
export function criterionFactory(source: SeedCriterion['source'], sourceStrategy: OcdsStrategy | null, baseReferences: SeedReference[]) {
  return (spec: CriterionSpec): SeedCriterion => {
    const type = spec.type ?? typeOfCode(spec.code)
    const labels = spec.labels ?? []
    const references = [...baseReferences, ...(spec.references ?? [])]
    if (labels.length > 0 && !references.some((reference) => reference.title === LABELS_REFERENCE.title)) references.push(LABELS_REFERENCE)
    return {
      source,
      code: spec.code,
      content: {
        title: spec.title,
        description: { en: spec.description },
        type,
        aspects: spec.aspects,
        lifeCycleStage: spec.stage ?? byType[type].stage,
        ambitionLevels: spec.ambition,
        productCategories: spec.categories,
        l1061: spec.l1061,
        ocds: { goals: spec.goals, strategies: sourceStrategy === null ? [byType[type].strategy] : [byType[type].strategy, sourceStrategy] },
        requirements: spec.requirements,
        scoring: spec.scoring ?? null,
        acceptedEvidence: spec.evidence,
        acceptedLabels: labels,
        verification: { en: labels.length > 0 ? `${spec.verification} ${EQUIVALENT_LABELS}` : spec.verification },
        references,
        validFrom: null,
        validTo: null,
      },
    }
  }
}
