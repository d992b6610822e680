/**
 * Criteria for procuring software and e-services, drawn from the Digital Public Goods Standard (DPGA,
 * nine indicators) and GovStack's reuse principles and cross-functional requirements (govstack-cfr
 * 2.x), with the ITU guide's statement on reusing digital public goods
 * (docs/sources.md#software-and-e-services). The selection, the wording and the split into core and
 * comprehensive levels are ours: neither the ITU guide nor GovStack publishes such a criteria set, and
 * the guide's own e-service recommendations could not be read.
 *
 * One numeric threshold is set by the catalogue: GovStack's recommendation that dependencies and
 * runtimes have an end of life at least five years away (govstack-cfr-development #7). Every other
 * threshold is buyer-set.
 */
import { DPG_GOVSTACK } from './sources.ts'
import {
  BOTH,
  COMPREHENSIVE,
  CORE,
  criterionFactory,
  measured,
  score,
  text,
  yes,
  type SeedCriterion,
  type SeedReference,
} from './types.ts'

const DPG_STANDARD: SeedReference = {
  title: 'Digital Public Goods Standard (Digital Public Goods Alliance), nine indicators',
  url: 'https://github.com/DPGAlliance/DPG-Standard',
}
const ITU_GUIDE: SeedReference = {
  title: 'ITU, Circular and Sustainable Public Procurement for ICTs (2023): GovStack and the reuse of digital public goods',
  url: 'https://www.itu.int/en/ITU-D/Environment/Pages/Toolbox/Circular-and-Sustainable-Public-Procurement-for-ICTs.aspx',
}
const govstack = (requirement: string): SeedReference => ({ title: `GovStack cross-functional requirements (govstack-cfr 2.x): ${requirement}`, url: null })
const EU_GPP_DC: SeedReference = {
  title: 'EU GPP criteria for data centres, server rooms and cloud services, SWD(2020) 55 final (European Commission, 2020)',
  url: null,
}

/** Recognition as a digital public good certifies the nine DPG Standard indicators. */
const DPG_RECOGNITION = 'Digital Public Good recognition (Digital Public Goods Alliance registry)'

// Software and e-services criteria are not green public procurement criteria: they carry no GPP
// strategy (otherGPPCriteria would count them as environmental GPP in reporting). Their own mark is the
// source DPG-GOVSTACK (criterion ids `DPG-GOVSTACK.*`) and the category software-e-services; their
// goals are economic (reuse, no lock-in) or social, environmental only where the criterion is (hosting energy).
const criterion = criterionFactory(DPG_GOVSTACK, null, [DPG_STANDARD])

const NO_AIM = { aims: [], clauses: [] }

