import type { CreateCriteriaSet } from '../schemas/criteria-set.ts'
import type { CreateCriterion } from '../schemas/criterion.ts'

/** Request examples shown in the generated API docs. */
export const exampleCriterion: CreateCriterion = {
  source: {
    code: 'NATIONAL-EXAMPLE',
    title: 'Example national criteria for ICT',
    publisher: 'Example procurement agency',
    published: '2026-01-15',
    url: null,
  },
  code: 'TS2',
  content: {
    title: { en: 'Spare parts available after delivery', fr: 'Pièces détachées disponibles après la livraison', es: 'Piezas de repuesto disponibles tras la entrega' },
    description: { en: 'The supplier keeps key spare parts available so that devices can be repaired instead of replaced.' },
    type: 'technicalSpecification',
    aspects: ['spareParts', 'reparability'],
    lifeCycleStage: 'specification',
    ambitionLevels: ['core'],
    productCategories: ['notebooks'],
    l1061: { aims: ['maximiseUsefulLife'], clauses: ['9'] },
    ocds: { goals: ['environmental.wasteReduction'], strategies: ['technicalSpecifications', 'nationalGPPCriteria'] },
    requirements: [
      {
        id: 'TS2.years',
        title: { en: 'Years of spare-part availability after delivery' },
        ambitionLevels: ['core'],
        dataType: 'number',
        unit: 'year',
        expectedValue: null,
        minValue: null,
        maxValue: null,
        allowedValues: null,
        buyerParameter: { bound: 'min', description: { en: 'Minimum number of years' } },
        presets: [],
      },
    ],
    scoring: null,
    acceptedEvidence: ['supplierDeclaration'],
    acceptedLabels: ['TCO Certified'],
    verification: { en: 'A written declaration, or a label with an equivalent requirement.' },
    references: [],
    validFrom: null,
    validTo: null,
  },
}

export const exampleCriteriaSet: CreateCriteriaSet = {
  id: 'notebooks-example',
  content: {
    title: { en: 'Notebooks, example set' },
    description: { en: 'A small set for a pilot tender.' },
    productCategory: 'notebooks',
    ambitionLevel: 'core',
    procurementRoute: 'newEquipment',
    items: [{ criterionId: 'EU-GPP-2021-CMTS.TS2', criterionVersion: null, suggestedWeight: null }],
  },
}
