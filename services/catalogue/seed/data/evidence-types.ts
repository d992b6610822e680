/**
 * Evidence types a tenderer or contractor can submit: our design on Directive 2014/24/EU Art. 43, 44
 * and 62 (docs/sources.md#evidence-types). Descriptions are ours. Examples name real labels, registries
 * and standards.
 */
import type { SeedEvidenceType } from './types.ts'

export const evidenceTypes: SeedEvidenceType[] = [
  {
    code: 'type1EcolabelCertificate',
    name: { en: 'Type I ecolabel certificate' },
    description: {
      en: 'A certificate or licence for the offered model under an ISO 14024 (Type I) ecolabel whose criteria cover the requirement. Check the label generation or version, the model and the validity date.',
    },
    examples: [
      'TCO Certified certificate (generation 9 or 10), checked in the TCO Product Finder',
      'Blue Angel DE-UZ 78 contract (computers)',
      'Nordic Swan Ecolabel licence (computers)',
      'EU Ecolabel licence (personal, notebook and tablet computers)',
    ],
  },
  {
    code: 'registryEntry',
    name: { en: 'Product registry entry' },
    description: {
      en: 'An entry for the exact model in a public product registry, with its identifier. Registry entries can be checked online; for EPEAT, the entry must cover the country of delivery.',
    },
    examples: [
      'EPEAT registry entry (model, country, Bronze/Silver/Gold tier)',
      'ENERGY STAR product finder entry',
      'EPREL entry (EU energy label database), e.g. monitor energy class or smartphone battery endurance',
      'Digital Public Goods Alliance registry entry for a recognised digital public good',
    ],
  },
  {
    code: 'testReport',
    name: { en: 'Test report' },
    description: {
      en: 'A report from a test laboratory naming the model, the standard and clause applied, the test conditions and the results. Prefer laboratories accredited to ISO/IEC 17025 (Directive 2014/24/EU, Art. 44).',
    },
    examples: [
      'ISO/IEC 17025 laboratory report on battery cycle endurance per IEC 61960-3',
      'Drop test report per IEC 60068-2-31',
      'IP code test report per IEC 60529',
      'Bromine and chlorine content test report for plastic parts',
    ],
  },
  {
    code: 'conformityCertificate',
    name: { en: 'Certificate of conformity' },
    description: {
      en: 'A certificate from a conformity assessment body stating that a product, process or software tool meets a named standard or specification.',
    },
    examples: [
      'Certificate that a data erasure tool meets NIST SP 800-88 or IEEE 2883',
      'Certificate of conformity with EN 50614 (preparing waste electrical equipment for re-use)',
      'Guarantees of origin for renewable electricity',
    ],
  },
  {
    code: 'managementSystemCertificate',
    name: { en: 'Management system certificate' },
    description: {
      en: 'A valid certificate for a management system of the tenderer or its sites, issued by an accredited certification body, with its scope and expiry date.',
    },
    examples: ['ISO 14001 or EMAS registration', 'ISO 9001', 'ISO 50001', 'ISO 45001', 'ISO 37001'],
  },
  {
    code: 'supplierDeclaration',
    name: { en: 'Supplier declaration' },
    description: {
      en: 'A signed written statement by the tenderer that the offer meets the requirement, including a self-declaration in the European Single Procurement Document. The buyer may ask the preferred tenderer for supporting documents.',
    },
    examples: ['Signed declaration of compliance', 'ESPD self-declaration', 'Declared list of available spare parts'],
  },
  {
    code: 'technicalDossier',
    name: { en: 'Technical dossier' },
    description: {
      en: 'Manufacturer documentation that shows how the product or solution meets the requirement: specification sheets, manuals, drawings, design calculations, source-code documentation. It is the fallback proof when a label could not be obtained in time (Directive 2014/24/EU, Art. 43).',
    },
    examples: [
      'Product specification sheet',
      'Repair and disassembly manual',
      'Design calculation of the data centre PUE',
      'Software architecture and deployment documentation',
    ],
  },
  {
    code: 'productCarbonFootprint',
    name: { en: 'Product carbon footprint' },
    description: {
      en: 'A life-cycle greenhouse-gas footprint of the product, with the method, the assumed lifetime and use, and the share of manufacturing and use phases.',
    },
    examples: ['Product carbon footprint per ISO 14067', 'PAIA product attribute to impact assessment', 'Environmental product declaration'],
  },
  {
    code: 'serviceAgreement',
    name: { en: 'Service agreement terms' },
    description: {
      en: 'The terms of a service offered with the products: what is covered, for how long, response and repair times, collection and reporting duties.',
    },
    examples: [
      'Extended service agreement with repair or replacement and pick-up or on-site service',
      'Take-back and data sanitisation service description',
      'Managed hosting service level agreement',
    ],
  },
  {
    code: 'warrantyTerms',
    name: { en: 'Warranty terms' },
    description: {
      en: 'The warranty document for the offered products: duration from delivery, defects and parts covered (including batteries), and how repair or replacement is delivered.',
    },
    examples: ['Manufacturer’s warranty statement', 'Refurbisher’s warranty for refurbished devices'],
  },
  {
    code: 'dataErasureCertificate',
    name: { en: 'Data erasure certificate' },
    description: {
      en: 'A record per asset (serial number) that its storage media were sanitised, naming the tool, the method and standard, the date and the operator.',
    },
    examples: ['Per-device erasure report to NIST SP 800-88 purge', 'Sanitisation record following ITU-T L.1081 good practices'],
  },
  {
    code: 'recyclerCertificate',
    name: { en: 'Recycler or refurbisher certificate' },
    description: {
      en: 'A certificate or permit showing that the facility that receives used equipment for reuse, refurbishment or recycling operates to a recognised standard.',
    },
    examples: ['R2v3 certificate', 'e-Stewards certificate', 'WEEELABEX / EN 50625 conformity', 'Waste treatment permit'],
  },
  {
    code: 'performanceReport',
    name: { en: 'Contract performance report' },
    description: {
      en: 'A periodic report delivered under a contract performance clause, with the figures the clause asks for and the period covered.',
    },
    examples: [
      'End-destination report: units reused, recycled and disposed of, with erasure records',
      'Repair and spare-part request log under a service agreement',
      'Data centre monitoring report (PUE input values, IT energy, renewable energy factor)',
    ],
  },
  {
    code: 'auditReport',
    name: { en: 'Audit report' },
    description: {
      en: 'A report of an independent audit of the tenderer, a site or its supply chain, with the scope, the findings and any corrective actions.',
    },
    examples: [
      'Supply-chain or social audit report (e.g. RBA)',
      'Restricted-substance management audit',
      'Independent audit of data centre best practices',
    ],
  },
]
