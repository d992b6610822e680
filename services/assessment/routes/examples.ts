import type { BidContent, CreateEvidence } from '../schemas/bid.ts'
import type { CreateProcurement } from '../schemas/procurement.ts'

/** Request examples shown in the generated API docs. */
export const exampleProcurement: CreateProcurement = {
  title: 'Notebooks for the Ministry of Finance, 2027',
  description: 'Framework for 1 000 notebooks with take-back of the old fleet.',
  cpvCodes: ['30213100'],
  currency: 'EUR',
  estimatedValue: { amount: '900000.00', currency: 'EUR' },
  lots: [{ id: 'LOT-1', title: 'Standard notebooks', estimatedValue: null }],
  criteriaSet: { id: 'notebooks-core', version: 1 },
  criteria: [
    { criterionId: 'EU-GPP-2021-CMTS.TS3', parameters: { 'TS3.years.core': 3 } },
    { criterionId: 'EU-GPP-2021-CMTS.AC5', maxPoints: 30 },
  ],
  weighting: { priceWeight: 70, qualityWeight: 30, minimumQualityScore: null },
  priceScoring: { basis: 'lifeCycleCost', rule: 'relativeToLowest' },
  lifeCycle: { energyTariff: { amount: '0.25', currency: 'EUR' }, years: 5, factorSetId: 'ademe-boavizta' },
}

export const exampleBid: BidContent = {
  offeredProducts: [
    {
      model: 'EcoBook 14 G3',
      gtin: '04012345678901',
      deviceType: 'laptop',
      quantity: 1000,
      unitPrice: { amount: '820.00', currency: 'EUR' },
      condition: 'new',
      declaredLifetimeYears: 6,
      yearlyEnergyKWh: 18.8,
      massKg: 1.4,
      serviceCostPerUnit: { amount: '60.00', currency: 'EUR' },
      residualValuePerUnit: null,
      declaredEmbodiedKgCo2ePerUnit: null,
    },
  ],
  responses: [
    { requirementId: 'TS3.years.core', value: 4, unit: 'year' },
    { requirementId: 'AC5.improvement', value: 35, unit: 'percent' },
  ],
}

export const exampleEvidence: CreateEvidence = {
  criterionId: 'EU-GPP-2021-CMTS.TS3',
  type: 'warrantyTerms',
  issuer: 'EcoBook Ltd',
  identifier: 'WARRANTY-2027-14G3',
  validUntil: '2031-12-31',
  url: 'https://example.org/warranty.pdf',
  documentHash: null,
}
