/**
 * Code lists of the OCDS sustainability extension (open-contracting-extensions/
 * ocds_sustainability_extension, commit b8d93a0e), shared by the catalogue (criteria are tagged
 * with them) and reporting (KPIs and OCDS exports read them): one copy of a published standard.
 */

/** codelists/sustainabilityGoal.csv (open code list, 29 codes), in its order. */
export const ocdsSustainabilityGoals = [
  'economic',
  'economic.formalEmploymentPromotion',
  'economic.innovativePurchase',
  'economic.localEconomyPromotion',
  'economic.marketInnovationPromotion',
  'economic.processInnovationPromotion',
  'economic.productInnovationPromotion',
  'economic.researchDevelopmentActivities',
  'environmental',
  'environmental.biodiversityProtectionRestoration',
  'environmental.carbonEmissionsReduction',
  'environmental.circularEconomy',
  'environmental.climateChangeAdaptation',
  'environmental.climateChangeMitigation',
  'environmental.energyEfficiency',
  'environmental.pollutionPrevention',
  'environmental.recycling',
  'environmental.resourceReuse',
  'environmental.waterResourcesProtection',
  'environmental.wasteReduction',
  'social',
  'social.accessibility',
  'social.disadvantagedEmploymentOpportunities',
  'social.ethnicEquality',
  'social.genderEquality',
  'social.humanRightsInSupplyChains',
  'social.laborRightsPromotion',
  'social.smeInclusion',
  'social.womenInclusion',
] as const

/** codelists/sustainabilityStrategy.csv, in its order. */
export const ocdsSustainabilityStrategies = [
  'awardCriteria',
  'contractPerformanceConditions',
  'marginOfPreference',
  'reservedParticipation',
  'selectionCriteria',
  'technicalSpecifications',
  'euGPPCriteria',
  'nationalGPPCriteria',
  'otherGPPCriteria',
] as const
