/**
 * The catalogue's own criteria (source CIRC-ICT), for what the EU GPP sets leave out
 * (docs/sources.md#own-criteria): how long a device gets operating-system and security updates,
 * label tiers and energy-label classes to reward, imaging and network equipment, social
 * responsibility in the supply chain, and end of life for buyers where certified recyclers are
 * scarce. The wording is ours. Every threshold is buyer-set, except the legal minimum of Regulation
 * (EU) 2023/1670 for smartphones and tablets, shipped as a regulatory baseline that earns no points.
 * Label-tier shares are the common practice named in docs/sources.md#scoring-methods, or equal
 * steps between classes; the buyer may change them. Social due diligence is a selection criterion at
 * the comprehensive level only, where buyers can expect tenderers to prove it; at the core level the
 * contract clause on labour conditions carries it.
 */
import { CIRC_ICT } from './sources.ts'
import { l1061Anchors as L, L1061_REFERENCE } from './eu-gpp-2021-computers.ts'
import {
  BOTH,
  COMPREHENSIVE,
  choice,
  criterionFactory,
  measured,
  regulatoryBaseline,
  score,
  text,
  yes,
  type ProductCategoryCode,
  type SeedCriterion,
  type SeedReference,
} from './types.ts'

const ref = (title: string, url: string | null = null): SeedReference => ({ title, url })

const ECODESIGN_2023_1670 = ref(
  'Commission Regulation (EU) 2023/1670: ecodesign requirements for smartphones, mobile phones, cordless phones and slate tablets',
  'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32023R1670',
)
const ENERGY_LABEL_2023_1669 = ref('Commission Delegated Regulation (EU) 2023/1669: energy labelling of smartphones and slate tablets')
const EPEAT = ref('EPEAT ecolabel (Global Electronics Council): Bronze, Silver and Gold tiers, registered per country', 'https://www.epeat.net')
const TCO_CERTIFIED = ref('TCO Certified (TCO Development): third-party certification for IT products, by generation', 'https://tcocertified.com')
const CONFLICT_MINERALS = ref(
  'Regulation (EU) 2017/821: supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas',
  'https://eur-lex.europa.eu/eli/reg/2017/821/oj',
)
const OECD_MINERALS = ref('OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas')
const OECD_RBC = ref('OECD Due Diligence Guidance for Responsible Business Conduct (2018)')
const ILO_FUNDAMENTAL = ref('ILO Declaration on Fundamental Principles and Rights at Work (1998, amended 2022)')
const UNGP = ref('United Nations Guiding Principles on Business and Human Rights (2011)')
const BASEL = ref(
  'Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal, with the e-waste amendments to Annexes II, VIII and IX in force from 1 January 2025',
  'https://www.basel.int',
)
const WEEE = ref('Directive 2012/19/EU on waste electrical and electronic equipment (WEEE): producer responsibility for take-back')
const OECD_EPR = ref('OECD, Extended Producer Responsibility: Updated Guidance for Efficient Waste Management (2016)')
const NIST_800_88 = ref('NIST Special Publication 800-88 Rev. 1: Guidelines for Media Sanitization')
const IEEE_2883 = ref('IEEE 2883-2022: Standard for Sanitizing Storage')
const L1081 = ref('Recommendation ITU-T L.1081 (07/2025): Good practices for the sanitization of the information storage media in end-of-life ICT user devices')
const ENERGY_STAR_IMAGING = ref('ENERGY STAR Program Requirements for Imaging Equipment: typical electricity consumption (TEC) method')
const ISO_YIELD = ref('ISO/IEC 19752 and ISO/IEC 19798: page yield of monochrome and colour toner cartridges')
const EU_GPP_IMAGING = ref('EU GPP criteria for imaging equipment, consumables and print services, SWD(2020) 148 final (European Commission, 2020)')
const EEE_802_3AZ = ref('IEEE 802.3az: Energy Efficient Ethernet')
const L1310 = ref('Recommendation ITU-T L.1310: energy efficiency metrics and measurement methods for telecommunication equipment')
const EN_45554 = ref('EN 45554: General methods for the assessment of the ability to repair, reuse and upgrade energy-related products')

const EU_2023_1670 = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32023R1670'
const updatesBaseline = regulatoryBaseline(
  5,
  'EU Ecodesign Regulation 2023/1670, smartphones and slate tablets from 20 June 2025: OS and security updates until at least 5 years after the model leaves the market, so at least 5 years from any delivery. Legal minimum, earns no points.',
  EU_2023_1670,
)

const PHONES_TABLETS: ProductCategoryCode[] = ['smartphones', 'tablets']
const DEVICES: ProductCategoryCode[] = ['notebooks', 'desktops', 'monitors', 'tablets', 'smartphones']
const IMAGING: ProductCategoryCode[] = ['imaging-equipment']
const NETWORK: ProductCategoryCode[] = ['network-equipment']
const HARDWARE: ProductCategoryCode[] = [...DEVICES, 'imaging-equipment', 'network-equipment']

