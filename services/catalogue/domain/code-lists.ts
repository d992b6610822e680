/**
 * The catalogue's closed code lists. They are part of the public contract: adding a code is a
 * backwards-compatible change, renaming or removing one is not.
 */

export const criterionTypes = [
  'selectionCriterion',
  'technicalSpecification',
  'awardCriterion',
  'contractPerformanceClause',
] as const

/** Circularity aspects, normalised from ITU-T L.1061 clauses 6-9 and the EU GPP criteria areas. */
export const circularityAspects = [
  'needsAssessment',
  'ownershipModel',
  'durability',
  'reparability',
  'spareParts',
  'warranty',
  'softwareSupport',
  'batteries',
  'interoperability',
  'energyEfficiency',
  'hazardousSubstances',
  'recycledContent',
  'recyclability',
  'consumables',
  'packaging',
  'transparency',
  'reuseRefurbishment',
  'dataSanitisation',
  'takeBack',
  'supplyChain',
  'lifeCycleCost',
  'cooling',
  'renewableEnergy',
  'wasteHeatReuse',
  'refrigerants',
  'serverUtilisation',
  'openStandards',
  'softwareReuse',
] as const

/** Procurement life-cycle stages (docs/sources.md#life-cycle-stages), aligned with OCDS sections. */
export const lifeCycleStages = [
  'policy',
  'planning',
  'selection',
  'specification',
  'award',
  'contract',
  'use',
  'endOfUse',
] as const

export const ambitionLevels = ['core', 'comprehensive'] as const

/** The four aims of ITU-T L.1061 (work programme summary, approved 2023-03-28). */
export const l1061Aims = [
  'minimiseEwaste',
  'maximiseEnergyEfficiency',
  'maximiseUsefulLife',
  'maximiseRecyclability',
] as const

export { ocdsSustainabilityGoals, ocdsSustainabilityStrategies } from '../../kernel/ocds-code-lists.ts'

/** Requirement data types; a superset of the OCDS requirements extension's dataType.csv (adds enum). */
export const requirementDataTypes = ['boolean', 'number', 'integer', 'string', 'enum', 'date'] as const

/**
 * Units of measure. Each maps to a UN/CEFACT Recommendation 20 code, which OCDS recommends for
 * `Item.unit`, so exports need no second table.
 */
export const units = {
  year: { unece: 'ANN', name: { en: 'year' } },
  month: { unece: 'MON', name: { en: 'month' } },
  workingDay: { unece: 'E49', name: { en: 'working day' } },
  hour: { unece: 'HUR', name: { en: 'hour' } },
  chargeCycle: { unece: 'C62', name: { en: 'full charge cycle' } },
  percent: { unece: 'P1', name: { en: 'percent' } },
  kilowattHour: { unece: 'KWH', name: { en: 'kilowatt hour' } },
  kilowattHourPerYear: { unece: 'KWH', name: { en: 'kilowatt hour per year' } },
  watt: { unece: 'WTT', name: { en: 'watt' } },
  kilogram: { unece: 'KGM', name: { en: 'kilogram' } },
  gram: { unece: 'GRM', name: { en: 'gram' } },
  kilogramCo2e: { unece: 'KGM', name: { en: 'kilogram CO2 equivalent' } },
  centimetre: { unece: 'CMT', name: { en: 'centimetre' } },
  degreeCelsius: { unece: 'CEL', name: { en: 'degree Celsius' } },
  count: { unece: 'C62', name: { en: 'count' } },
  ratio: { unece: 'C62', name: { en: 'ratio' } },
  energyClass: { unece: 'C62', name: { en: 'energy efficiency class' } },
  ipCode: { unece: 'C62', name: { en: 'IP code (IEC 60529)' } },
  gwp100: { unece: 'C62', name: { en: 'global warming potential (GWP100)' } },
} as const

export type UnitCode = keyof typeof units
export const unitCodes = Object.keys(units) as UnitCode[]

export const versionStatuses = ['draft', 'published', 'deprecated'] as const

/** Scoring methods for award criteria (docs/sources.md#scoring-methods). */
export const scoringMethods = ['boolean', 'proportional', 'banded', 'labelTier'] as const
