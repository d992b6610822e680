import type { KpiId } from './kpi-catalogue.ts'

// The event fields each KPI is computed from, as `event type: field path in its data`, so an
// integrator can tell exactly what a figure rests on. The joins every KPI needs (a procurement
// placed in time by procurement.statusChanged `to`, an award's procurementId, a contract's
// awardId) are named once here rather than with every KPI.
const PROCEDURE = ['procurement.created: cpvCodes', 'procurement.created: productCategory', 'procurement.statusChanged: to']
const SPEND = ['award.made: value.amount', 'award.made: value.currency', 'award.made: lotId']
const UNITS = ['award.made: offeredProducts[].quantity']
const REPORT = ['performance.reported: contractId', 'performance.reported: criterionId', 'performance.reported: periodStart', 'performance.reported: periodEnd', 'contract.signed: awardId']
const figures = (...names: string[]) => [...REPORT, ...names.map((name) => `performance.reported: figures.${name}`)]

export const KPI_EVENT_FIELDS: Readonly<Record<KpiId, readonly string[]>> = {
  K01: [...PROCEDURE, 'procurement.created: criteria[].goals'],
  K02: [...PROCEDURE, ...SPEND, 'procurement.created: criteria[].goals'],
  K03: [...PROCEDURE, ...SPEND, 'procurement.created: criteria[].strategies'],
  K04: [...PROCEDURE, 'procurement.created: criteria[].strategies', 'procurement.created: criteria[].goals'],
  K05: [...UNITS, 'award.made: offeredProducts[].condition'],
  K06: [...UNITS, 'award.made: offeredProducts[].declaredLifetimeYears'],
  K07: [...UNITS, 'award.made: offeredProducts[].declaredLifetimeYears', 'award.made: offeredProducts[].condition', 'award.made: offeredProducts[].deviceType'],
  // Warranty: the responses to the warranty criteria's requirements; software support: the
  // responses to year requirements of criteria whose aspects include softwareSupport.
  K08: [
    ...UNITS, 'procurement.created: criteria[].id', 'procurement.created: criteria[].aspects', 'procurement.created: criteria[].requirements[].id',
    'procurement.created: criteria[].requirements[].unit', 'award.made: responses[].requirementId', 'award.made: responses[].value',
  ],
  K09: figures('unitsCollected', 'unitsReachedEndOfUse'),
  K10: figures('unitsReused', 'unitsCollected'),
  K11: figures('massToCertifiedRecyclersKg', 'massCollectedKg'),
  // Certificates, not unitsSanitised: compliance is a unit with an erasure certificate (L.1081).
  K12: figures('sanitisationCertificates', 'unitsCollected'),
  K13: [...UNITS, 'award.made: offeredProducts[].deviceType', 'award.made: offeredProducts[].condition', 'award.made: offeredProducts[].declaredLifetimeYears', 'award.made: offeredProducts[].massKg'],
  K14: [...UNITS, 'award.made: offeredProducts[].deviceType', 'award.made: offeredProducts[].condition', 'award.made: offeredProducts[].declaredLifetimeYears'],
  K15: [...UNITS, 'award.made: offeredProducts[].deviceType', 'award.made: offeredProducts[].declaredLifetimeYears', 'award.made: offeredProducts[].yearlyEnergyKWh'],
  K16: figures('recoveredMetalsG.gold', 'recoveredMetalsG.silver', 'recoveredMetalsG.palladium'),
  K17: ['award.made: lifeCycleCost.amount', 'award.made: value.currency'],
  K18: [...UNITS, 'award.made: bidId', 'award.made: offeredProducts[].model', 'evidence.reviewed: bidId', 'evidence.reviewed: type', 'evidence.reviewed: scheme', 'evidence.reviewed: coverage', 'evidence.reviewed: coveredModels[]', 'evidence.reviewed: status', 'evidence.reviewed: validUntil'],
  K19: ['award.made: supplierId', 'evidence.reviewed: supplierId', 'evidence.reviewed: type', 'evidence.reviewed: scheme', 'evidence.reviewed: status', 'evidence.reviewed: validUntil'],
  K20: figures('dataCentre.pue', 'dataCentre.ref', 'dataCentre.erf', 'dataCentre.wue', 'dataCentre.serverUtilisation'),
  // Software and e-services criteria are known by their catalogue id (DPG-GOVSTACK.*).
  K21: [...PROCEDURE, 'procurement.created: criteria[].id'],
}