const NO_AIM = { aims: [], clauses: [] }
const LABEL_SHARES = 'Label-tier shares after common practice (docs: scoring methods); the buyer may set other shares.'
const CLASS_STEPS = 'Equal steps between the label classes, best class full points; the buyer may set other shares.'
const PROPORTIONAL = 'No bands are published for this criterion; points in proportion to the best offer, or bands the buyer sets.'

const criterion = criterionFactory(CIRC_ICT, null, [L1061_REFERENCE])

// --- Operating-system and security updates ------------------------------------------------------

function updatesSpecification(code: string, categories: ProductCategoryCode[], withBaseline: boolean): SeedCriterion {
  return criterion({
    code,
    title: { en: 'Operating-system and security updates for a guaranteed period' },
    description:
      'The tenderer guarantees that the offered models receive operating-system and security updates, free of charge, for a set number of years from delivery, and publishes the date until which they will. A device that no longer gets security updates has to be replaced even when its hardware still works, so update support is often what ends a phone, tablet or notebook’s useful life.',
    ambition: BOTH,
    aspects: ['softwareSupport'],
    categories,
    l1061: L.lifetime,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      measured(`${code}.years`, 'Years from delivery during which operating-system and security updates are provided', BOTH, 'year', {
        dataType: 'integer',
        param: 'The contracting authority sets the minimum number of years of updates from delivery.',
        presets: withBaseline ? [updatesBaseline] : [],
      }),
      yes(`${code}.free`, 'Updates are provided free of charge and can be installed by the user or the buyer’s IT service', BOTH),
      yes(`${code}.endDate`, 'The end date of update support for each offered model is published or stated in the tender', BOTH),
    ],
    evidence: ['supplierDeclaration', 'technicalDossier', 'type1EcolabelCertificate'],
    labels: ['TCO Certified'],
    verification:
      'The tenderer states, per offered model, the number of years and the end date of operating-system and security updates, from the manufacturer’s published support policy or a signed declaration of the manufacturer. The buyer checks the stated end date against the delivery date.',
    references: withBaseline ? [ECODESIGN_2023_1670, TCO_CERTIFIED] : [TCO_CERTIFIED],
  })
}

function updatesAward(code: string, specification: string, categories: ProductCategoryCode[], withBaseline: boolean): SeedCriterion {
  return criterion({
    code,
    title: { en: 'Longer operating-system and security update support' },
    description: `Points go to models with operating-system and security updates for longer than the minimum the specification (${specification}) asks for. Each extra year of support is a year the device can stay in service.`,
    ambition: BOTH,
    aspects: ['softwareSupport'],
    categories,
    l1061: L.lifetime,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      measured(`${code}.years`, 'Years from delivery during which operating-system and security updates are provided', BOTH, 'year', {
        dataType: 'integer',
        presets: withBaseline ? [updatesBaseline] : [],
      }),
    ],
    scoring: score.proportional(`${code}.years`, 'higherIsBetter', PROPORTIONAL),
    evidence: ['supplierDeclaration', 'technicalDossier'],
    verification: 'The same declaration as for the specification: years and end date of updates per offered model, from the manufacturer.',
    references: withBaseline ? [ECODESIGN_2023_1670] : [],
  })
}

// --- Label tiers and energy-label classes -------------------------------------------------------

const classes = ['A', 'B', 'C', 'D', 'E']
const classTiers = classes.slice(0, 4).map((value, i) => ({ value, share: (4 - i) / 4 }))

function labelClassAward(code: string, title: string, what: string, requirementTitle: string, aspect: 'reparability' | 'durability'): SeedCriterion {
  return criterion({
    code,
    title: { en: title },
    description: `Points go to smartphones and slate tablets by the ${what} class shown on their EU energy label (Delegated Regulation (EU) 2023/1669), from A, the best, to E. The class is a label value to reward, not a legal minimum: every class may be placed on the market.`,
    ambition: BOTH,
    aspects: [aspect],
    categories: PHONES_TABLETS,
    l1061: L[aspect],
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [choice(`${code}.class`, requirementTitle, BOTH, classes)],
    scoring: score.labelTier(`${code}.class`, classTiers, CLASS_STEPS),
    evidence: ['registryEntry', 'testReport'],
    verification: 'The EPREL (European Product Registry for Energy Labelling) entry or the energy label of the offered model, showing the class.',
    references: [ENERGY_LABEL_2023_1669],
  })
}

// --- The criteria --------------------------------------------------------------------------------

