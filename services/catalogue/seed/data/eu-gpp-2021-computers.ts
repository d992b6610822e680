/**
 * EU GPP criteria for computers, monitors, tablets and smartphones (2021): all 46 criteria.
 *
 * Codes, names, types and ambition levels as listed from the official documents (confirmed through a
 * secondary source, docs/sources.md#eu-gpp-2021-computers). Everything else is written in our own
 * words. The official threshold values could not be checked, so every EU threshold is a buyer-set
 * parameter with `minValue`/`maxValue` left null. Values that were confirmed elsewhere travel as
 * presets: national criteria (Sweden, Norway, Malta; docs/sources.md#national-presets) and legal
 * baselines (EU 2023/1670; docs/sources.md#legal-baselines). The energy-label classes of 2023/1669 are
 * not minimums: they are rewarded by award criteria of the catalogue's own (circular-ict-own.ts).
 */
import { EU_GPP_2021_CMTS } from './sources.ts'
import {
  BOTH,
  COMPREHENSIVE,
  CORE,
  choice,
  criterionFactory,
  measured,
  national,
  regulatoryBaseline,
  score,
  text,
  yes,
  type L1061Aim,
  type ProductCategoryCode,
  type SeedCriterion,
  type SeedReference,
} from './types.ts'

// --- Shared references ------------------------------------------------------------------------

const EU_DOCUMENT: SeedReference = {
  title: 'EU GPP criteria for computers, monitors, tablets and smartphones (European Commission, 5 March 2021)',
  url: null,
}
export const L1061_REFERENCE: SeedReference = {
  title: 'Recommendation ITU-T L.1061 (03/2023): Circular public procurement of information and communication technologies',
  url: 'https://www.itu.int/itu-t/workprog/wp_item.aspx?isn=17731',
}
const TEST_REPORTS: SeedReference = { title: 'Directive 2014/24/EU on public procurement, Art. 44 (test reports and certification)', url: null }
const IEC_61960_3: SeedReference = { title: 'IEC EN 61960-3: cycle-life and electrical performance tests for portable lithium secondary cells and batteries', url: null }
const IEC_60529: SeedReference = { title: 'IEC 60529: Degrees of protection provided by enclosures (IP code)', url: null }
const IEC_60068_2_31: SeedReference = { title: 'IEC 60068-2-31: Environmental testing – rough handling shocks (drop test)', url: null }
const NIST_800_88: SeedReference = { title: 'NIST Special Publication 800-88 Rev. 1: Guidelines for Media Sanitization', url: null }
const IEEE_2883: SeedReference = { title: 'IEEE 2883-2022: Standard for Sanitizing Storage', url: null }
const L1081: SeedReference = {
  title: 'Recommendation ITU-T L.1081 (07/2025): Good practices for the sanitization of the information storage media in end-of-life ICT user devices',
  url: null,
}
const ECODESIGN_2023_1670: SeedReference = {
  title: 'Commission Regulation (EU) 2023/1670: ecodesign requirements for smartphones, mobile phones, cordless phones and slate tablets',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32023R1670',
}
const ENERGY_LABEL_2023_1669: SeedReference = {
  title: 'Commission Delegated Regulation (EU) 2023/1669: energy labelling of smartphones and slate tablets',
  url: null,
}
const ENERGY_LABEL_2019_2013: SeedReference = { title: 'Commission Delegated Regulation (EU) 2019/2013: energy labelling of electronic displays', url: null }
const ENERGY_STAR_COMPUTERS: SeedReference = { title: 'ENERGY STAR Program Requirements for Computers, version 8.0 (effective 15 July 2020)', url: null }
const ECODESIGN_617_2013: SeedReference = { title: 'Commission Regulation (EU) No 617/2013: ecodesign requirements for computers and computer servers', url: null }
const REACH: SeedReference = { title: 'Regulation (EC) No 1907/2006 (REACH): Candidate List of substances of very high concern', url: null }
const EN_45554: SeedReference = { title: 'EN 45554: General methods for the assessment of the ability to repair, reuse and upgrade energy-related products', url: null }
const EN_50614: SeedReference = { title: 'EN 50614: Requirements for the preparing for re-use of waste electrical and electronic equipment', url: null }
const EN_50625: SeedReference = { title: 'EN 50625 series / WEEELABEX: collection, logistics and treatment requirements for WEEE', url: null }
const ISO_11469: SeedReference = { title: 'ISO 11469 and ISO 1043: generic identification and marking of plastics products', url: null }

// --- Preset sources (docs/sources.md#national-presets) ---------------------------------------

const SE_11185 =
  'https://www.upphandlingsmyndigheten.se/kriterier/it-och-telekom/datorer-och-bildskarmar/datorer-och-bildskarmar/tillgang-till-reservdelar/basniva'
const SE_IT_EQUIPMENT = 'https://upphandlingsmyndigheten.se/en/criteria/it-and-telecom/it-equipment'
const SE_11193 =
  'https://www.upphandlingsmyndigheten.se/en/criteria/it-and-telecom/computers-and-screens/computers/service-life-of-rechargeable-batteries/advanced'
const SE_11169 = 'https://www.upphandlingsmyndigheten.se/kriterier/jamfor-kriterier/?column1=1000,1050,1051,7183,7184'
const SE_BATTERY_HEALTH = 'https://www.upphandlingsmyndigheten.se/en/criteria/compare-criteria/?column1=1000,1050,28910,28819,28894'
const SE_REUSED_BATTERY = 'https://www.upphandlingsmyndigheten.se/en/criteria/compare-criteria/?column1=1000,1050,28908,28827,28913'
const SE_PROJECTORS = 'https://upphandlingsmyndigheten.se/en/criteria/compare-criteria/?column1=1000%2C1049%2C1054%2C8182%2C8183'
const NO_ROBUST_NOTEBOOKS = 'https://kriterieveiviseren.difi.no/en/content/en-robust-notebooks'
const NO_BATTERY = 'https://kriterieveiviseren.difi.no/nb/content/nb-batterikapasitet-pa-baerbare-pc-er'
const MT_COMPUTERS = 'https://gpp.gov.mt/mandatory-criteria/computers-and-monitors'
const EU_2023_1670 = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32023R1670'

const batteryBaselineCycles = regulatoryBaseline(
  800,
  'EU Ecodesign Regulation 2023/1670, smartphones and slate tablets placed on the market from 20 June 2025: at least 800 full cycles with at least 80 % capacity left. Legal minimum, earns no points.',
  EU_2023_1670,
  ['smartphones', 'tablets'],
)
const batteryBaselineCapacity = regulatoryBaseline(
  80,
  'EU Ecodesign Regulation 2023/1670, smartphones and slate tablets from 20 June 2025: at least 80 % of rated capacity after 800 full cycles. Legal minimum, earns no points.',
  EU_2023_1670,
  ['smartphones', 'tablets'],
)

// --- L.1061 anchors per circularity category (docs/sources.md#itu-t-l1061-aims-and-clauses) -----

export const l1061Anchors = {
  durability: { aims: ['maximiseUsefulLife'] as L1061Aim[], clauses: ['8.3', '9'] },
  reparability: { aims: ['maximiseUsefulLife'] as L1061Aim[], clauses: ['8.3', '8.5', '9'] },
  lifetime: { aims: ['maximiseUsefulLife'] as L1061Aim[], clauses: ['9'] },
  serviceModel: { aims: ['minimiseEwaste', 'maximiseUsefulLife'] as L1061Aim[], clauses: ['6.4', '9'] },
  batteries: { aims: ['minimiseEwaste', 'maximiseUsefulLife'] as L1061Aim[], clauses: ['8.10', '9'] },
  interoperability: { aims: ['minimiseEwaste'] as L1061Aim[], clauses: ['8.5'] },
  energy: { aims: ['maximiseEnergyEfficiency'] as L1061Aim[], clauses: [] as string[] },
  hazardous: { aims: ['minimiseEwaste'] as L1061Aim[], clauses: ['8.2'] },
  materials: { aims: ['maximiseRecyclability'] as L1061Aim[], clauses: ['8.2'] },
  sanitisation: { aims: ['maximiseUsefulLife', 'maximiseRecyclability'] as L1061Aim[], clauses: ['9'] },
  endOfLife: { aims: ['maximiseUsefulLife', 'maximiseRecyclability'] as L1061Aim[], clauses: ['7', '9'] },
  // Take-back and end-destination reporting (CPC2): about what happens to devices, not about energy.
  reporting: {
    aims: ['minimiseEwaste', 'maximiseUsefulLife', 'maximiseRecyclability'] as L1061Aim[],
    clauses: ['7', '8.6', '8.8'],
  },
  refurbished: { aims: ['maximiseUsefulLife'] as L1061Aim[], clauses: ['7', '9'] },
  refurbishedBatteries: { aims: ['minimiseEwaste', 'maximiseUsefulLife'] as L1061Aim[], clauses: ['7', '8.10', '9'] },
  refurbishedInteroperability: { aims: ['minimiseEwaste', 'maximiseUsefulLife'] as L1061Aim[], clauses: ['7', '8.5', '9'] },
}

