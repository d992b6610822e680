import type { Change } from '../schemas/change.ts'
import type { CreateCriteriaSet, CriteriaSetVersion, ResolvedCriteriaSetVersion } from '../schemas/criteria-set.ts'
import type { CreateCriterion, CriterionVersion } from '../schemas/criterion.ts'
import type { CodeList, EvidenceType, ProductCategory } from '../schemas/reference-data.ts'

/** Request and response examples shown in the generated API docs. */
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

/** The example criterion once published: what reads of a criterion answer. */
export const exampleCriterionVersion: CriterionVersion = {
  id: 'NATIONAL-EXAMPLE.TS2',
  code: exampleCriterion.code,
  source: exampleCriterion.source,
  version: 1,
  status: 'published',
  content: exampleCriterion.content,
  createdAt: '2026-11-20T09:12:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
  publishedAt: '2026-11-26T10:00:00.000Z',
  deprecatedAt: null,
}

/** The example set once published: publishing pinned the criterion version. */
export const exampleCriteriaSetVersion: CriteriaSetVersion = {
  id: exampleCriteriaSet.id,
  version: 1,
  status: 'published',
  content: { ...exampleCriteriaSet.content, items: [{ criterionId: exampleCriterionVersion.id, criterionVersion: 1, suggestedWeight: null }] },
  createdAt: '2026-11-26T10:05:00.000Z',
  updatedAt: '2026-11-26T10:30:00.000Z',
  publishedAt: '2026-11-26T10:30:00.000Z',
  deprecatedAt: null,
}

export const exampleResolvedCriteriaSetVersion: ResolvedCriteriaSetVersion = { ...exampleCriteriaSetVersion, criteria: [exampleCriterionVersion] }

export const exampleProductCategory: ProductCategory = {
  code: 'notebooks',
  name: { en: 'Notebooks', fr: 'Ordinateurs portables' },
  description: { en: 'Portable computers (laptops, notebooks, 2-in-1 devices) as covered by the EU GPP criteria for computers, monitors, tablets and smartphones.' },
  cpvCodes: ['30213100'],
}

export const exampleCodeList: CodeList = {
  id: 'unit',
  codes: [
    { code: 'year', name: { en: 'year', fr: 'année' }, unece: 'ANN' },
    { code: 'month', name: { en: 'month', fr: 'mois' }, unece: 'MON' },
  ],
}

export const exampleChange: Change = {
  sequence: 42,
  occurredAt: '2026-11-26T10:00:00.000Z',
  entityType: 'criterion',
  entityId: exampleCriterionVersion.id,
  version: 1,
  action: 'published',
  href: `/api/v1/criteria/${exampleCriterionVersion.id}/versions/1`,
}

/** The start of the tender text of the example set, as served in each format. */
export const exampleTenderTextHtml =
  '<!doctype html>\n<html lang="en" dir="ltr">\n<head><meta charset="utf-8"><title>Notebooks, example set</title></head>\n<body>\n<h1>Notebooks, example set</h1>\n<p>A small set for a pilot tender.</p>\n<h2>Technical specifications</h2>\n<h3>TS2 Spare parts available after delivery</h3>\n<p>The supplier keeps key spare parts available so that devices can be repaired instead of replaced.</p>\n</body>\n</html>\n'

export const exampleTenderTextMarkdown =
  '# Notebooks, example set\n\nA small set for a pilot tender.\n\n## Technical specifications\n\n### TS2 Spare parts available after delivery\n\nThe supplier keeps key spare parts available so that devices can be repaired instead of replaced.\n'

export const exampleEvidenceType: EvidenceType = {
  code: 'testReport',
  name: { en: 'Test report', fr: 'Rapport d’essai' },
  description: { en: 'A report from a laboratory accredited to ISO/IEC 17025 showing that the product meets the requirement.' },
  examples: ['Battery endurance test report to IEC 61960-3', 'Free-fall test report to IEC 60068-2-31'],
}