export const circularIctCriteria: SeedCriterion[] = [
  updatesSpecification('TS-UPDATES-MT', PHONES_TABLETS, true),
  updatesSpecification('TS-UPDATES-NB', ['notebooks'], false),
  updatesAward('AC-UPDATES-MT', 'TS-UPDATES-MT', PHONES_TABLETS, true),
  updatesAward('AC-UPDATES-NB', 'TS-UPDATES-NB', ['notebooks'], false),

  criterion({
    code: 'AC-EPEAT',
    title: { en: 'EPEAT tier of the offered model' },
    description:
      'Points go by the EPEAT tier the offered model holds in the country of delivery: Bronze when it meets every required criterion of the EPEAT standard, Silver and Gold when it also meets more of the optional ones, which cover longer life, repair, energy, materials and take-back.',
    ambition: BOTH,
    aspects: ['durability', 'reparability', 'energyEfficiency', 'recyclability'],
    categories: HARDWARE,
    l1061: { aims: ['minimiseEwaste', 'maximiseEnergyEfficiency', 'maximiseUsefulLife', 'maximiseRecyclability'], clauses: ['8.2', '8.3', '9'] },
    goals: ['environmental.circularEconomy', 'environmental.energyEfficiency', 'environmental.wasteReduction'],
    requirements: [choice('AC-EPEAT.tier', 'EPEAT tier of the offered model in the country of delivery, or the equivalent level of another label', BOTH, ['Gold', 'Silver', 'Bronze'])],
    scoring: score.labelTier('AC-EPEAT.tier', [
      { value: 'Gold', share: 1 },
      { value: 'Silver', share: 0.5 },
      { value: 'Bronze', share: 0 },
    ], LABEL_SHARES),
    evidence: ['registryEntry', 'type1EcolabelCertificate', 'technicalDossier'],
    labels: ['EPEAT'],
    verification: 'The EPEAT registry entry of the offered model for the country of delivery, showing its tier.',
    references: [EPEAT],
  }),
  criterion({
    code: 'AC-TCO',
    title: { en: 'TCO Certified generation of the offered model' },
    description:
      'Points go to models certified under TCO Certified, more for the current generation, whose criteria cover product life (including years of software updates and spare parts), repair, hazardous substances, energy and social responsibility in manufacturing.',
    ambition: BOTH,
    aspects: ['durability', 'softwareSupport', 'hazardousSubstances', 'supplyChain'],
    categories: DEVICES,
    l1061: { aims: ['minimiseEwaste', 'maximiseUsefulLife'], clauses: ['8.2', '8.3', '9'] },
    goals: ['environmental.circularEconomy', 'environmental.wasteReduction', 'social.laborRightsPromotion'],
    requirements: [
      choice('AC-TCO.generation', 'TCO Certified generation of the offered model, or the equivalent level of another label', BOTH, ['generation 10', 'generation 9']),
    ],
    scoring: score.labelTier('AC-TCO.generation', [
      { value: 'generation 10', share: 1 },
      { value: 'generation 9', share: 0.5 },
    ], LABEL_SHARES),
    evidence: ['type1EcolabelCertificate', 'technicalDossier'],
    labels: ['TCO Certified'],
    verification: 'The TCO Certified certificate of the offered model, checked in the TCO Product Finder, naming the generation.',
    references: [TCO_CERTIFIED],
  }),
  labelClassAward('AC-REPCLASS', 'Repairability class on the EU energy label', 'repairability', 'Repairability class on the energy label of the offered model', 'reparability'),
  labelClassAward('AC-DROPCLASS', 'Repeated free-fall reliability class on the EU energy label', 'repeated free-fall reliability', 'Repeated free-fall reliability class on the energy label of the offered model', 'durability'),
  criterion({
    code: 'AC-BATTEND',
    title: { en: 'Battery endurance per cycle on the EU energy label' },
    description:
      'Points go to smartphones and slate tablets by the battery endurance per full charge shown on their EU energy label (Delegated Regulation (EU) 2023/1669). A battery that lasts longer per charge is charged less often and ages more slowly.',
    ambition: BOTH,
    aspects: ['batteries'],
    categories: PHONES_TABLETS,
    l1061: L.batteries,
    goals: ['environmental.wasteReduction', 'environmental.energyEfficiency'],
    requirements: [measured('AC-BATTEND.hours', 'Battery endurance per full charge on the energy label of the offered model', BOTH, 'hour')],
    scoring: score.proportional('AC-BATTEND.hours', 'higherIsBetter', PROPORTIONAL),
    evidence: ['registryEntry', 'testReport'],
    verification: 'The EPREL entry or the energy label of the offered model, showing the battery endurance per cycle.',
    references: [ENERGY_LABEL_2023_1669],
  }),

  // --- Imaging equipment: printers, multifunction devices, consumables and print services -------
  criterion({
    code: 'TS-IMG-PARTS',
    title: { en: 'Repair and spare parts for imaging equipment' },
    description:
      'The tenderer guarantees that spare parts and repair service for the offered printers and multifunction devices stay available for a set number of years after delivery, including the parts that wear: rollers, fusers, drums and transfer units. Printers are often replaced for lack of a worn part that costs little.',
    ambition: BOTH,
    aspects: ['spareParts', 'reparability'],
    categories: IMAGING,
    l1061: L.reparability,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      measured('TS-IMG-PARTS.years', 'Years after delivery during which spare parts and repair service stay available', BOTH, 'year', {
        dataType: 'integer',
        param: 'The contracting authority sets the minimum number of years.',
      }),
      yes('TS-IMG-PARTS.wearParts', 'Rollers, fusers, drums and transfer units can be replaced by a trained technician without replacing the device', BOTH),
    ],
    evidence: ['supplierDeclaration', 'technicalDossier', 'type1EcolabelCertificate'],
    labels: ['Blue Angel (office equipment with printing function)', 'EPEAT'],
    verification: 'A declaration of the manufacturer on the years of spare-part availability, and the service manual or parts list showing the wear parts as replaceable.',
    references: [EU_GPP_IMAGING, EN_45554],
  }),
  criterion({
    code: 'TS-IMG-DUPLEX',
    title: { en: 'Double-sided printing and paper saving by default' },
    description:
      'Printers and multifunction devices print on both sides automatically and are delivered with double-sided printing as the default setting, and can print several pages on one sheet. Paper is usually the largest part of the environmental footprint of office printing.',
    ambition: BOTH,
    aspects: ['consumables', 'energyEfficiency'],
    categories: IMAGING,
    l1061: { aims: ['minimiseEwaste'], clauses: ['8.9'] },
    goals: ['environmental.wasteReduction'],
    requirements: [
      yes('TS-IMG-DUPLEX.automatic', 'Automatic double-sided printing is built in', BOTH),
      yes('TS-IMG-DUPLEX.default', 'Double-sided printing is the default setting on delivery and in the drivers supplied', BOTH),
    ],
    evidence: ['technicalDossier', 'type1EcolabelCertificate'],
    labels: ['Blue Angel (office equipment with printing function)'],
    verification: 'The product data sheet and a statement of the default settings on delivery; the buyer checks a delivered device.',
    references: [EU_GPP_IMAGING],
  }),
  criterion({
    code: 'TS-IMG-ENERGY',
    title: { en: 'Energy use of imaging equipment' },
    description:
      'The typical electricity consumption of each offered model, measured by the ENERGY STAR imaging equipment method, does not exceed the value the buyer sets, and the device switches to a low-power mode after a short idle time set at the factory.',
    ambition: BOTH,
    aspects: ['energyEfficiency'],
    categories: IMAGING,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      measured('TS-IMG-ENERGY.tec', 'Typical electricity consumption (ENERGY STAR TEC method) per week', BOTH, 'kilowattHour', {
        bound: 'max',
        param: 'The contracting authority sets the highest weekly typical electricity consumption, per speed class if it wishes.',
      }),
      yes('TS-IMG-ENERGY.sleep', 'The device goes into a low-power mode after an idle time set at the factory', BOTH),
    ],
    evidence: ['registryEntry', 'testReport', 'type1EcolabelCertificate'],
    labels: ['ENERGY STAR', 'Blue Angel (office equipment with printing function)', 'EPEAT'],
    verification: 'The ENERGY STAR product finder entry or a test report by the TEC method, with the idle time to low-power mode.',
    references: [ENERGY_STAR_IMAGING],
  }),
  criterion({
    code: 'TS-IMG-CARTRIDGES',
    title: { en: 'Remanufactured and refilled cartridges accepted' },
    description:
      'The offered devices work with remanufactured and refilled toner and ink cartridges: no firmware, chip or design blocks them, and using them does not void the warranty. Cartridges that can be refilled several times are the main reuse lever for consumables.',
    ambition: BOTH,
    aspects: ['consumables', 'reuseRefurbishment'],
    categories: IMAGING,
    l1061: { aims: ['minimiseEwaste', 'maximiseUsefulLife'], clauses: ['8.9'] },
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [
      yes('TS-IMG-CARTRIDGES.notBlocked', 'No firmware, chip or design feature prevents the use of remanufactured or refilled cartridges', BOTH),
      yes('TS-IMG-CARTRIDGES.warranty', 'The warranty stays valid when remanufactured or refilled cartridges are used', BOTH),
    ],
    evidence: ['supplierDeclaration', 'warrantyTerms', 'type1EcolabelCertificate'],
    labels: ['Blue Angel (office equipment with printing function)'],
    verification: 'A declaration of the manufacturer and the warranty terms; the buyer may test a remanufactured cartridge on a delivered device.',
    references: [EU_GPP_IMAGING, ISO_YIELD],
  }),
  criterion({
    code: 'CPC-IMG-TAKEBACK',
    title: { en: 'Take-back of used cartridges for reuse' },
    description:
      'During the contract the supplier collects used toner and ink cartridges free of charge and has them remanufactured or refilled where possible, recycled otherwise, and reports the quantities.',
    ambition: BOTH,
    aspects: ['consumables', 'takeBack', 'reuseRefurbishment'],
    categories: IMAGING,
    stage: 'endOfUse',
    l1061: L.endOfLife,
    goals: ['environmental.resourceReuse', 'environmental.recycling', 'environmental.wasteReduction'],
    requirements: [
      yes('CPC-IMG-TAKEBACK.collect', 'Used cartridges are collected free of charge from the buyer’s sites', BOTH),
      yes('CPC-IMG-TAKEBACK.report', 'The supplier reports the number of cartridges collected, reused and recycled', BOTH, {
        param: 'The contracting authority sets how often the report is due.',
      }),
    ],
    evidence: ['serviceAgreement', 'performanceReport'],
    verification: 'The take-back terms in the contract and the supplier’s reports, checked against collection records.',
    references: [EU_GPP_IMAGING],
  }),
  criterion({
    code: 'CPC-IMG-SERVICE',
    title: { en: 'Print service that keeps devices in use and printing low' },
    description:
      'Under a managed print service the supplier keeps the devices in use for the whole contract, repairs before replacing, reuses or refurbishes devices withdrawn from service, sets double-sided and secure release printing by default, and reports pages printed, devices replaced and energy used.',
    ambition: COMPREHENSIVE,
    aspects: ['ownershipModel', 'reparability', 'reuseRefurbishment', 'transparency'],
    categories: IMAGING,
    l1061: L.serviceModel,
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction', 'environmental.energyEfficiency'],
    requirements: [
      yes('CPC-IMG-SERVICE.repairFirst', 'Faulty devices are repaired before any is replaced, and withdrawn devices are refurbished for reuse', COMPREHENSIVE),
      yes('CPC-IMG-SERVICE.defaults', 'Double-sided and secure release printing are set by default on every device', COMPREHENSIVE),
      yes('CPC-IMG-SERVICE.report', 'The supplier reports pages printed, devices repaired, replaced and reused, and energy used', COMPREHENSIVE, {
        param: 'The contracting authority sets how often the report is due and what it covers.',
      }),
    ],
    evidence: ['serviceAgreement', 'performanceReport'],
    verification: 'The service description in the tender and the periodic reports during the contract.',
    references: [EU_GPP_IMAGING],
  }),
  criterion({
    code: 'AC-IMG-REFURB',
    title: { en: 'Remanufactured imaging equipment offered' },
    description:
      'Points go to tenders that offer remanufactured or refurbished printers and multifunction devices with the same warranty as new ones. Remanufactured office printers keep their frame and most parts in use.',
    ambition: COMPREHENSIVE,
    aspects: ['reuseRefurbishment'],
    categories: IMAGING,
    l1061: L.refurbished,
    goals: ['environmental.resourceReuse', 'environmental.circularEconomy'],
    requirements: [yes('AC-IMG-REFURB.offered', 'Remanufactured or refurbished devices with the same warranty as new ones are offered', COMPREHENSIVE)],
    scoring: score.boolean('AC-IMG-REFURB.offered', 'Full points when offered.'),
    evidence: ['supplierDeclaration', 'warrantyTerms'],
    verification: 'The description of the remanufacturing process and the warranty terms of the remanufactured devices.',
    references: [EU_GPP_IMAGING],
  }),

  // --- Network equipment ---------------------------------------------------------------------------
  criterion({
    code: 'TS-NET-UPDATES',
    title: { en: 'Firmware and security updates for network equipment' },
    description:
      'The tenderer guarantees security and firmware updates for the offered switches, routers and access points for a set number of years from delivery, and publishes the end-of-support date. Network equipment is usually retired when its updates stop, not when it fails.',
    ambition: BOTH,
    aspects: ['softwareSupport'],
    categories: NETWORK,
    l1061: L.lifetime,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      measured('TS-NET-UPDATES.years', 'Years from delivery during which security and firmware updates are provided', BOTH, 'year', {
        dataType: 'integer',
        param: 'The contracting authority sets the minimum number of years of updates.',
      }),
      yes('TS-NET-UPDATES.endDate', 'The end-of-support date of each offered model is stated', BOTH),
    ],
    evidence: ['supplierDeclaration', 'technicalDossier'],
    verification: 'The manufacturer’s published support policy or a signed declaration giving the end-of-support date per model.',
  }),
  criterion({
    code: 'TS-NET-REPAIR',
    title: { en: 'Repair and spare parts for network equipment' },
    description:
      'Fans, power supplies and optical modules can be replaced without replacing the device, and spare parts and repair stay available for a set number of years after delivery.',
    ambition: BOTH,
    aspects: ['spareParts', 'reparability'],
    categories: NETWORK,
    l1061: L.reparability,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy'],
    requirements: [
      yes('TS-NET-REPAIR.modules', 'Fans, power supplies and optical modules are field-replaceable', BOTH),
      measured('TS-NET-REPAIR.years', 'Years after delivery during which spare parts and repair stay available', BOTH, 'year', {
        dataType: 'integer',
        param: 'The contracting authority sets the minimum number of years.',
      }),
    ],
    evidence: ['technicalDossier', 'supplierDeclaration'],
    verification: 'Data sheets or service manuals showing the replaceable modules, and a declaration on spare-part availability.',
    references: [EN_45554],
  }),
  criterion({
    code: 'TS-NET-ENERGY',
    title: { en: 'Energy use of network equipment' },
    description:
      'The tenderer declares the power drawn by each offered model at idle and at the load the buyer names, measured by a published method, and the equipment saves power on idle links (Energy Efficient Ethernet) and lets unused ports be switched off.',
    ambition: BOTH,
    aspects: ['energyEfficiency'],
    categories: NETWORK,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      yes('TS-NET-ENERGY.declared', 'Power at idle and at the named load is declared, with the measurement method', BOTH, {
        param: 'The contracting authority names the load (for example the share of ports active and the traffic) at which power is declared.',
      }),
      yes('TS-NET-ENERGY.eee', 'Copper Ethernet ports support Energy Efficient Ethernet (IEEE 802.3az) and unused ports can be switched off', BOTH),
    ],
    evidence: ['technicalDossier', 'testReport'],
    verification: 'The data sheet or a test report giving the power figures and the measurement method (for example ITU-T L.1310).',
    references: [EEE_802_3AZ, L1310],
  }),
  criterion({
    code: 'AC-NET-POWER',
    title: { en: 'Lower power use of network equipment' },
    description: 'Points go to network equipment that draws less power at the load the buyer names, as declared under the energy specification.',
    ambition: COMPREHENSIVE,
    aspects: ['energyEfficiency'],
    categories: NETWORK,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [measured('AC-NET-POWER.watts', 'Power drawn at the named load', COMPREHENSIVE, 'watt')],
    scoring: score.proportional('AC-NET-POWER.watts', 'lowerIsBetter', PROPORTIONAL),
    evidence: ['technicalDossier', 'testReport'],
    verification: 'The figure declared under the energy specification, with its measurement method.',
    references: [L1310],
  }),
  criterion({
    code: 'AC-NET-REFURB',
    title: { en: 'Refurbished network equipment offered' },
    description:
      'Points go to tenders that offer refurbished switches, routers or access points, with current firmware, sanitised configuration and a warranty, where the buyer’s requirements allow it.',
    ambition: COMPREHENSIVE,
    aspects: ['reuseRefurbishment'],
    categories: NETWORK,
    l1061: L.refurbished,
    goals: ['environmental.resourceReuse', 'environmental.circularEconomy'],
    requirements: [yes('AC-NET-REFURB.offered', 'Refurbished equipment with current firmware, sanitised configuration and a warranty is offered', COMPREHENSIVE)],
    scoring: score.boolean('AC-NET-REFURB.offered', 'Full points when offered.'),
    evidence: ['supplierDeclaration', 'warrantyTerms'],
    verification: 'A description of the refurbishment process, the firmware support of the offered models and the warranty terms.',
  }),

  // --- Social responsibility in the supply chain ---------------------------------------------------
  criterion({
    code: 'SC-MINERALS',
    title: { en: 'Due diligence on conflict minerals' },
    description:
      'The tenderer has a due diligence process for tin, tantalum, tungsten and gold in its supply chain that follows the OECD guidance on minerals from conflict-affected and high-risk areas, the standard that Regulation (EU) 2017/821 makes binding for EU importers of these metals: a supply chain policy, identification of the smelters and refiners used, risk assessment and response, independent audits of smelters, and a yearly public report.',
    ambition: COMPREHENSIVE,
    aspects: ['supplyChain'],
    categories: HARDWARE,
    l1061: NO_AIM,
    goals: ['social.humanRightsInSupplyChains'],
    requirements: [
      yes('SC-MINERALS.policy', 'A supply chain policy on minerals from conflict-affected and high-risk areas, following the OECD guidance', COMPREHENSIVE),
      yes('SC-MINERALS.smelters', 'The smelters and refiners in the supply chain of the offered products are identified, with their audit status', COMPREHENSIVE),
      yes('SC-MINERALS.report', 'A yearly public report on the due diligence', COMPREHENSIVE),
    ],
    evidence: ['auditReport', 'supplierDeclaration'],
    verification:
      'The policy, the latest due diligence report and a list of smelters and refiners (for example a completed Conflict Minerals Reporting Template) with their audit status.',
    references: [CONFLICT_MINERALS, OECD_MINERALS],
  }),
  criterion({
    code: 'CPC-MINERALS',
    title: { en: 'Conflict minerals due diligence during the contract' },
    description:
      'The contractor keeps up its due diligence on tin, tantalum, tungsten and gold for the products delivered, reports the smelters and refiners each year and acts on risks found, for example by moving to audited smelters.',
    ambition: COMPREHENSIVE,
    aspects: ['supplyChain', 'transparency'],
    categories: HARDWARE,
    l1061: NO_AIM,
    goals: ['social.humanRightsInSupplyChains'],
    requirements: [
      yes('CPC-MINERALS.report', 'A yearly report on smelters and refiners and on the risks found and the action taken', COMPREHENSIVE),
    ],
    evidence: ['performanceReport', 'auditReport'],
    verification: 'The yearly reports; the buyer may ask for the underlying audit results.',
    references: [CONFLICT_MINERALS, OECD_MINERALS],
  }),
  criterion({
    code: 'SC-LABOUR',
    title: { en: 'Labour conditions in the supply chain' },
    description:
      'The tenderer has a code of conduct for its supply chain covering the ILO fundamental principles and rights at work (freedom of association, no forced or child labour, no discrimination, a safe and healthy workplace) as well as working hours and wages, and a due diligence process that checks the final assembly factories of the offered products.',
    ambition: COMPREHENSIVE,
    aspects: ['supplyChain'],
    categories: HARDWARE,
    l1061: NO_AIM,
    goals: ['social.laborRightsPromotion', 'social.humanRightsInSupplyChains'],
    requirements: [
      yes('SC-LABOUR.code', 'A supply chain code of conduct covering the ILO fundamental principles and rights at work, working hours and wages', COMPREHENSIVE),
      yes('SC-LABOUR.dueDiligence', 'A due diligence process with independent audits of the final assembly factories', COMPREHENSIVE),
    ],
    evidence: ['auditReport', 'managementSystemCertificate', 'supplierDeclaration'],
    verification: 'The code of conduct, a description of the due diligence process, and recent independent audit summaries for the final assembly factories.',
    references: [ILO_FUNDAMENTAL, OECD_RBC, UNGP],
  }),
  criterion({
    code: 'CPC-LABOUR',
    title: { en: 'Labour conditions during the contract' },
    description:
      'During the contract the contractor discloses the final assembly factories of the delivered products, lets an independent monitor chosen by the buyer check them, and remedies violations found within an agreed plan.',
    ambition: BOTH,
    aspects: ['supplyChain', 'transparency'],
    categories: HARDWARE,
    l1061: NO_AIM,
    goals: ['social.laborRightsPromotion', 'social.humanRightsInSupplyChains'],
    requirements: [
      yes('CPC-LABOUR.disclose', 'The final assembly factories of the delivered products are disclosed to the buyer', BOTH),
      yes('CPC-LABOUR.monitor', 'The contractor cooperates with independent monitoring and remedies violations within an agreed plan', BOTH, {
        param: 'The contracting authority names the monitoring organisation or how it will be chosen.',
      }),
    ],
    evidence: ['auditReport', 'performanceReport'],
    verification: 'The factory list, monitoring reports and the remediation plans with their follow-up.',
    references: [ILO_FUNDAMENTAL, OECD_RBC, UNGP],
  }),

  // --- End of life where certified recyclers are scarce ----------------------------------------------
  criterion({
    code: 'CPC-TAKEBACK-EPR',
    title: { en: 'Take-back through the producer responsibility scheme or the supplier' },
    description:
      'At the end of use the supplier takes back the delivered equipment free of charge, through the extended producer responsibility scheme of the country where one exists, or itself where none does, and hands it to the best available treatment: reuse first, then recycling by an operator with the permits the law requires.',
    ambition: BOTH,
    aspects: ['takeBack', 'reuseRefurbishment', 'recyclability'],
    categories: HARDWARE,
    stage: 'endOfUse',
    l1061: L.endOfLife,
    goals: ['environmental.wasteReduction', 'environmental.recycling', 'environmental.resourceReuse'],
    requirements: [
      yes('CPC-TAKEBACK-EPR.free', 'Equipment is taken back free of charge from the buyer’s sites at the end of use', BOTH),
      yes('CPC-TAKEBACK-EPR.channel', 'Take-back goes through the national producer responsibility scheme, or through the supplier where there is none', BOTH),
      yes('CPC-TAKEBACK-EPR.report', 'The supplier reports, per batch, what was reused, recycled or disposed of, and by whom', BOTH),
    ],
    evidence: ['serviceAgreement', 'performanceReport', 'recyclerCertificate'],
    verification: 'The take-back terms, the scheme membership or the supplier’s own take-back arrangement, and the reports per batch.',
    references: [WEEE, OECD_EPR],
  }),
  criterion({
    code: 'CPC-BASEL',
    title: { en: 'Transboundary shipment of e-waste only under the Basel Convention' },
    description:
      'Any equipment taken back that leaves the country does so only in compliance with the Basel Convention, including prior informed consent of the countries concerned for e-waste, and only to facilities that manage it in an environmentally sound way; equipment sent abroad for repair or reuse travels with proof that it works or is going to repair.',
    ambition: BOTH,
    aspects: ['takeBack', 'transparency'],
    categories: HARDWARE,
    stage: 'endOfUse',
    l1061: { aims: ['minimiseEwaste'], clauses: ['7', '8.8'] },
    goals: ['environmental.pollutionPrevention', 'environmental.wasteReduction'],
    requirements: [
      yes('CPC-BASEL.consent', 'Every transboundary shipment of e-waste has the prior informed consent the Basel Convention requires', BOTH),
      yes('CPC-BASEL.documents', 'Movement documents and the receiving facility’s permits are kept and shown to the buyer on request', BOTH),
    ],
    evidence: ['performanceReport', 'recyclerCertificate', 'supplierDeclaration'],
    verification: 'The movement documents and consents for each shipment, and the permits of the receiving facilities.',
    references: [BASEL],
  }),
  criterion({
    code: 'TS-LOCAL-REPAIR',
    title: { en: 'Repair and spare parts in the buyer’s country' },
    description:
      'Repair under warranty and after it is available in the buyer’s country, by the supplier or authorised repairers, with a stock of the spare parts that fail most often, so that devices are repaired rather than replaced or shipped abroad.',
    ambition: BOTH,
    aspects: ['reparability', 'spareParts'],
    categories: HARDWARE,
    l1061: L.reparability,
    goals: ['environmental.wasteReduction', 'environmental.circularEconomy', 'economic.localEconomyPromotion'],
    requirements: [
      yes('TS-LOCAL-REPAIR.inCountry', 'Repair is carried out in the buyer’s country by the supplier or authorised repairers', BOTH),
      yes('TS-LOCAL-REPAIR.stock', 'A stock of the spare parts that fail most often is held in the country', BOTH, {
        param: 'The contracting authority lists the parts (for example batteries, chargers, screens, keyboards) that must be in stock.',
      }),
      measured('TS-LOCAL-REPAIR.days', 'Time to repair a device', BOTH, 'workingDay', {
        bound: 'max',
        param: 'The contracting authority sets the maximum number of working days.',
      }),
    ],
    evidence: ['serviceAgreement', 'supplierDeclaration'],
    verification: 'The addresses of the repair centres or authorised repairers, the list of parts in stock and the service terms.',
    references: [EN_45554],
  }),
  criterion({
    code: 'AC-BUYBACK',
    title: { en: 'Buy-back or trade-in of the buyer’s old equipment' },
    description:
      'Points go to tenders that buy back or take in trade the buyer’s equipment being replaced, sanitise its data, and send it to reuse before recycling. Trade-in gives old devices a second life where no certified recycler is at hand.',
    ambition: BOTH,
    aspects: ['reuseRefurbishment', 'takeBack', 'dataSanitisation'],
    categories: HARDWARE,
    l1061: L.endOfLife,
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [
      yes('AC-BUYBACK.offered', 'The buyer’s old equipment is bought back or taken in trade, with data sanitised and reuse first', BOTH, {
        param: 'The contracting authority describes the equipment to be replaced (types, quantities, age).',
      }),
    ],
    scoring: score.boolean('AC-BUYBACK.offered', 'Full points when offered.'),
    evidence: ['serviceAgreement', 'dataErasureCertificate'],
    verification: 'The buy-back or trade-in offer, the sanitisation method and the planned destination of the equipment.',
    references: [NIST_800_88, L1081],
  }),
  criterion({
    code: 'CPC-REDEPLOY',
    title: { en: 'Redeployment and donation with certified data sanitisation' },
    description:
      'Equipment the buyer no longer needs is redeployed within the administration or donated, for example to schools, after the contractor has sanitised every storage device by the method the buyer names and issued a certificate per device, and restored the device to working order.',
    ambition: BOTH,
    aspects: ['reuseRefurbishment', 'dataSanitisation'],
    categories: HARDWARE,
    stage: 'endOfUse',
    l1061: L.sanitisation,
    goals: ['environmental.resourceReuse', 'environmental.wasteReduction', 'social'],
    requirements: [
      text('CPC-REDEPLOY.method', 'Sanitisation method applied to every storage device', BOTH, {
        param: 'The contracting authority names the sanitisation standard or method (for example the purge level of NIST SP 800-88 or IEEE 2883).',
      }),
      yes('CPC-REDEPLOY.certificate', 'A sanitisation certificate per device, with its serial number', BOTH),
      yes('CPC-REDEPLOY.ready', 'Devices are handed over in working order, with a fresh operating system, for redeployment or donation', BOTH),
    ],
    evidence: ['dataErasureCertificate', 'serviceAgreement'],
    verification: 'The sanitisation certificates per device and the handover records for redeployment or donation.',
    references: [NIST_800_88, IEEE_2883, L1081],
  }),
]