export const dpgSoftwareCriteria: SeedCriterion[] = [
  criterion({
    code: 'DPG1',
    type: 'technicalSpecification',
    title: { en: 'Approved open licence' },
    description:
      'The software delivered, source code included, is released under a licence approved by the Open Source Initiative, and the licences of its dependencies are compatible with it. An open licence lets the buyer and other public bodies reuse, adapt and keep maintaining the software without depending on a single supplier.',
    ambition: BOTH,
    aspects: ['softwareReuse'],
    categories: ['software-e-services'],
    l1061: NO_AIM,
    goals: ['economic'],
    requirements: [
      yes('DPG1.osiLicence', 'The software and its source code are released under an OSI-approved open-source licence', BOTH),
      text('DPG1.licence', 'Licence of the software (SPDX identifier)', BOTH),
      yes('DPG1.dependencyLicences', 'The licences of all dependencies are compatible with the software’s licence', BOTH),
    ],
    evidence: ['technicalDossier', 'registryEntry', 'supplierDeclaration'],
    labels: [DPG_RECOGNITION],
    verification: 'The licence file in the source repository, and a list of dependencies with their licences, for example a software bill of materials.',
    references: [govstack('development #3, OSI open-source licence at the repository root, Apache 2.0 by default, compatible dependency licences'), govstack('security #15, software bill of materials per release')],
  }),
  criterion({
    code: 'DPG2',
    type: 'technicalSpecification',
    title: { en: 'Clear ownership' },
    description:
      'Ownership of the software and of the assets it produces is clearly defined and publicly documented, for example through copyright or trademark notices, and the contract states what rights the buyer holds. Unclear ownership is a frequent obstacle to reusing software that was paid for with public money.',
    ambition: BOTH,
    aspects: ['softwareReuse', 'transparency'],
    categories: ['software-e-services'],
    l1061: NO_AIM,
    goals: ['economic'],
    requirements: [
      yes('DPG2.documented', 'Ownership of the software and its assets is publicly documented (copyright, trademark or similar)', BOTH),
      yes('DPG2.buyerRights', 'The buyer receives the rights it asks for over what is developed under the contract', BOTH, {
        param: 'The buyer states the rights it must hold over code, documentation and data developed under the contract.',
      }),
    ],
    evidence: ['technicalDossier', 'registryEntry', 'supplierDeclaration'],
    labels: [DPG_RECOGNITION],
    verification: 'The copyright and trademark notices in the repository or on the project site, and the rights clauses of the offer.',
  }),
  criterion({
    code: 'DPG3',
    type: 'technicalSpecification',
    title: { en: 'Platform independence' },
    description:
      'Where the software has mandatory dependencies that are more restrictive than its own licence, the tenderer shows that functional open alternatives exist and can be used without significant changes to the core product. This keeps the buyer from being locked into a closed component or platform.',
    ambition: BOTH,
    aspects: ['interoperability', 'openStandards'],
    categories: ['software-e-services'],
    l1061: NO_AIM,
    goals: ['economic'],
    requirements: [
      text('DPG3.dependencies', 'Mandatory dependencies with their licences', BOTH),
      yes('DPG3.openAlternatives', 'Every mandatory dependency more restrictive than the software’s licence has a functional open alternative usable without significant changes', BOTH),
    ],
    evidence: ['technicalDossier', 'registryEntry', 'supplierDeclaration'],
    labels: [DPG_RECOGNITION],
    verification: 'The list of mandatory dependencies, and for each restrictive one the open alternative and how it is swapped in.',
  }),
  criterion({
    code: 'DPG4',
    type: 'technicalSpecification',
    title: { en: 'Documentation' },
    description:
      'The software comes with documentation of its source code, use cases and functional requirements that lets a technical person unfamiliar with the project deploy and run it. GovStack also asks for documentation stored with the code on installing, configuring and operating, and for deployment documentation listing every setting. Without documentation, reuse by another team or government is rarely practical.',
    ambition: BOTH,
    aspects: ['softwareReuse', 'transparency'],
    categories: ['software-e-services'],
    l1061: NO_AIM,
    goals: ['economic'],
    requirements: [
      yes('DPG4.technical', 'Technical documentation lets a technical person unfamiliar with the project deploy and run the software', BOTH),
      yes('DPG4.deployment', 'Deployment documentation gives prerequisites, every environment variable and configuration file, verification steps and rollback instructions', BOTH),
      yes('DPG4.languages', 'Documentation is available in the languages the buyer names', BOTH, {
        param: 'The buyer names the languages required; GovStack requires English documentation.',
      }),
    ],
    evidence: ['technicalDossier', 'registryEntry'],
    labels: [DPG_RECOGNITION],
    verification: 'The documentation itself; the buyer may ask a technical person outside the project to deploy the software from it.',
    references: [govstack('quality #1, English documentation stored with the code'), govstack('deployment #3, deployment documentation')],
  }),
  criterion({
    code: 'DPG5',
    type: 'technicalSpecification',
    title: { en: 'Mechanism for extracting data and content' },
    description:
      'Non-personal data and content can be exported from, and imported into, the system in a non-proprietary, machine-readable format. Portable data outlives the system that holds it, so replacing one component does not mean rebuilding the rest.',
    ambition: BOTH,
    aspects: ['interoperability', 'openStandards'],
    categories: ['software-e-services'],
    l1061: NO_AIM,
    goals: ['economic'],
    requirements: [
      yes('DPG5.exportImport', 'Non-personal data and content can be exported and imported in the non-proprietary formats the buyer names', BOTH, {
        param: 'The buyer names the formats (for example JSON or CSV, or a domain standard).',
      }),
      yes('DPG5.bulkExport', 'Single-record and bulk export are available, with the export time and source system recorded', COMPREHENSIVE),
    ],
    evidence: ['technicalDossier', 'registryEntry', 'testReport'],
    labels: [DPG_RECOGNITION],
    verification: 'API documentation of the export and import functions; the buyer may run a test export during evaluation.',
    references: [govstack('data #3, JSON by default, no proprietary serialisation'), govstack('data #8, machine- and human-readable export, individual and bulk')],
  }),
  criterion({
    code: 'DPG6',
    type: 'technicalSpecification',
    title: { en: 'Adherence to standards and open APIs' },
    description:
      'The software follows relevant open standards and best practices, and every external interface is a documented API described in OpenAPI. GovStack building blocks talk to each other only through APIs, with no shared databases, which is what lets components from different suppliers be combined and replaced.',
    ambition: BOTH,
    aspects: ['openStandards', 'interoperability'],
    categories: ['software-e-services'],
    l1061: NO_AIM,
    goals: ['economic'],
    requirements: [
      yes('DPG6.openApi', 'Every external API is described in an OpenAPI 3.x document that validates without errors', BOTH),
      yes('DPG6.apiOnly', 'Components communicate only through their APIs: no shared databases, file systems or memory', BOTH),
      yes('DPG6.domainStandards', 'The domain standards the buyer names are used for data exchange', BOTH, {
        param: 'The buyer names the domain standards that apply (for example the Open Contracting Data Standard for procurement data).',
      }),
    ],
    evidence: ['technicalDossier', 'testReport', 'registryEntry'],
    labels: [DPG_RECOGNITION],
    verification: 'The OpenAPI documents, validated with a standard validator, and the architecture documentation; GovStack API compliance test results where available.',
    references: [
      govstack('quality #4, OpenAPI 3.x for every external endpoint'),
      govstack('architecture #1 and #2, autonomous building blocks communicating only through APIs'),
      govstack('data #6, use existing domain standards'),
    ],
  }),
  criterion({
    code: 'DPG7',
    type: 'technicalSpecification',
    title: { en: 'Adherence to privacy and applicable laws' },
    description:
      'The software is designed and built to comply with data protection and the other laws that apply to the buyer. Where it handles personal data, the tenderer shows how the privacy, security and integrity of that data are protected; GovStack adds the principles of access and deletion rights, purpose limitation and data minimisation.',
    ambition: BOTH,
    aspects: ['transparency'],
    categories: ['software-e-services'],
    l1061: NO_AIM,
    goals: ['social'],
    requirements: [
      yes('DPG7.applicableLaw', 'The software complies with the laws the buyer names', BOTH, {
        param: 'The buyer names the laws that apply (for example the data protection law in force).',
      }),
      yes('DPG7.personalData', 'Where personal data is processed, the measures protecting its privacy, security and integrity are documented', BOTH),
      yes('DPG7.dataSubjectRights', 'Rights of access and deletion are supported, with purpose limitation and data minimisation', COMPREHENSIVE),
    ],
    evidence: ['technicalDossier', 'auditReport', 'supplierDeclaration', 'registryEntry'],
    labels: [DPG_RECOGNITION],
    verification: 'A data protection assessment and the documentation of privacy and security measures; an independent audit where the buyer asks for one.',
    references: [govstack('data #4, GDPR-compatible principles'), govstack('security #16, no sensitive data in errors or logs')],
  }),
  criterion({
    code: 'DPG8',
    type: 'technicalSpecification',
    title: { en: 'Do no harm by design' },
    description:
      'The software is designed to anticipate and prevent harm. Where it stores or distributes content, there are policies and processes to detect, moderate, report and remove illegal and inappropriate content; where it lets people interact, users can protect themselves from abuse and harassment, and underage users are protected.',
    ambition: BOTH,
    aspects: ['transparency'],
    categories: ['software-e-services'],
    l1061: NO_AIM,
    goals: ['social'],
    requirements: [
      yes('DPG8.harmPrevention', 'Foreseeable harms have been identified and the measures that prevent them are documented', BOTH),
      yes('DPG8.content', 'Where the software collects, stores or distributes content: policies and processes to detect, moderate, report and remove illegal and inappropriate content', BOTH),
      yes('DPG8.harassment', 'Where the software lets people interact: processes to protect users from abuse and harassment, and protection of underage users', BOTH),
    ],
    evidence: ['technicalDossier', 'auditReport', 'registryEntry'],
    labels: [DPG_RECOGNITION],
    verification: 'The documented harm assessment and the content and safety policies, with the processes that apply them.',
  }),
  criterion({
    code: 'DPG9',
    type: 'awardCriterion',
    title: { en: 'Reuse of existing digital public goods and building blocks' },
    description:
      'Points go to solutions that reuse existing digital public goods or GovStack building blocks for the functions the buyer needs, instead of building them anew. The ITU guide, produced within the GovStack initiative, points out that reusing the same components across government initiatives cuts cost, opens up digital silos and supports sustainability in ICT procurement.',
    ambition: BOTH,
    aspects: ['softwareReuse'],
    categories: ['software-e-services'],
    l1061: NO_AIM,
    goals: ['economic'],
    requirements: [
      measured('DPG9.functionsCovered', 'Number of the buyer’s listed functions served by reused digital public goods or building blocks', BOTH, 'count', {
        dataType: 'integer',
        bound: 'value',
        param: 'The buyer lists the functions for which reuse of an existing digital public good or building block is sought.',
      }),
      text('DPG9.components', 'The digital public goods and building blocks reused, and the functions each serves', BOTH),
    ],
    scoring: score.proportional(
      'DPG9.functionsCovered',
      'higherIsBetter',
      'No bands in the references; default: points in proportion to the number of listed functions covered by reuse. The buyer may set bands instead.',
    ),
    evidence: ['technicalDossier', 'registryEntry'],
    verification: 'The solution architecture naming each reused component, its version and source repository, and the function it serves.',
    references: [ITU_GUIDE],
  }),
  criterion({
    code: 'DPG10',
    type: 'technicalSpecification',
    title: { en: 'Security update support and software longevity' },
    description:
      'The supplier commits to security updates for a set period, and the runtimes and dependencies the software is built on are at least five years from their end of life at delivery, as GovStack recommends. Software that stays supported can stay in service; unsupported software is a common reason to replace systems early.',
    ambition: BOTH,
    aspects: ['softwareSupport'],
    categories: ['software-e-services'],
    l1061: { aims: ['maximiseUsefulLife'], clauses: ['9'] },
    goals: ['environmental.wasteReduction', 'economic'],
    requirements: [
      measured('DPG10.securityUpdates.core', 'Period after delivery during which security updates are provided (core level)', CORE, 'year', {
        param: 'The buyer sets the minimum support period for the core level.',
      }),
      measured('DPG10.securityUpdates.comprehensive', 'Period after delivery during which security updates are provided (comprehensive level)', COMPREHENSIVE, 'year', {
        param: 'The buyer sets the minimum support period for the comprehensive level, longer than the core level.',
      }),
      {
        ...measured('DPG10.dependencyEndOfLife', 'Years from delivery until the end of life of the runtimes and dependencies used', BOTH, 'year'),
        minValue: 5,
      },
    ],
    evidence: ['supplierDeclaration', 'technicalDossier', 'serviceAgreement'],
    verification: 'The support commitment in the offer, and a list of runtimes and dependencies with their published end-of-life dates.',
    references: [govstack('development #7, dependencies and runtimes with an end of life at least 5 years away')],
  }),
  criterion({
    code: 'DPG11',
    type: 'awardCriterion',
    title: { en: 'Energy-aware hosting' },
    description:
      'Points go to offers that host the e-service in data centres or cloud services meeting the criteria the buyer picks from the EU GPP data-centre set, such as the renewable energy factor or power usage effectiveness. Most of an e-service’s energy use happens in the infrastructure it runs on, so the hosting choice carries its footprint.',
    ambition: COMPREHENSIVE,
    aspects: ['energyEfficiency', 'renewableEnergy'],
    categories: ['software-e-services'],
    l1061: { aims: ['maximiseEnergyEfficiency'], clauses: [] },
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      yes('DPG11.hosting', 'The hosting meets the EU GPP data-centre criteria the buyer names', COMPREHENSIVE, {
        param: 'The buyer names the criteria from the EU GPP data-centre set (for example the renewable energy factor or PUE) and the values that earn points.',
      }),
    ],
    scoring: score.boolean('DPG11.hosting', 'No bands in the references; default: points when the hosting meets every named criterion.'),
    evidence: ['technicalDossier', 'performanceReport', 'conformityCertificate'],
    verification: 'The hosting provider’s evidence for each named criterion, as described in the EU GPP data-centre criteria.',
    references: [EU_GPP_DC],
  }),
  criterion({
    code: 'DPG12',
    type: 'contractPerformanceClause',
    title: { en: 'Publication of code developed under the contract' },
    description:
      'During the contract, source code, configuration and infrastructure definitions developed for the buyer are kept in a public version-controlled repository under the agreed open licence, with a traceable history. Publishing as the work goes makes it reusable by other public bodies and keeps it available if the supplier changes.',
    ambition: COMPREHENSIVE,
    aspects: ['softwareReuse', 'transparency'],
    categories: ['software-e-services'],
    l1061: NO_AIM,
    goals: ['economic'],
    requirements: [
      yes('DPG12.publicRepository', 'Code, configuration and infrastructure definitions are published in a public version-controlled repository under the agreed licence', COMPREHENSIVE),
      measured('DPG12.delay', 'Time between delivering a change and publishing it', COMPREHENSIVE, 'month', {
        bound: 'max',
        param: 'The buyer sets the longest delay allowed before publication.',
      }),
    ],
    evidence: ['performanceReport', 'technicalDossier'],
    verification: 'The buyer checks the public repository against delivered releases.',
    references: [govstack('development #1, all source, configuration and infrastructure definitions in Git with traceable commits')],
  }),
]

/** Numeric thresholds the catalogue fixes itself, each with its published source. */
export const confirmedSourceThresholds: Record<string, string> = {
  'DPG-GOVSTACK.DPG10/DPG10.dependencyEndOfLife': 'GovStack govstack-cfr-development #7: dependencies and runtimes have an end of life of at least 5 years (RECOMMENDED).',
}