// --- Product scopes ---------------------------------------------------------------------------

const ALL_DEVICES: ProductCategoryCode[] = ['notebooks', 'desktops', 'monitors', 'tablets', 'smartphones']
const WITH_STORAGE: ProductCategoryCode[] = ['notebooks', 'desktops', 'tablets', 'smartphones']
const PORTABLE: ProductCategoryCode[] = ['notebooks', 'tablets', 'smartphones']
const COMPUTERS: ProductCategoryCode[] = ['notebooks', 'desktops']
const REFURBISHED_DEVICES: ProductCategoryCode[] = ['notebooks', 'desktops', 'tablets', 'smartphones']

const criterion = criterionFactory(EU_GPP_2021_CMTS, 'euGPPCriteria', [EU_DOCUMENT, L1061_REFERENCE])

const BUYER_SETS_BANDS = 'No official EU bands were found in the references; the buyer sets the bands or keeps proportional scoring.'

export const euGpp2021Criteria: SeedCriterion[] = [
  // ============================================================================================
  // Product lifetime extension
  // ============================================================================================
  criterion({
    code: 'TS1',
    title: { en: 'Provision of an extended service agreement' },
    description:
      'The tenderer offers a service agreement that runs beyond the legal guarantee and covers repair or replacement of faulty devices, batteries included, with collection or on-site service. Keeping devices working through a paid-for repair service is one of the most direct ways to extend their useful life and delay replacement. The comprehensive level asks for a longer agreement than the core level.',
    ambition: BOTH,
    aspects: ['warranty', 'reparability'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.lifetime,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      yes('TS1.provided', 'An extended service agreement covering repair or replacement, batteries included, is offered beyond the legal guarantee', BOTH),
      measured('TS1.years.core', 'Duration of the service agreement from delivery (core level)', CORE, 'year', {
        param: 'The buyer sets the minimum duration in years for the core level.',
      }),
      measured('TS1.years.comprehensive', 'Duration of the service agreement from delivery (comprehensive level)', COMPREHENSIVE, 'year', {
        param: 'The buyer sets the minimum duration in years for the comprehensive level, longer than the core level.',
      }),
      measured('TS1.responseTime', 'Time to repair or replace a faulty device under the agreement', BOTH, 'workingDay', {
        bound: 'max',
        param: 'The buyer sets the maximum number of working days for repair or replacement.',
      }),
    ],
    evidence: ['serviceAgreement', 'supplierDeclaration'],
    verification:
      'The tenderer submits the terms of the service agreement: duration, what is covered (batteries included), how devices are collected or repaired on site, and response times. The buyer checks the terms against each requirement.',
  }),
  criterion({
    code: 'TS2',
    title: { en: 'Continued availability of spare parts' },
    description:
      'The tenderer guarantees that spare parts for the delivered models, such as batteries, memory, storage, displays and keyboards, stay available for a set number of years. Without parts, a repairable device becomes waste at its first failure. The comprehensive level asks for a longer period and may cover more parts.',
    ambition: BOTH,
    aspects: ['spareParts', 'reparability'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.lifetime,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      measured('TS2.years.core', 'Years after delivery during which spare parts stay available (core level)', CORE, 'year', {
        param: 'The buyer sets the minimum number of years for the core level.',
        presets: [
          national(
            3,
            'Sweden, Upphandlingsmyndigheten criterion 11185 (computers and monitors, core level): spare parts available for at least 3 years after delivery',
            SE_11185,
          ),
        ],
      }),
      measured('TS2.years.comprehensive', 'Years after delivery during which spare parts stay available (comprehensive level)', COMPREHENSIVE, 'year', {
        param: 'The buyer sets the minimum number of years for the comprehensive level, longer than the core level.',
      }),
      yes('TS2.parts.core', 'Every spare part on the buyer’s list is covered (core level)', CORE, {
        param: 'The buyer lists the spare parts that must stay available at the core level.',
        presets: [
          national(
            'Computers (except 2-in-1 and tablets): hard disk or SSD, memory, rechargeable battery. Monitors: display unit and backlight, power and control boards, stand.',
            'Sweden, Upphandlingsmyndigheten criterion 11185 (computers and monitors, core level): parts covered',
            SE_11185,
          ),
        ],
      }),
      yes('TS2.parts.comprehensive', 'Every spare part on the buyer’s list is covered (comprehensive level)', COMPREHENSIVE, {
        param: 'The buyer lists the spare parts that must stay available at the comprehensive level.',
      }),
    ],
    evidence: ['supplierDeclaration', 'type1EcolabelCertificate', 'technicalDossier'],
    labels: ['Blue Angel DE-UZ 78', 'EU Ecolabel', 'TCO Certified'],
    verification:
      'A written declaration naming the parts and the period, or a certificate of a label that requires spare parts for at least the period asked.',
  }),
  criterion({
    code: 'CPC1',
    title: { en: 'Service agreement' },
    description:
      'During the contract the supplier actually delivers the service agreement it offered: repairs and replacements within the agreed times, and reports to the buyer. This clause turns the promise made in the tender into an obligation that can be monitored and enforced.',
    ambition: BOTH,
    aspects: ['warranty', 'reparability'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.serviceModel,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      yes('CPC1.delivered', 'Repairs and replacements are carried out within the agreed times for the whole agreement', BOTH),
      yes('CPC1.reporting', 'The supplier reports on the service delivered, as the contract specifies', BOTH, {
        param: 'The buyer sets what the service reports contain (e.g. requests, repairs, replacements, response times) and how often they are due.',
      }),
    ],
    evidence: ['performanceReport', 'serviceAgreement'],
    verification: 'The buyer checks the periodic service reports and its own records of repair requests against the agreed response times.',
  }),
  criterion({
    code: 'TS3',
    title: { en: 'Manufacturer’s warranty' },
    description:
      'Devices come with a warranty from delivery that covers defects of design, material and manufacture, batteries included, with repair or replacement. A long warranty shifts the cost of early failure to the producer and gives it a reason to build durable devices. The comprehensive level asks for a longer warranty than the core level.',
    ambition: BOTH,
    aspects: ['warranty'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.lifetime,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      measured('TS3.years.core', 'Warranty period from delivery (core level)', CORE, 'year', {
        param: 'The buyer sets the minimum warranty in years for the core level.',
        presets: [
          national(
            1,
            'Sweden, Upphandlingsmyndigheten IT equipment (core level, new and refurbished): product guarantee of at least 1 year from delivery',
            SE_IT_EQUIPMENT,
          ),
          national(
            2,
            'Malta mandatory GPP criteria, computers and monitors: warranty of at least 2 years from delivery, battery defects included',
            MT_COMPUTERS,
          ),
        ],
      }),
      measured('TS3.years.comprehensive', 'Warranty period from delivery (comprehensive level)', COMPREHENSIVE, 'year', {
        param: 'The buyer sets the minimum warranty in years for the comprehensive level, longer than the core level.',
        presets: [
          national(
            3,
            'Sweden, Upphandlingsmyndigheten IT equipment (advanced level, new equipment): product guarantee of at least 3 years from delivery',
            SE_IT_EQUIPMENT,
          ),
        ],
      }),
      yes('TS3.batteryCovered', 'The warranty covers battery defects', BOTH),
    ],
    evidence: ['warrantyTerms', 'supplierDeclaration', 'type1EcolabelCertificate'],
    labels: ['Blue Angel DE-UZ 78', 'TCO Certified'],
    verification:
      'The warranty terms for the offered models, showing the period, the defects covered, battery cover, and how repair or replacement is delivered (pick-up and return or on-site).',
  }),
  criterion({
    code: 'TS4',
    title: { en: 'Design for reparability' },
    description:
      'Key components can be removed and replaced with commonly available tools, and repair information is available. A device that can be opened and fixed, or upgraded with more memory or storage, stays in service longer. The comprehensive level extends the list of replaceable components.',
    ambition: BOTH,
    aspects: ['reparability'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.reparability,
    goals: ['environmental.circularEconomy', 'environmental.wasteReduction'],
    requirements: [
      yes('TS4.components.core', 'Every component on the buyer’s list can be replaced with commonly available tools (core level)', CORE, {
        param: 'The buyer lists the components that must be replaceable at the core level (e.g. battery, display, keyboard, memory, storage) and the tools allowed.',
      }),
      yes('TS4.components.comprehensive', 'Every component on the buyer’s list can be replaced with commonly available tools (comprehensive level)', COMPREHENSIVE, {
        param: 'The buyer lists the components that must be replaceable at the comprehensive level, more than at the core level.',
      }),
      yes('TS4.repairInformation', 'Disassembly and repair instructions are available to the buyer or to repairers', BOTH, {
        param: 'The buyer sets who must have access to the repair information and in what form.',
      }),
    ],
    evidence: ['technicalDossier', 'type1EcolabelCertificate', 'registryEntry', 'supplierDeclaration'],
    labels: ['TCO Certified', 'Blue Angel DE-UZ 78', 'EPEAT'],
    verification: 'Disassembly or repair instructions that show how each listed component is replaced, or a label certificate or registry entry that covers the requirement.',
    references: [EN_45554],
  }),
  criterion({
    code: 'TS5',
    title: { en: 'Functionality for secure data deletion' },
    description:
      'Devices come with built-in or free software that securely erases all user data from every storage medium in the device. Buyers often scrap devices because they cannot be sure the data is gone; reliable erasure makes reuse and resale possible.',
    ambition: BOTH,
    aspects: ['dataSanitisation'],
    categories: WITH_STORAGE,
    l1061: l1061Anchors.sanitisation,
    goals: ['environmental.resourceReuse', 'environmental.circularEconomy'],
    requirements: [
      yes('TS5.provided', 'Built-in or free functionality erases all user data from every storage medium in the device', BOTH),
      yes('TS5.method', 'The erasure method meets the sanitisation standard the buyer names', BOTH, {
        param: 'The buyer names the sanitisation standard or method (for example the purge level of NIST SP 800-88 or IEEE 2883).',
      }),
    ],
    evidence: ['technicalDossier', 'supplierDeclaration', 'conformityCertificate'],
    verification: 'A description of the erasure tool, how it is started, which media it covers and which standard it implements.',
    references: [NIST_800_88, IEEE_2883, L1081],
  }),
  criterion({
    code: 'TS6',
    title: { en: 'Rechargeable battery endurance' },
    description:
      'The battery keeps a minimum share of its rated capacity after a minimum number of full charge cycles, tested by a recognised method. Battery wear is one of the main reasons portable devices are replaced early. The comprehensive level asks for more cycles than the core level.',
    ambition: BOTH,
    aspects: ['batteries', 'durability'],
    categories: PORTABLE,
    l1061: l1061Anchors.batteries,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      measured('TS6.cycles.core', 'Full charge cycles the battery withstands (core level)', CORE, 'chargeCycle', {
        dataType: 'integer',
        param: 'The buyer sets the minimum number of full cycles for the core level.',
        presets: [batteryBaselineCycles],
      }),
      measured('TS6.cycles.comprehensive', 'Full charge cycles the battery withstands (comprehensive level)', COMPREHENSIVE, 'chargeCycle', {
        dataType: 'integer',
        param: 'The buyer sets the minimum number of full cycles for the comprehensive level, more than the core level.',
        presets: [
          batteryBaselineCycles,
          national(
            300,
            'Norway, DFØ notebooks (advanced level): main battery at least 300 cycles with at least 60 % capacity left (TCO Certified generation 8 or equivalent as proof)',
            NO_BATTERY,
          ),
        ],
      }),
      measured('TS6.capacity.core', 'Capacity left after those cycles, as a share of rated capacity (core level)', CORE, 'percent', {
        param: 'The buyer sets the minimum remaining capacity for the core level.',
        presets: [batteryBaselineCapacity],
      }),
      measured('TS6.capacity.comprehensive', 'Capacity left after those cycles, as a share of rated capacity (comprehensive level)', COMPREHENSIVE, 'percent', {
        param: 'The buyer sets the minimum remaining capacity for the comprehensive level.',
        presets: [
          batteryBaselineCapacity,
          national(60, 'Norway, DFØ notebooks (advanced level): at least 60 % capacity left after 300 cycles', NO_BATTERY),
        ],
      }),
      yes('TS6.testMethod', 'The endurance was tested by the method the buyer names', BOTH, {
        param: 'The buyer names the test method (for example the cycle-life test of IEC EN 61960-3) and whether partial-charge software may be on during the test.',
      }),
    ],
    evidence: ['testReport', 'type1EcolabelCertificate', 'registryEntry'],
    labels: ['TCO Certified'],
    verification:
      'A test report from a laboratory accredited to ISO/IEC 17025 naming the method and results, a label certificate covering battery endurance, or, for smartphones and slate tablets, the battery endurance shown in the EPREL entry.',
    references: [IEC_61960_3, ECODESIGN_2023_1670, ENERGY_LABEL_2023_1669, TEST_REPORTS],
  }),
  criterion({
    code: 'TS7',
    title: { en: 'Minimum requirements for electrical performance' },
    description:
      'The battery passes the electrical performance tests of a recognised battery standard, not only the cycle-life test. This guards against batteries that reach the cycle count but deliver poor capacity or performance in daily use.',
    ambition: COMPREHENSIVE,
    aspects: ['batteries'],
    categories: PORTABLE,
    l1061: l1061Anchors.batteries,
    goals: ['environmental.wasteReduction'],
    requirements: [
      yes('TS7.tested', 'The battery passes the electrical performance tests the buyer names', COMPREHENSIVE, {
        param: 'The buyer names the tests or clauses that apply (for example the electrical performance clauses of IEC EN 61960-3).',
      }),
    ],
    evidence: ['testReport'],
    verification: 'A test report from a laboratory accredited to ISO/IEC 17025 naming the standard, clauses and results.',
    references: [IEC_61960_3, TEST_REPORTS],
  }),
  criterion({
    code: 'TS8',
    title: { en: 'Information on battery state of health' },
    description:
      'Pre-installed software shows the user how worn the battery is. Knowing the battery state of health lets the user care for it, replace it in time instead of the whole device, and lets a later owner judge a used device.',
    ambition: BOTH,
    aspects: ['batteries', 'transparency'],
    categories: PORTABLE,
    l1061: l1061Anchors.batteries,
    goals: ['environmental.wasteReduction'],
    requirements: [
      yes('TS8.provided', 'Pre-installed software shows the battery information the buyer lists', BOTH, {
        param: 'The buyer lists the items the software must show.',
        presets: [
          national(
            'State of health, state of charge, number of full charge cycles, and advice on battery care',
            'Sweden, Upphandlingsmyndigheten IT equipment (core level): battery information shown to the user by pre-installed software',
            SE_BATTERY_HEALTH,
          ),
        ],
      }),
    ],
    evidence: ['supplierDeclaration', 'technicalDossier'],
    verification: 'A declaration with a description or screenshot of the software showing each listed item.',
  }),
  criterion({
    code: 'TS9',
    title: { en: 'Battery protection software' },
    description:
      'The device lets the user cap the charge level below full, which slows battery wear for devices that stay plugged in. It is a cheap software feature that lengthens battery life.',
    ambition: BOTH,
    aspects: ['batteries'],
    categories: PORTABLE,
    l1061: l1061Anchors.batteries,
    goals: ['environmental.wasteReduction'],
    requirements: [
      yes('TS9.provided', 'Software lets the user limit the maximum charge level', BOTH),
      measured('TS9.chargeLimit', 'Charge level, as a share of full charge, to which the user can limit charging', BOTH, 'percent', {
        bound: 'max',
        param: 'The buyer sets the charge level the user must be able to limit charging to (at most this share).',
      }),
    ],
    evidence: ['supplierDeclaration', 'technicalDossier'],
    verification: 'A declaration with a description of the setting and the charge levels it offers.',
  }),
  criterion({
    code: 'TS10',
    title: { en: 'Intelligent charging' },
    description:
      'The device adapts charging to how it is used, for example by holding the battery below full until shortly before it is normally unplugged. Less time at full charge means slower battery ageing.',
    ambition: COMPREHENSIVE,
    aspects: ['batteries'],
    categories: PORTABLE,
    l1061: l1061Anchors.batteries,
    goals: ['environmental.wasteReduction'],
    requirements: [
      yes('TS10.provided', 'The device offers adaptive charging as the buyer describes it', COMPREHENSIVE, {
        param: 'The buyer describes the adaptive charging behaviour it expects.',
      }),
    ],
    evidence: ['supplierDeclaration', 'technicalDossier'],
    verification: 'A declaration with a description of the function and how it is enabled.',
  }),
  criterion({
    code: 'AC1',
    title: { en: 'Further rechargeable battery endurance' },
    description:
      'Points go to batteries that last more full charge cycles than the minimum set in TS6. It rewards products whose batteries will not need replacing during the planned service life.',
    ambition: COMPREHENSIVE,
    aspects: ['batteries', 'durability'],
    categories: PORTABLE,
    l1061: l1061Anchors.batteries,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      measured('AC1.cycles', 'Full charge cycles the battery withstands before its capacity falls to the level set in AC1.capacity', COMPREHENSIVE, 'chargeCycle', {
        dataType: 'integer',
        presets: [batteryBaselineCycles],
      }),
      measured('AC1.capacity', 'Remaining capacity at which the cycles are counted, as a share of rated capacity', COMPREHENSIVE, 'percent', {
        param: 'The buyer sets the capacity level at which cycles are counted.',
        presets: [national(80, 'Sweden, Upphandlingsmyndigheten criterion 11193 (computers, advanced award): cycles counted at 80 % capacity', SE_11193)],
      }),
    ],
    scoring: score.banded(
      'AC1.cycles',
      'higherIsBetter',
      [
        { min: 1000, max: null, share: 1 },
        { min: 800, max: 1000, share: 0.6 },
        { min: null, max: 800, share: 0.3 },
      ],
      'National preset: Sweden, Upphandlingsmyndigheten criterion 11193 (computers): ≥1000 cycles full points, 800–999 0.6, up to 799 0.3, at 80 % capacity. Not the EU bands. For smartphones and tablets 800 cycles is the legal minimum (EU 2023/1670): the buyer should reset the bands.',
    ),
    evidence: ['testReport', 'registryEntry'],
    verification:
      'A test report from a laboratory accredited to ISO/IEC 17025 with the cycle count at the stated capacity, or the EPREL entry for smartphones and tablets. Partial-charge software may count only where it is on by default as delivered.',
    references: [IEC_61960_3, ECODESIGN_2023_1670, TEST_REPORTS],
  }),
  criterion({
    code: 'TS11',
    title: { en: 'Drop testing' },
    description:
      'Portable devices must survive being dropped, shown by a named test. Accidental drops are a leading cause of damage to portable devices, and robust devices need fewer repairs and replacements.',
    ambition: BOTH,
    aspects: ['durability'],
    categories: PORTABLE,
    l1061: l1061Anchors.durability,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      measured('TS11.height', 'Height from which the device is dropped in the test', BOTH, 'centimetre', {
        param: 'The buyer sets the minimum drop height.',
        presets: [
          national(
            45,
            'Norway, DFØ robust notebooks (advanced level, from TCO Certified generation 8 §6.4): drop height at least 45 cm',
            NO_ROBUST_NOTEBOOKS,
          ),
        ],
      }),
      measured('TS11.drops', 'Number of drops (and faces or edges) the device survives in the test', BOTH, 'count', {
        dataType: 'integer',
        param: 'The buyer sets the minimum number of drops and which faces or edges.',
      }),
      yes('TS11.method', 'The drop test follows the method the buyer names', BOTH, {
        param: 'The buyer names the test method.',
        presets: [
          national(
            'IEC 60068-2-31 test Ec, or MIL-STD-810G with Change 1, Method 516.7 procedure IV',
            'Norway, DFØ robust notebooks (advanced level): drop test method',
            NO_ROBUST_NOTEBOOKS,
          ),
        ],
      }),
      measured('TS11.freeFall', 'Smartphones and slate tablets: falls without defect in the repeated free-fall test of the EU energy label', BOTH, 'count', {
        dataType: 'integer',
        param: 'For smartphones and slate tablets, the buyer may set a minimum number of falls without defect.',
      }),
    ],
    evidence: ['testReport', 'type1EcolabelCertificate', 'registryEntry'],
    labels: ['TCO Certified'],
    verification:
      'A test report from a laboratory accredited to ISO/IEC 17025 naming the method, height and number of drops, or a label certificate covering the test; for smartphones and slate tablets the free-fall class in the EPREL entry.',
    references: [IEC_60068_2_31, ENERGY_LABEL_2023_1669, TEST_REPORTS],
  }),
  criterion({
    code: 'TS12',
    title: { en: 'Temperature stress' },
    description:
      'Portable devices survive storage and operation at high and low temperatures in a named test. Devices used in the field, in vehicles or outdoors fail early if they are not built for heat and cold.',
    ambition: COMPREHENSIVE,
    aspects: ['durability'],
    categories: PORTABLE,
    l1061: l1061Anchors.durability,
    goals: ['environmental.wasteReduction'],
    requirements: [
      measured('TS12.hotStorage', 'High storage temperature survived', COMPREHENSIVE, 'degreeCelsius', {
        param: 'The buyer sets the minimum high storage temperature.',
        presets: [national(60, 'Norway, DFØ robust notebooks (advanced level): storage at 60 °C or more (IEC 60068-2-2 B)', NO_ROBUST_NOTEBOOKS)],
      }),
      measured('TS12.hotStorageHours', 'Duration of the high-temperature storage test', COMPREHENSIVE, 'hour', {
        param: 'The buyer sets the minimum duration.',
        presets: [national(48, 'Norway, DFØ robust notebooks (advanced level): high-temperature storage for 48 h or more', NO_ROBUST_NOTEBOOKS)],
      }),
      measured('TS12.hotOperation', 'High operating temperature survived', COMPREHENSIVE, 'degreeCelsius', {
        param: 'The buyer sets the minimum high operating temperature.',
        presets: [national(40, 'Norway, DFØ robust notebooks (advanced level): operation at 40 °C or more', NO_ROBUST_NOTEBOOKS)],
      }),
      measured('TS12.hotOperationHours', 'Duration of the high-temperature operation test', COMPREHENSIVE, 'hour', {
        param: 'The buyer sets the minimum duration.',
        presets: [national(4, 'Norway, DFØ robust notebooks (advanced level): high-temperature operation for 4 h or more', NO_ROBUST_NOTEBOOKS)],
      }),
      measured('TS12.coldStorage', 'Low storage temperature survived', COMPREHENSIVE, 'degreeCelsius', {
        bound: 'max',
        param: 'The buyer sets the maximum (coldest required) low storage temperature.',
        presets: [national(-30, 'Norway, DFØ robust notebooks (advanced level): storage at −30 °C or colder (IEC 60068-2-1 Ab/e)', NO_ROBUST_NOTEBOOKS)],
      }),
      measured('TS12.coldStorageHours', 'Duration of the low-temperature storage test', COMPREHENSIVE, 'hour', {
        param: 'The buyer sets the minimum duration.',
        presets: [national(48, 'Norway, DFØ robust notebooks (advanced level): low-temperature storage for 48 h or more', NO_ROBUST_NOTEBOOKS)],
      }),
      measured('TS12.coldOperation', 'Low operating temperature survived', COMPREHENSIVE, 'degreeCelsius', {
        bound: 'max',
        param: 'The buyer sets the maximum (coldest required) low operating temperature.',
        presets: [national(-20, 'Norway, DFØ robust notebooks (advanced level): operation at −20 °C or colder', NO_ROBUST_NOTEBOOKS)],
      }),
      measured('TS12.coldOperationHours', 'Duration of the low-temperature operation test', COMPREHENSIVE, 'hour', {
        param: 'The buyer sets the minimum duration.',
        presets: [national(4, 'Norway, DFØ robust notebooks (advanced level): low-temperature operation for 4 h or more', NO_ROBUST_NOTEBOOKS)],
      }),
      yes('TS12.method', 'The temperature tests follow the methods the buyer names', COMPREHENSIVE, {
        param: 'The buyer names the test methods.',
        presets: [
          national(
            'High temperature: IEC 60068-2-2 test B or MIL-STD-810G Method 501.6 procedure A2. Low temperature: IEC 60068-2-1 test Ab/e or MIL-STD-810G Method 502.6 procedure C1.',
            'Norway, DFØ robust notebooks (advanced level): temperature test methods',
            NO_ROBUST_NOTEBOOKS,
          ),
        ],
      }),
    ],
    evidence: ['testReport', 'type1EcolabelCertificate'],
    labels: ['TCO Certified'],
    verification: 'A test report from a laboratory accredited to ISO/IEC 17025 giving each temperature, duration and method, or a label certificate covering the tests.',
    references: [TEST_REPORTS],
  }),
  criterion({
    code: 'TS13',
    title: { en: 'Ingress protection level – semi-rugged and rugged devices' },
    description:
      'Where the buyer needs semi-rugged or rugged devices, they must reach a minimum protection against dust and water, expressed as an IP code. Devices built for harsh conditions should not fail because dust or water gets in.',
    ambition: COMPREHENSIVE,
    aspects: ['durability'],
    categories: PORTABLE,
    l1061: l1061Anchors.durability,
    goals: ['environmental.wasteReduction'],
    requirements: [
      text('TS13.ipCode.semiRugged', 'IP code of semi-rugged devices', COMPREHENSIVE, {
        bound: 'min',
        param: 'The buyer sets the minimum IP code for semi-rugged devices.',
      }),
      text('TS13.ipCode.rugged', 'IP code of rugged devices', COMPREHENSIVE, {
        bound: 'min',
        param: 'The buyer sets the minimum IP code for rugged devices.',
      }),
    ],
    evidence: ['testReport'],
    verification: 'A test report from a laboratory accredited to ISO/IEC 17025 giving the IP code reached under IEC 60529.',
    references: [IEC_60529, TEST_REPORTS],
  }),
  criterion({
    code: 'AC2',
    title: { en: 'Mobile equipment durability testing' },
    description:
      'Points go to portable devices that pass durability tests beyond those required as specifications. Independent test results are the best available proof that a device will stand up to daily use.',
    ambition: BOTH,
    aspects: ['durability'],
    categories: PORTABLE,
    l1061: l1061Anchors.durability,
    goals: ['environmental.wasteReduction'],
    requirements: [
      measured('AC2.testsPassed', 'Number of additional durability tests from the buyer’s list that the device passed', BOTH, 'count', {
        dataType: 'integer',
        bound: 'value',
        param: 'The buyer lists the additional durability tests that earn points (for example drop, temperature, screen or hinge tests) and their methods.',
      }),
    ],
    scoring: score.proportional('AC2.testsPassed', 'higherIsBetter', `${BUYER_SETS_BANDS} Default: points in proportion to the number of listed tests passed.`),
    evidence: ['testReport', 'type1EcolabelCertificate'],
    verification: 'Test reports from laboratories accredited to ISO/IEC 17025 for each test claimed.',
    references: [TEST_REPORTS],
  }),
  criterion({
    code: 'AC3',
    title: { en: 'Ingress protection level – semi-rugged and rugged devices' },
    description:
      'Points go to semi-rugged and rugged devices with better protection against dust and water than required. Higher protection lowers the risk of failure where devices are used in demanding conditions.',
    ambition: BOTH,
    aspects: ['durability'],
    categories: PORTABLE,
    l1061: l1061Anchors.durability,
    goals: ['environmental.wasteReduction'],
    requirements: [
      text('AC3.ipCode', 'IP code the device reaches (IEC 60529)', BOTH),
      yes('AC3.reachesTarget', 'The device reaches the IP code that earns points', BOTH, {
        param: 'The buyer names the IP code, or several codes with their points, that earn points.',
      }),
    ],
    scoring: score.boolean('AC3.reachesTarget', `${BUYER_SETS_BANDS} Default: points when the device reaches the IP code the buyer names.`),
    evidence: ['testReport'],
    verification: 'A test report from a laboratory accredited to ISO/IEC 17025 giving the IP code reached.',
    references: [IEC_60529, TEST_REPORTS],
  }),
  criterion({
    code: 'TS14',
    title: { en: 'Standardised port' },
    description:
      'Devices charge and connect through a standardised port. A common port lets chargers, cables and peripherals be shared and reused across devices and brands, so fewer accessories are bought and thrown away.',
    ambition: BOTH,
    aspects: ['interoperability'],
    categories: PORTABLE,
    l1061: l1061Anchors.interoperability,
    goals: ['environmental.wasteReduction'],
    requirements: [
      yes('TS14.port', 'The device has the standardised port the buyer names for charging and data', BOTH, {
        param: 'The buyer names the port standard (for example a USB Type-C receptacle).',
      }),
    ],
    evidence: ['technicalDossier', 'supplierDeclaration'],
    verification: 'The product specification sheet showing the port.',
  }),
  criterion({
    code: 'TS15',
    title: { en: 'Standardised external power supply' },
    description:
      'The external power supply conforms to an interoperability standard, so one power supply can serve several devices. This cuts the number of chargers bought and discarded.',
    ambition: COMPREHENSIVE,
    aspects: ['interoperability'],
    categories: PORTABLE,
    l1061: l1061Anchors.interoperability,
    goals: ['environmental.wasteReduction'],
    requirements: [
      yes('TS15.standard', 'The external power supply conforms to the interoperability standard the buyer names', COMPREHENSIVE, {
        param: 'The buyer names the standard (for example IEC 63002 or IEEE 1823).',
      }),
    ],
    evidence: ['technicalDossier', 'supplierDeclaration'],
    verification: 'The power supply specification sheet or a declaration of conformity naming the standard.',
  }),
  criterion({
    code: 'TS16',
    title: { en: 'External power supply: detachable cables' },
    description:
      'The cables of the external power supply can be detached. A damaged cable can then be replaced on its own instead of discarding the whole power supply.',
    ambition: COMPREHENSIVE,
    aspects: ['interoperability', 'reparability'],
    categories: PORTABLE,
    l1061: l1061Anchors.interoperability,
    goals: ['environmental.wasteReduction'],
    requirements: [yes('TS16.detachable', 'The power supply cables can be detached from the power supply', COMPREHENSIVE)],
    evidence: ['technicalDossier', 'supplierDeclaration'],
    verification: 'The power supply specification sheet or a photograph showing the detachable connections.',
  }),
  criterion({
    code: 'TS17',
    title: { en: 'Backward compatibility: adapters' },
    description:
      'Where new devices use different connectors from the ones in use, the supplier offers adapters so that existing chargers and peripherals keep working. This avoids replacing accessories that still work.',
    ambition: COMPREHENSIVE,
    aspects: ['interoperability'],
    categories: PORTABLE,
    l1061: l1061Anchors.interoperability,
    goals: ['environmental.wasteReduction', 'environmental.resourceReuse'],
    requirements: [
      yes('TS17.adapters', 'Adapters are offered for the existing connectors and peripherals the buyer lists', COMPREHENSIVE, {
        param: 'The buyer lists the chargers, connectors and peripherals in use that must keep working.',
      }),
    ],
    evidence: ['supplierDeclaration', 'technicalDossier'],
    verification: 'A declaration listing the adapters offered and the connectors they serve.',
  }),
  criterion({
    code: 'AC4',
    title: { en: 'ICT equipment without accessories' },
    description:
      'Points go to offers that deliver devices without accessories the buyer already has, such as chargers, cables or headsets. Accessories bundled by default often end up unused in drawers and then as waste.',
    ambition: COMPREHENSIVE,
    aspects: ['interoperability', 'packaging'],
    categories: PORTABLE,
    l1061: l1061Anchors.interoperability,
    goals: ['environmental.wasteReduction'],
    requirements: [
      yes('AC4.withoutAccessories', 'The devices are offered without the accessories the buyer lists', COMPREHENSIVE, {
        param: 'The buyer lists the accessories it does not need (for example chargers, cables, headsets).',
      }),
    ],
    scoring: score.boolean('AC4.withoutAccessories', `${BUYER_SETS_BANDS} Default: points when the offer leaves out every listed accessory.`),
    evidence: ['supplierDeclaration'],
    verification: 'The offer and delivery note list what is in the box.',
  }),

  // ============================================================================================
  // Energy consumption
  // ============================================================================================
  criterion({
    code: 'TS18',
    title: { en: 'Minimum energy performance of computers' },
    description:
      'Computers do not use more electricity in a typical year than the limit of a recognised energy specification for their category. The use phase is a sizeable share of a computer’s footprint, and efficient models cost less to run.',
    ambition: BOTH,
    aspects: ['energyEfficiency'],
    categories: COMPUTERS,
    l1061: l1061Anchors.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      yes('TS18.meetsSpecification', 'The computer meets the energy specification the buyer names', BOTH, {
        param: 'The buyer names the energy specification and version (for example the latest ENERGY STAR computer specification; version 8.0 has applied since 15 July 2020).',
        presets: [
          national(
            'Typical energy consumption (ETEC) measured per IEC 62623:2012 not above the maximum ETEC requirement',
            'Malta mandatory GPP criteria, computers and monitors (text in the style of the 2016 EU GPP criteria)',
            MT_COMPUTERS,
          ),
        ],
      }),
      measured('TS18.tec', 'Typical energy consumption (TEC) of the offered configuration', BOTH, 'kilowattHourPerYear', {
        bound: 'max',
        param: 'The buyer sets the maximum: the TEC limit for the product category in the named specification.',
      }),
    ],
    evidence: ['registryEntry', 'testReport', 'type1EcolabelCertificate'],
    labels: ['ENERGY STAR', 'TCO Certified'],
    verification: 'The ENERGY STAR product finder entry for the offered model and configuration, or a test report giving the TEC measured by the specification’s method.',
    references: [ENERGY_STAR_COMPUTERS, TEST_REPORTS],
  }),
  criterion({
    code: 'TS19',
    title: { en: 'Minimum energy performance of monitors' },
    description:
      'Monitors reach at least a given class on the EU energy label for electronic displays. The energy label makes efficiency easy to verify, and the comprehensive level asks for a better class than the core level.',
    ambition: BOTH,
    aspects: ['energyEfficiency'],
    categories: ['monitors'],
    l1061: l1061Anchors.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      choice('TS19.energyClass.core', 'EU energy class of the monitor (core level)', CORE, ['A', 'B', 'C', 'D', 'E', 'F', 'G'], {
        param: 'The buyer sets the lowest acceptable energy class for the core level.',
        presets: [national('D', 'Malta mandatory GPP criteria, computers and monitors: energy class A to D under Regulation (EU) 2019/2013', MT_COMPUTERS)],
      }),
      choice('TS19.energyClass.comprehensive', 'EU energy class of the monitor (comprehensive level)', COMPREHENSIVE, ['A', 'B', 'C', 'D', 'E', 'F', 'G'], {
        param: 'The buyer sets the lowest acceptable energy class for the comprehensive level, better than the core level.',
      }),
    ],
    evidence: ['registryEntry'],
    verification: 'The EPREL entry or the energy label of the offered model.',
    references: [ENERGY_LABEL_2019_2013],
  }),
  criterion({
    code: 'TS20',
    title: { en: 'Thin Client devices in a server-based network' },
    description:
      'Where the buyer runs a server-based environment, workplaces are equipped with thin clients instead of full desktops. Thin clients use less energy and material at the desk because the computing is done centrally.',
    ambition: COMPREHENSIVE,
    aspects: ['energyEfficiency', 'needsAssessment'],
    categories: ['desktops'],
    l1061: l1061Anchors.energy,
    goals: ['environmental.energyEfficiency'],
    requirements: [
      yes('TS20.thinClients', 'Thin clients are supplied for the workplaces the buyer names', COMPREHENSIVE, {
        param: 'The buyer names the workplaces or user groups served by a server-based environment.',
      }),
    ],
    evidence: ['technicalDossier'],
    verification: 'The product specification sheet shows the offered devices are thin clients suited to the buyer’s server-based environment.',
  }),
  criterion({
    code: 'AC5',
    title: { en: 'Improvement in energy consumption above the specified threshold for computers' },
    description:
      'Points go to computers whose typical energy consumption is further below the TS18 limit. It rewards the most efficient models in the market.',
    ambition: BOTH,
    aspects: ['energyEfficiency'],
    categories: COMPUTERS,
    l1061: l1061Anchors.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      measured('AC5.improvement', 'How far the typical energy consumption is below the TS18 limit, as a share of that limit', BOTH, 'percent'),
    ],
    scoring: score.banded(
      'AC5.improvement',
      'higherIsBetter',
      [
        { min: 80, max: null, share: 1 },
        { min: 60, max: 80, share: 0.8 },
        { min: 40, max: 60, share: 0.6 },
        { min: 20, max: 40, share: 0.4 },
        { min: 10, max: 20, share: 0.2 },
        { min: null, max: 10, share: 0 },
      ],
      'National preset: Sweden, Upphandlingsmyndigheten criterion 11169 (computers, core award): >80 % full points, 60–79 % 0.8, 40–59 % 0.6, 20–39 % 0.4, 10–19 % 0.2. Measured against Reg. 617/2013 ETEC, not ENERGY STAR. Not the EU bands.',
    ),
    evidence: ['registryEntry', 'testReport'],
    verification: 'The TEC of the offered configuration from the ENERGY STAR product finder or a test report, compared with the limit used in TS18.',
    references: [ENERGY_STAR_COMPUTERS, ECODESIGN_617_2013],
  }),
  criterion({
    code: 'AC6',
    title: { en: 'Improvement in energy consumption above the specified threshold for monitors' },
    description:
      'Points go to monitors with a better energy class than the TS19 minimum. At the comprehensive level the starting point is the stricter comprehensive minimum, so the scale is set per level.',
    ambition: BOTH,
    aspects: ['energyEfficiency'],
    categories: ['monitors'],
    l1061: l1061Anchors.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      measured('AC6.classesAbove', 'Number of energy classes by which the monitor beats the TS19 minimum for the chosen level', BOTH, 'count', {
        dataType: 'integer',
      }),
    ],
    scoring: score.proportional('AC6.classesAbove', 'higherIsBetter', `${BUYER_SETS_BANDS} Default: points in proportion to the number of classes above the minimum.`),
    evidence: ['registryEntry'],
    verification: 'The energy class in the EPREL entry of the offered model, compared with the TS19 minimum.',
    references: [ENERGY_LABEL_2019_2013],
  }),

  // ============================================================================================
  // Hazardous substances
  // ============================================================================================
  criterion({
    code: 'SC1',
    title: { en: 'Restricted substance controls' },
    description:
      'The tenderer, or the brand it supplies, runs a system to control restricted substances across its supply chain: a restricted substance list, supplier declarations and testing. Hazardous substances make repair, reuse and recycling riskier, and they are best kept out at the source.',
    ambition: COMPREHENSIVE,
    aspects: ['hazardousSubstances', 'supplyChain'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.hazardous,
    goals: ['environmental.pollutionPrevention'],
    requirements: [
      yes('SC1.system', 'A restricted substance control system with the elements the buyer lists is in place', COMPREHENSIVE, {
        param: 'The buyer lists the elements the system must have (for example a restricted substance list, supplier declarations, material declarations per IEC 62474, and testing).',
      }),
    ],
    evidence: ['technicalDossier', 'auditReport', 'supplierDeclaration'],
    verification: 'The documented procedures of the system, with evidence that they are applied, such as recent supplier declarations or audit results.',
  }),
  criterion({
    code: 'TS21',
    title: { en: 'Restriction of chlorinated and brominated substances in plastic parts' },
    description:
      'Larger plastic parts contain no more than a set level of bromine and chlorine, which come from halogenated flame retardants and PVC. These substances hinder the recycling of plastics and can release toxic compounds when the plastic is burned.',
    ambition: BOTH,
    aspects: ['hazardousSubstances', 'recyclability'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.hazardous,
    goals: ['environmental.pollutionPrevention', 'environmental.recycling'],
    requirements: [
      measured('TS21.partMass', 'Plastic parts heavier than this mass are covered', BOTH, 'gram', {
        bound: 'value',
        param: 'The buyer sets the mass above which plastic parts are covered.',
      }),
      measured('TS21.concentration', 'Bromine and chlorine content of the covered plastic parts, by weight', BOTH, 'percent', {
        bound: 'max',
        param: 'The buyer sets the maximum content, in percent by weight (ppm divided by 10 000).',
      }),
      yes('TS21.testMethod', 'The content was measured by the method the buyer names', BOTH, {
        param: 'The buyer names the test method (for example IEC 62321 or EN 14582).',
      }),
    ],
    evidence: ['testReport', 'type1EcolabelCertificate', 'registryEntry'],
    labels: ['EPEAT', 'TCO Certified', 'Nordic Swan Ecolabel'],
    verification: 'A test report on the covered parts giving the method and results, or a label certificate or registry entry covering the restriction.',
    references: [TEST_REPORTS],
  }),
  criterion({
    code: 'AC7',
    title: { en: 'Restriction of Substances of Very High Concern' },
    description:
      'Points go to products whose listed components contain no substances from the REACH Candidate List of substances of very high concern above a set concentration. Fewer such substances make products safer to repair, reuse and recycle.',
    ambition: COMPREHENSIVE,
    aspects: ['hazardousSubstances'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.hazardous,
    goals: ['environmental.pollutionPrevention'],
    requirements: [
      yes('AC7.free', 'The components the buyer lists contain no Candidate List substance above the limit set in AC7.concentration', COMPREHENSIVE, {
        param: 'The buyer lists the components and sub-assemblies covered.',
      }),
      measured('AC7.concentration', 'Concentration limit for each Candidate List substance, by weight', COMPREHENSIVE, 'percent', {
        bound: 'max',
        param: 'The buyer sets the concentration limit in percent by weight.',
      }),
    ],
    scoring: score.boolean('AC7.free', `${BUYER_SETS_BANDS} Default: points when every listed component is free of Candidate List substances above the limit.`),
    evidence: ['supplierDeclaration', 'technicalDossier', 'testReport'],
    verification: 'A declaration backed by supplier material data for each listed component, checked against the Candidate List in force at the tender date.',
    references: [REACH],
  }),
  criterion({
    code: 'AC8',
    title: { en: 'Avoidance of regrettable substitution' },
    description:
      'Points go to products whose flame retardants and plasticisers have a favourable hazard assessment. This keeps one hazardous substance from being swapped for another that is just as bad.',
    ambition: COMPREHENSIVE,
    aspects: ['hazardousSubstances'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.hazardous,
    goals: ['environmental.pollutionPrevention'],
    requirements: [
      yes('AC8.assessed', 'The flame retardants and plasticisers used meet the hazard benchmark the buyer names', COMPREHENSIVE, {
        param: 'The buyer names the hazard assessment method and benchmark (for example a GreenScreen benchmark or a label’s accepted substance list).',
      }),
    ],
    scoring: score.boolean('AC8.assessed', `${BUYER_SETS_BANDS} Default: points when every substance used meets the benchmark.`),
    evidence: ['technicalDossier', 'type1EcolabelCertificate'],
    labels: ['TCO Certified'],
    verification: 'The hazard assessments of the substances used, or a label certificate whose accepted substance list covers them.',
  }),

  // ============================================================================================
  // End-of-life management
  // ============================================================================================
  criterion({
    code: 'TS22',
    title: { en: 'Marking of plastic casings, enclosures and bezels' },
    description:
      'Larger plastic casing parts are marked with their polymer type. Recyclers can then sort plastics by type, which is what makes high-quality recycling possible.',
    ambition: COMPREHENSIVE,
    aspects: ['recyclability'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.materials,
    goals: ['environmental.recycling', 'environmental.circularEconomy'],
    requirements: [
      measured('TS22.partMass', 'Plastic parts heavier than this mass are marked', COMPREHENSIVE, 'gram', {
        bound: 'value',
        param: 'The buyer sets the mass above which parts must be marked.',
      }),
      yes('TS22.marked', 'The covered parts are marked according to the standard the buyer names', COMPREHENSIVE, {
        param: 'The buyer names the marking standard (for example ISO 11469 with ISO 1043 symbols).',
      }),
    ],
    evidence: ['supplierDeclaration', 'technicalDossier'],
    verification: 'A declaration listing the covered parts with their markings, or photographs of the markings.',
    references: [ISO_11469],
  }),
  criterion({
    code: 'AC9',
    title: { en: 'Recyclability of plastic casings, enclosures and bezels – separable inserts and fasteners' },
    description:
      'Points go to products whose plastic casing parts have no moulded-in or glued metal inserts, or whose inserts and fasteners can be separated. Metal left in plastic lowers the quality of the recycled plastic.',
    ambition: COMPREHENSIVE,
    aspects: ['recyclability'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.materials,
    goals: ['environmental.recycling', 'environmental.circularEconomy'],
    requirements: [
      yes('AC9.separable', 'The covered plastic parts have no moulded-in or glued metal inserts, or these can be separated', COMPREHENSIVE),
      measured('AC9.partMass', 'Plastic parts heavier than this mass are covered', COMPREHENSIVE, 'gram', {
        bound: 'value',
        param: 'The buyer sets the mass above which parts are covered.',
        presets: [
          national(
            100,
            'Sweden, Upphandlingsmyndigheten projector criterion (analogue only): plastic parts over 100 g of a single polymer without moulded or glued metal inserts',
            SE_PROJECTORS,
          ),
        ],
      }),
    ],
    scoring: score.boolean('AC9.separable', `${BUYER_SETS_BANDS} Default: points when every covered part meets the requirement.`),
    evidence: ['supplierDeclaration', 'technicalDossier'],
    verification: 'A declaration with disassembly information for the covered parts.',
  }),
  criterion({
    code: 'AC10',
    title: { en: 'Recyclability of plastic casings, enclosures and bezels – paints and coatings' },
    description:
      'Points go to products whose plastic casing parts carry no paints or coatings that spoil the recycled plastic. Uncoated or compatibly coated plastics can be recycled into higher-value applications.',
    ambition: COMPREHENSIVE,
    aspects: ['recyclability'],
    categories: ALL_DEVICES,
    l1061: l1061Anchors.materials,
    goals: ['environmental.recycling', 'environmental.circularEconomy'],
    requirements: [
      yes('AC10.compatible', 'Paints and coatings on the covered plastic parts meet the compatibility condition the buyer names', COMPREHENSIVE, {
        param: 'The buyer names the parts covered and the condition (no coating, or coatings shown not to impair recycling, with the test).',
      }),
    ],
    scoring: score.boolean('AC10.compatible', `${BUYER_SETS_BANDS} Default: points when every covered part meets the condition.`),
    evidence: ['supplierDeclaration', 'technicalDossier', 'testReport'],
    verification: 'A declaration naming the coatings used on the covered parts, with test results where the buyer asks for them.',
  }),
  criterion({
    code: 'TS23',
    title: { en: 'Secure computer collection, sanitisation, re-use and recycling' },
    description:
      'The supplier offers a service that collects the buyer’s end-of-use equipment securely, sanitises its data, prepares what it can for reuse and sends the rest to proper recycling. This closes the loop: devices go to a second life first, and only then to recycling.',
    ambition: BOTH,
    aspects: ['takeBack', 'dataSanitisation', 'reuseRefurbishment', 'recyclability'],
    categories: ALL_DEVICES,
    stage: 'endOfUse',
    l1061: l1061Anchors.endOfLife,
    goals: ['environmental.circularEconomy', 'environmental.resourceReuse', 'environmental.recycling', 'environmental.wasteReduction'],
    requirements: [
      yes('TS23.collection', 'End-of-use equipment is collected securely from the buyer’s sites', BOTH),
      yes('TS23.sanitisation', 'Data on every storage medium is sanitised to the standard the buyer names, with a record per device', BOTH, {
        param: 'The buyer names the sanitisation standard (for example NIST SP 800-88, IEEE 2883 or the good practices of ITU-T L.1081).',
      }),
      yes('TS23.reuseFirst', 'Equipment that can be reused is prepared for reuse before anything is recycled', BOTH),
      yes('TS23.recycling', 'What cannot be reused is treated by recyclers that meet the standard the buyer names', BOTH, {
        param: 'The buyer names the treatment standard or certification (for example EN 50625 / WEEELABEX, R2 or e-Stewards).',
      }),
    ],
    evidence: ['serviceAgreement', 'conformityCertificate', 'recyclerCertificate', 'supplierDeclaration'],
    verification:
      'A description of the service, evidence that the erasure software or process meets the named standard, and the certificates or permits of the recyclers used.',
    references: [NIST_800_88, IEEE_2883, L1081, EN_50625],
  }),
  criterion({
    code: 'CPC2',
    title: { en: 'Reporting on the end destination of ICT equipment' },
    description:
      'The contractor reports what happened to each batch of collected equipment: how much was reused, recycled or disposed of, with the data sanitisation records. Such reports let the buyer check the take-back service and measure its own reuse and recycling results.',
    ambition: BOTH,
    aspects: ['transparency', 'takeBack'],
    categories: ALL_DEVICES,
    stage: 'endOfUse',
    l1061: l1061Anchors.reporting,
    goals: ['environmental.circularEconomy', 'environmental.resourceReuse', 'environmental.recycling'],
    requirements: [
      yes('CPC2.report', 'Reports give, per batch, the units reused, recycled and disposed of, with sanitisation records', BOTH, {
        param: 'The buyer sets the content of the report (for example counts or mass per destination, erasure certificates, recyclers used).',
      }),
      measured('CPC2.interval', 'Time between two reports', BOTH, 'month', {
        bound: 'max',
        param: 'The buyer sets the longest interval between reports.',
      }),
    ],
    evidence: ['performanceReport', 'dataErasureCertificate', 'recyclerCertificate'],
    verification: 'The buyer checks each report against the collection records and samples the erasure certificates.',
  }),

  // ============================================================================================
  // Refurbished / remanufactured devices (a procurement route of its own)
  // ============================================================================================
  criterion({
    code: 'SC2',
    title: { en: 'Quality of refurbishment/remanufacture process' },
    description:
      'The tenderer has quality procedures that ensure refurbished or remanufactured devices meet a minimum quality: inspection, testing, data wiping, cosmetic grading and replacement of worn components. Buyers trust refurbished devices when the process behind them is controlled.',
    ambition: BOTH,
    aspects: ['reuseRefurbishment'],
    categories: REFURBISHED_DEVICES,
    l1061: l1061Anchors.refurbished,
    goals: ['environmental.resourceReuse', 'environmental.circularEconomy', 'environmental.wasteReduction'],
    requirements: [
      yes('SC2.qualityProcess', 'A documented refurbishment quality process covering the steps or standard the buyer names is applied', BOTH, {
        param: 'The buyer names the standard or the process steps (for example EN 50614, or inspection, functional testing, data wiping, cosmetic grading and part replacement).',
      }),
    ],
    evidence: ['technicalDossier', 'managementSystemCertificate', 'conformityCertificate', 'recyclerCertificate'],
    verification: 'The documented procedures, with certificates such as ISO 9001, EN 50614 conformity, R2 or e-Stewards where held.',
    references: [EN_50614],
  }),
  criterion({
    code: 'TS24',
    title: { en: 'Provision of an extended service agreement (refurbished devices)' },
    description:
      'For refurbished or remanufactured devices, the tenderer offers a service agreement for repair or replacement beyond the legal guarantee. It gives buyers of second-life devices the same security as buyers of new ones. The comprehensive level asks for a longer agreement.',
    ambition: BOTH,
    aspects: ['reuseRefurbishment', 'warranty'],
    categories: REFURBISHED_DEVICES,
    l1061: l1061Anchors.refurbished,
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [
      yes('TS24.provided', 'An extended service agreement covering repair or replacement is offered for the refurbished devices', BOTH),
      measured('TS24.years.core', 'Duration of the service agreement from delivery (core level)', CORE, 'year', {
        param: 'The buyer sets the minimum duration for the core level.',
      }),
      measured('TS24.years.comprehensive', 'Duration of the service agreement from delivery (comprehensive level)', COMPREHENSIVE, 'year', {
        param: 'The buyer sets the minimum duration for the comprehensive level, longer than the core level.',
      }),
    ],
    evidence: ['serviceAgreement', 'supplierDeclaration'],
    verification: 'The terms of the service agreement: duration, coverage and how repair or replacement is delivered.',
  }),
  criterion({
    code: 'TS25',
    title: { en: 'Refurbished/remanufactured product warranty' },
    description:
      'Refurbished or remanufactured devices come with a minimum warranty that covers defects, batteries included. A warranty is the clearest signal that the refurbisher stands behind the quality of its devices. The comprehensive level asks for a longer warranty.',
    ambition: BOTH,
    aspects: ['reuseRefurbishment', 'warranty'],
    categories: REFURBISHED_DEVICES,
    l1061: l1061Anchors.refurbished,
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [
      measured('TS25.years.core', 'Warranty period from delivery (core level)', CORE, 'year', {
        param: 'The buyer sets the minimum warranty for the core level.',
        presets: [
          national(
            1,
            'Sweden, Upphandlingsmyndigheten IT equipment (core level, new and refurbished): guarantee of at least 1 year from delivery, defective batteries included, free pick-up and return or on-site repair',
            SE_IT_EQUIPMENT,
          ),
        ],
      }),
      measured('TS25.years.comprehensive', 'Warranty period from delivery (comprehensive level)', COMPREHENSIVE, 'year', {
        param: 'The buyer sets the minimum warranty for the comprehensive level, longer than the core level.',
      }),
      yes('TS25.batteryCovered', 'The warranty covers battery defects', BOTH),
    ],
    evidence: ['warrantyTerms', 'supplierDeclaration'],
    verification: 'The warranty terms for the refurbished devices: period, defects covered, battery cover and how repair or replacement is delivered.',
  }),
  criterion({
    code: 'TS26',
    title: { en: 'Information on rechargeable battery endurance (refurbished devices)' },
    description:
      'The refurbisher states the condition of the battery in each refurbished device, and new replacement batteries must reach a minimum endurance. A worn battery can make a refurbished device useless within months; stating its condition makes that risk visible.',
    ambition: BOTH,
    aspects: ['reuseRefurbishment', 'batteries', 'transparency'],
    categories: PORTABLE,
    l1061: l1061Anchors.refurbishedBatteries,
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [
      yes('TS26.stated', 'The state of health of the battery in each device is stated to the buyer', BOTH),
      measured('TS26.usedBatteryHealth', 'State of health of used batteries left in the devices, as a share of rated capacity', BOTH, 'percent', {
        param: 'The buyer sets the minimum state of health of used batteries, or asks only that it be stated.',
      }),
      measured('TS26.newBatteryCycles', 'Full charge cycles a newly fitted battery withstands', BOTH, 'chargeCycle', {
        dataType: 'integer',
        param: 'The buyer sets the minimum number of full cycles for new batteries.',
        presets: [
          national(
            300,
            'Sweden, Upphandlingsmyndigheten IT equipment, reused equipment (core level): new batteries more than 300 full cycles at a state of health of at least 80 %',
            SE_REUSED_BATTERY,
          ),
        ],
      }),
      measured('TS26.newBatteryCapacity', 'Capacity a newly fitted battery keeps after those cycles, as a share of rated capacity', BOTH, 'percent', {
        param: 'The buyer sets the minimum remaining capacity for new batteries.',
        presets: [national(80, 'Sweden, Upphandlingsmyndigheten IT equipment, reused equipment (core level): state of health at least 80 % after the cycles', SE_REUSED_BATTERY)],
      }),
      yes('TS26.testMethod', 'New batteries were tested by the method the buyer names', BOTH, {
        param: 'The buyer names the test method.',
        presets: [
          national('IEC EN 61960-3:2017 or equivalent', 'Sweden, Upphandlingsmyndigheten IT equipment, reused equipment (core level): test method for new batteries', SE_REUSED_BATTERY),
        ],
      }),
    ],
    evidence: ['supplierDeclaration', 'testReport'],
    verification: 'A battery report per device from the refurbisher’s diagnostics, and for new batteries a test report naming the method and results.',
    references: [IEC_61960_3],
  }),
  criterion({
    code: 'TS27',
    title: { en: 'Minimum requirements for electrical performance (refurbished devices)' },
    description:
      'Replacement batteries fitted during refurbishment pass the electrical performance tests of a recognised battery standard. This keeps low-quality replacement batteries out of refurbished devices.',
    ambition: COMPREHENSIVE,
    aspects: ['reuseRefurbishment', 'batteries'],
    categories: PORTABLE,
    l1061: l1061Anchors.refurbishedBatteries,
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [
      yes('TS27.tested', 'Replacement batteries pass the electrical performance tests the buyer names', COMPREHENSIVE, {
        param: 'The buyer names the tests or clauses that apply (for example the electrical performance clauses of IEC EN 61960-3).',
      }),
    ],
    evidence: ['testReport'],
    verification: 'A test report from a laboratory accredited to ISO/IEC 17025 for the replacement battery model.',
    references: [IEC_61960_3, TEST_REPORTS],
  }),
  criterion({
    code: 'AC11',
    title: { en: 'Further rechargeable battery endurance (refurbished devices)' },
    description:
      'Points go to refurbished devices whose batteries offer more endurance than the minimum. A longer-lasting battery lets the refurbished device serve its full second life.',
    ambition: COMPREHENSIVE,
    aspects: ['reuseRefurbishment', 'batteries'],
    categories: PORTABLE,
    l1061: l1061Anchors.refurbishedBatteries,
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [
      measured('AC11.cycles', 'Full charge cycles the battery withstands before its capacity falls to the level set in AC11.capacity', COMPREHENSIVE, 'chargeCycle', {
        dataType: 'integer',
      }),
      measured('AC11.capacity', 'Remaining capacity at which the cycles are counted, as a share of rated capacity', COMPREHENSIVE, 'percent', {
        param: 'The buyer sets the capacity level at which cycles are counted.',
      }),
    ],
    scoring: score.proportional(
      'AC11.cycles',
      'higherIsBetter',
      `${BUYER_SETS_BANDS} The Swedish 11193 bands were written for new computers and are not carried over. Default: points in proportion to the cycles.`,
    ),
    evidence: ['testReport', 'supplierDeclaration'],
    verification: 'A test report for the battery model or the refurbisher’s battery report with the cycle count at the stated capacity.',
    references: [IEC_61960_3],
  }),
  criterion({
    code: 'AC12',
    title: { en: 'Standardised external power supply (refurbished devices)' },
    description:
      'Points go to refurbished devices supplied with, or able to use, an external power supply that conforms to an interoperability standard. In the refurbished route this is rewarded rather than required, because older models may not meet it.',
    ambition: COMPREHENSIVE,
    aspects: ['reuseRefurbishment', 'interoperability'],
    categories: PORTABLE,
    l1061: l1061Anchors.refurbishedInteroperability,
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [
      yes('AC12.standard', 'The external power supply conforms to the interoperability standard the buyer names', COMPREHENSIVE, {
        param: 'The buyer names the standard (for example IEC 63002 or IEEE 1823).',
      }),
    ],
    scoring: score.boolean('AC12.standard', `${BUYER_SETS_BANDS} Default: points when the power supply conforms.`),
    evidence: ['technicalDossier', 'supplierDeclaration'],
    verification: 'The power supply specification sheet or declaration of conformity.',
  }),
  criterion({
    code: 'AC13',
    title: { en: 'External power supply: detachable cables (refurbished devices)' },
    description:
      'Points go to refurbished devices whose external power supply has detachable cables. As with new devices, a damaged cable can then be replaced without discarding the power supply.',
    ambition: COMPREHENSIVE,
    aspects: ['reuseRefurbishment', 'interoperability'],
    categories: PORTABLE,
    l1061: l1061Anchors.refurbishedInteroperability,
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [yes('AC13.detachable', 'The power supply cables can be detached from the power supply', COMPREHENSIVE)],
    scoring: score.boolean('AC13.detachable', `${BUYER_SETS_BANDS} Default: points when the cables are detachable.`),
    evidence: ['technicalDossier', 'supplierDeclaration'],
    verification: 'The power supply specification sheet or a photograph showing the detachable connections.',
  }),
  criterion({
    code: 'TS28',
    title: { en: 'Provision of an extended service agreement (lifetime-extension services)' },
    description:
      'At the comprehensive level the refurbished route asks again for an extended service agreement, here for services that keep devices in use longer through repair, upgrade and replacement of worn parts. Paying for continued service rather than new devices is a direct way to extend device lifetimes.',
    ambition: COMPREHENSIVE,
    aspects: ['reuseRefurbishment', 'warranty', 'reparability'],
    categories: REFURBISHED_DEVICES,
    l1061: l1061Anchors.refurbished,
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [
      yes('TS28.provided', 'A service agreement for repair, upgrade and replacement of worn parts is offered', COMPREHENSIVE),
      measured('TS28.years', 'Duration of the service agreement', COMPREHENSIVE, 'year', {
        param: 'The buyer sets the minimum duration.',
      }),
    ],
    evidence: ['serviceAgreement', 'supplierDeclaration'],
    verification: 'The terms of the service agreement: duration, services covered and response times.',
  }),
  criterion({
    code: 'CPC3',
    title: { en: 'Service agreement (refurbished devices)' },
    description:
      'During the contract the supplier delivers the service agreement it offered for refurbished devices and reports on it. This makes the quality promise of the refurbished route enforceable.',
    ambition: COMPREHENSIVE,
    aspects: ['reuseRefurbishment', 'warranty'],
    categories: REFURBISHED_DEVICES,
    l1061: { aims: ['minimiseEwaste', 'maximiseUsefulLife'], clauses: ['6.4', '7', '9'] },
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [
      yes('CPC3.delivered', 'Repairs and replacements are carried out within the agreed times for the whole agreement', COMPREHENSIVE),
      yes('CPC3.reporting', 'The supplier reports on the service delivered, as the contract specifies', COMPREHENSIVE, {
        param: 'The buyer sets what the service reports contain and how often they are due.',
      }),
    ],
    evidence: ['performanceReport', 'serviceAgreement'],
    verification: 'The buyer checks the periodic service reports and its own records of repair requests against the agreed response times.',
  }),
]

/** Criteria of the refurbished route: the "Refurbished/remanufactured products" area of the CSV. */
export const refurbishedOnlyCodes = ['SC2', 'TS24', 'TS25', 'TS26', 'TS27', 'AC11', 'AC12', 'AC13', 'TS28', 'CPC3'] as const

/** General criteria that still apply when buying refurbished devices. */
export const generalCodesForRefurbished = ['TS5', 'TS23', 'CPC2'] as const
