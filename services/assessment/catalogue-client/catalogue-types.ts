/**
 * The parts of the catalogue's published contract (openapi/catalogue.json, ResolvedCriteriaSetVersion)
 * that assessment relies on. Declared here, not imported: services share contracts, never code.
 */
export type LocalizedText = { en: string } & Record<string, string>

export interface CatalogueRequirement {
  id: string
  title: LocalizedText
  ambitionLevels: string[]
  dataType: 'boolean' | 'number' | 'integer' | 'string' | 'enum' | 'date'
  unit: string | null
  expectedValue: boolean | null
  minValue: number | null
  maxValue: number | null
  allowedValues: string[] | null
  buyerParameter: { bound: 'min' | 'max' | 'value'; description: LocalizedText } | null
  presets: {
    value: number | string
    label: string
    kind: 'national' | 'regulatoryBaseline'
    sourceUrl: string | null
    /** Absent when the value applies to every category of the criterion. */
    productCategories?: string[]
  }[]
}

export interface CatalogueScoringRule {
  method: 'boolean' | 'proportional' | 'banded' | 'labelTier'
  requirementId: string
  direction: 'higherIsBetter' | 'lowerIsBetter' | null
  bands: { min: number | null; max: number | null; share: number }[] | null
  tiers: { value: string; share: number }[] | null
  bandsSource: string | null
}

export interface CatalogueCriterion {
  id: string
  code: string
  version: number
  content: {
    title: LocalizedText
    description?: LocalizedText
    type: 'selectionCriterion' | 'technicalSpecification' | 'awardCriterion' | 'contractPerformanceClause'
    ambitionLevels: string[]
    requirements: CatalogueRequirement[]
    scoring: CatalogueScoringRule | null
    acceptedEvidence: string[]
    /** Circularity aspects (softwareSupport, durability, …): reporting reads KPI figures by them. */
    aspects: string[]
    ocds: { goals: string[]; strategies: string[] }
  }
}

export interface CatalogueCriteriaSet {
  id: string
  version: number
  status: 'draft' | 'published' | 'deprecated'
  content: {
    title: LocalizedText
    productCategory: string
    ambitionLevel: 'core' | 'comprehensive'
    items: { criterionId: string; criterionVersion: number | null; suggestedWeight: number | null }[]
  }
  criteria: CatalogueCriterion[]
}
