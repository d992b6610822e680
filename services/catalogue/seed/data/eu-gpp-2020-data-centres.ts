/**
 * EU GPP criteria for data centres, server rooms and cloud services (2020, SWD(2020) 55): all 34 codes.
 *
 * Codes, names, types and ambition levels as listed from the official document (confirmed through a
 * secondary source, docs/sources.md#eu-gpp-2020-data-centres). The listing has TS8 twice, "Waste heat
 * reuse readiness" at core level and "Waste heat reuse" at comprehensive level; it is one criterion
 * here with one requirement per level. No official threshold, band or class could be checked: every
 * threshold is buyer-set, and the one national value found (Nordic refrigerant guidance, a weak
 * analogue) travels as a preset.
 */
import { L1061_REFERENCE } from './eu-gpp-2021-computers.ts'
import { EU_GPP_2020_DC } from './sources.ts'
import {
  BOTH,
  COMPREHENSIVE,
  CORE,
  criterionFactory,
  measured,
  national,
  score,
  text,
  yes,
  type L1061Aim,
  type ProductCategoryCode,
  type SeedCriterion,
  type SeedReference,
} from './types.ts'

const EU_DOCUMENT: SeedReference = {
  title: 'EU GPP criteria for data centres, server rooms and cloud services, SWD(2020) 55 final (European Commission, 11 March 2020)',
  url: null,
}
const L1304: SeedReference = { title: 'Recommendation ITU-T L.1304 (2020): Procurement criteria for sustainable data centres', url: null }
const ECODESIGN_SERVERS: SeedReference = { title: 'Commission Regulation (EU) 2019/424: ecodesign requirements for servers and data storage products', url: null }
const EN_50600_PUE: SeedReference = { title: 'EN 50600-4-2 / ISO/IEC 30134-2: Power usage effectiveness (PUE)', url: null }
const EN_50600_REF: SeedReference = { title: 'EN 50600-4-3: Renewable energy factor (REF)', url: null }
const EN_50600_ERF: SeedReference = { title: 'EN 50600-4-6: Energy reuse factor (ERF)', url: null }
const F_GAS: SeedReference = { title: 'Regulation (EU) No 517/2014 on fluorinated greenhouse gases, Annex IV (GWP of mixtures)', url: null }
const CODE_OF_CONDUCT: SeedReference = { title: 'European Code of Conduct on Data Centre Energy Efficiency (best practices)', url: null }
const RATING_SCHEME: SeedReference = { title: 'Commission Delegated Regulation (EU) 2024/1364: first phase of the EU data centre rating scheme', url: null }
const NIST_800_88: SeedReference = { title: 'NIST Special Publication 800-88 Rev. 1: Guidelines for Media Sanitization', url: null }

const NORDIC_REFRIGERANTS = 'https://skvp.se/aktuellt/nyheter/nyhetsarkiv/upphandlingsvagledning-for-naturliga-koldmedier'
const nordicGwp = national(
  675,
  'Nordic Council of Ministers guidance 2020 on natural refrigerants (via skvp.se): GWP100 at most 675 where natural refrigerants are not available, for air-to-air and air-to-water heat pumps. Weak analogue only.',
  NORDIC_REFRIGERANTS,
)

const DC: ProductCategoryCode[] = ['servers-data-centres']
const DC_AND_CLOUD: ProductCategoryCode[] = ['servers-data-centres', 'cloud-services']
const DC_AND_NETWORK: ProductCategoryCode[] = ['servers-data-centres', 'network-equipment']

const L = {
  energy: { aims: ['maximiseEnergyEfficiency'] as L1061Aim[], clauses: [] as string[] },
  energyReporting: { aims: ['maximiseEnergyEfficiency'] as L1061Aim[], clauses: ['8.6'] },
  repair: { aims: ['maximiseUsefulLife'] as L1061Aim[], clauses: ['8.3', '9'] },
  hazardous: { aims: ['minimiseEwaste'] as L1061Aim[], clauses: ['8.2'] },
  endOfLife: { aims: ['minimiseEwaste', 'maximiseUsefulLife', 'maximiseRecyclability'] as L1061Aim[], clauses: ['7'] },
  endOfLifeReporting: { aims: ['minimiseEwaste', 'maximiseUsefulLife', 'maximiseRecyclability'] as L1061Aim[], clauses: ['7', '8.6', '8.8'] },
  /** Renewable electricity and refrigerants: no L.1061 aim covers them directly. */
  climate: { aims: [] as L1061Aim[], clauses: [] as string[] },
  climateReporting: { aims: [] as L1061Aim[], clauses: ['8.6'] },
}

const criterion = criterionFactory(EU_GPP_2020_DC, 'euGPPCriteria', [EU_DOCUMENT, L1304, L1061_REFERENCE])

const BUYER_SETS_BANDS = 'No official EU bands were found in the references; the buyer sets the bands or keeps proportional scoring.'

export const euGpp2020Criteria: SeedCriterion[] = [
  // ============================================================================================
  // Selection criteria
  // ============================================================================================
  criterion({
    code: 'SC1',
    title: { en: 'Server utilisation' },
    description:
      'The tenderer shows it can monitor and raise the utilisation of the servers it operates, for example by consolidation and virtualisation. Servers that sit mostly idle still draw a large share of their peak power, so utilisation is one of the main levers on data-centre energy use.',
    ambition: BOTH,
    aspects: ['serverUtilisation', 'energyEfficiency'],
    categories: DC_AND_CLOUD,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      yes('SC1.competence', 'The tenderer has the utilisation monitoring and management capability the buyer describes', BOTH, {
        param: 'The buyer describes the capability and the evidence expected (for example tools used, past projects, utilisation achieved).',
      }),
    ],
    evidence: ['technicalDossier', 'supplierDeclaration', 'performanceReport'],
    verification: 'A description of the tools and methods used, with references or reports from comparable contracts.',
  }),
  criterion({
    code: 'SC2',
    title: { en: 'Control of hazardous substances' },
    description:
      'The tenderer, or the manufacturer of the servers and storage it supplies, runs a system to control restricted substances in its products and supply chain. Keeping hazardous substances out of equipment makes it safer to repair, reuse and recycle.',
    ambition: COMPREHENSIVE,
    aspects: ['hazardousSubstances', 'supplyChain'],
    categories: DC,
    l1061: L.hazardous,
    goals: ['environmental.pollutionPrevention', 'environmental.circularEconomy'],
    requirements: [
      yes('SC2.system', 'A restricted substance control system with the elements the buyer lists is in place', COMPREHENSIVE, {
        param: 'The buyer lists the elements the system must have (for example a restricted substance list, supplier declarations and testing).',
      }),
    ],
    evidence: ['technicalDossier', 'auditReport', 'supplierDeclaration'],
    verification: 'The documented procedures of the system, with evidence that they are applied.',
  }),
  criterion({
    code: 'SC3',
    title: { en: 'Cooling energy management' },
    description:
      'The tenderer shows competence in managing the energy used for cooling, following recognised best practice. Cooling is usually the largest energy use in a data centre after the IT equipment itself.',
    ambition: BOTH,
    aspects: ['cooling', 'energyEfficiency'],
    categories: DC_AND_CLOUD,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      yes('SC3.competence', 'The tenderer has the cooling energy management competence the buyer describes', BOTH, {
        param: 'The buyer describes the competence and the evidence expected (for example participation in the European Code of Conduct on Data Centre Energy Efficiency, or staff qualifications and past projects).',
      }),
    ],
    evidence: ['technicalDossier', 'registryEntry', 'supplierDeclaration'],
    verification: 'Evidence of the competence, such as Code of Conduct participant status, project references or staff qualifications.',
    references: [CODE_OF_CONDUCT],
  }),

  // ============================================================================================
  // Technical specifications
  // ============================================================================================
  criterion({
    code: 'TS1',
    title: { en: 'Server active state efficiency' },
    description:
      'Servers reach a minimum active-state efficiency, measured with the method used by the EU ecodesign rules for servers. Efficient servers do more work for each kilowatt hour, which lowers both energy costs and cooling needs. The comprehensive level asks for a higher efficiency than the core level.',
    ambition: BOTH,
    aspects: ['energyEfficiency'],
    categories: DC,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      measured('TS1.efficiency.core', 'Active state efficiency of the server (core level)', CORE, 'ratio', {
        param: 'The buyer sets the minimum active state efficiency for the core level, per server type.',
      }),
      measured('TS1.efficiency.comprehensive', 'Active state efficiency of the server (comprehensive level)', COMPREHENSIVE, 'ratio', {
        param: 'The buyer sets the minimum active state efficiency for the comprehensive level, higher than the core level.',
      }),
    ],
    evidence: ['testReport', 'technicalDossier'],
    verification: 'The product information the manufacturer publishes under Regulation (EU) 2019/424, or a test report using the same method.',
    references: [ECODESIGN_SERVERS],
  }),
  criterion({
    code: 'TS2',
    title: { en: 'ICT Operating range – temperature and humidity' },
    description:
      'ICT equipment is rated to run across a wide range of inlet temperature and humidity. Equipment that tolerates warmer air lets the data centre use free cooling for more of the year and spend less energy on chillers. The comprehensive level asks for a wider range than the core level.',
    ambition: BOTH,
    aspects: ['cooling', 'energyEfficiency'],
    categories: DC,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      text('TS2.operatingClass.core', 'Operating condition class of the equipment (core level)', CORE, {
        bound: 'min',
        param: 'The buyer names the minimum operating condition class (the criteria document defines the classes for air cooling in its Appendix 1 and for liquid cooling in its Appendix 2).',
      }),
      text('TS2.operatingClass.comprehensive', 'Operating condition class of the equipment (comprehensive level)', COMPREHENSIVE, {
        bound: 'min',
        param: 'The buyer names the minimum operating condition class for the comprehensive level, wider than the core level.',
      }),
    ],
    evidence: ['technicalDossier'],
    verification: 'The manufacturer’s specification giving the operating condition class and the allowed temperature and humidity ranges.',
    references: [ECODESIGN_SERVERS],
  }),
  criterion({
    code: 'TS3',
    title: { en: 'Design for the repair and upgrading of servers and data storage' },
    description:
      'Servers and storage products are built so that key components can be replaced or upgraded, with the tools and firmware needed available. Upgrading memory, storage or processors can extend the service life of a server instead of replacing it.',
    ambition: COMPREHENSIVE,
    aspects: ['reparability', 'durability'],
    categories: DC,
    l1061: L.repair,
    goals: ['environmental.circularEconomy', 'environmental.wasteReduction'],
    requirements: [
      yes('TS3.components', 'Every component on the buyer’s list can be replaced or upgraded, with tools and firmware available', COMPREHENSIVE, {
        param: 'The buyer lists the components that must be replaceable or upgradeable (for example memory, storage drives, processors, power supplies, fans) and what must be available.',
      }),
    ],
    evidence: ['technicalDossier', 'supplierDeclaration'],
    verification: 'Service manuals or disassembly instructions showing how each listed component is replaced.',
    references: [ECODESIGN_SERVERS],
  }),
  criterion({
    code: 'TS4',
    title: { en: 'End-of-life management of servers, data storage and network equipment' },
    description:
      'The supplier provides a service that takes back servers, storage and network equipment at end of use, sanitises data, prepares equipment or components for reuse and recycles the rest properly. Data-centre equipment is often replaced long before it stops working, so a reuse channel keeps it in service.',
    ambition: BOTH,
    aspects: ['takeBack', 'reuseRefurbishment', 'dataSanitisation', 'recyclability'],
    categories: DC_AND_NETWORK,
    stage: 'endOfUse',
    l1061: L.endOfLife,
    goals: ['environmental.circularEconomy', 'environmental.resourceReuse', 'environmental.recycling', 'environmental.wasteReduction'],
    requirements: [
      yes('TS4.reuseFirst', 'Equipment and components that can be reused are prepared for reuse before anything is recycled', BOTH),
      yes('TS4.sanitisation', 'Data on every storage device is sanitised to the standard the buyer names, with a record per device', BOTH, {
        param: 'The buyer names the sanitisation standard (for example NIST SP 800-88).',
      }),
      yes('TS4.recycling', 'What cannot be reused is recycled by operators that meet the standard the buyer names', BOTH, {
        param: 'The buyer names the treatment standard or certification for recyclers.',
      }),
    ],
    evidence: ['serviceAgreement', 'recyclerCertificate', 'conformityCertificate', 'supplierDeclaration'],
    verification: 'A description of the service, evidence for the sanitisation method, and the certificates or permits of the recyclers used.',
    references: [NIST_800_88],
  }),
  criterion({
    code: 'TS5',
    title: { en: 'Environmental monitoring' },
    description:
      'The data centre or server room is equipped to measure temperature, humidity and energy use at the points that matter. Without metering, neither the operator nor the buyer can manage or verify energy performance.',
    ambition: BOTH,
    aspects: ['energyEfficiency', 'cooling', 'transparency'],
    categories: DC,
    l1061: L.energyReporting,
    goals: ['environmental.energyEfficiency'],
    requirements: [
      yes('TS5.metering', 'Temperature, humidity and energy are metered at the points the buyer lists', BOTH, {
        param: 'The buyer lists the quantities, metering points and recording intervals required.',
      }),
    ],
    evidence: ['technicalDossier'],
    verification: 'The design or as-built documentation of the monitoring system, listing meters and sensors.',
  }),
  criterion({
    code: 'TS6',
    title: { en: 'Cooling system best practices – new build or retrofit of data centres' },
    description:
      'When a data centre is built or retrofitted, the cooling design applies recognised energy-efficiency best practices. Design choices made at construction fix most of the cooling energy a facility will use over its life.',
    ambition: COMPREHENSIVE,
    aspects: ['cooling', 'energyEfficiency'],
    categories: DC,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      yes('TS6.bestPractices', 'The cooling design applies the best practices the buyer lists', COMPREHENSIVE, {
        param: 'The buyer lists the best practices required (for example from the European Code of Conduct on Data Centre Energy Efficiency).',
      }),
    ],
    evidence: ['technicalDossier', 'auditReport'],
    verification: 'Design documentation showing how each listed practice is applied.',
    references: [CODE_OF_CONDUCT],
  }),
  criterion({
    code: 'TS7',
    title: { en: 'Cooling system best practices – existing colocation or hosting data centres' },
    description:
      'An existing colocation or hosting facility shows that its cooling already follows recognised energy-efficiency best practices. Buyers of hosting services thus choose facilities that manage cooling energy well.',
    ambition: COMPREHENSIVE,
    aspects: ['cooling', 'energyEfficiency'],
    categories: DC_AND_CLOUD,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      yes('TS7.bestPractices', 'The facility’s cooling follows the best practices the buyer lists', COMPREHENSIVE, {
        param: 'The buyer lists the best practices required (for example from the European Code of Conduct on Data Centre Energy Efficiency).',
      }),
    ],
    evidence: ['technicalDossier', 'auditReport', 'registryEntry'],
    verification: 'Documentation or an independent audit of the facility showing each listed practice in place.',
    references: [CODE_OF_CONDUCT],
  }),
  criterion({
    code: 'TS8',
    title: { en: 'Waste heat reuse readiness (core) / Waste heat reuse (comprehensive)' },
    description:
      'At the core level the data centre is designed so that its waste heat can later be recovered and supplied to users such as a heating network. At the comprehensive level the waste heat is actually reused. Reusing heat turns an unavoidable by-product into useful energy that would otherwise be generated separately.',
    ambition: BOTH,
    aspects: ['wasteHeatReuse'],
    categories: DC,
    l1061: L.energy,
    goals: ['environmental.climateChangeMitigation', 'environmental.energyEfficiency'],
    requirements: [
      yes('TS8.readiness', 'Core level – waste heat reuse readiness: the design provides for connecting heat recovery as the buyer describes', CORE, {
        param: 'The buyer describes the readiness expected (for example space, connection points and capacity for heat recovery).',
      }),
      yes('TS8.reuse', 'Comprehensive level – waste heat reuse: waste heat is recovered and supplied to a user under the arrangement the buyer describes', COMPREHENSIVE, {
        param: 'The buyer describes the reuse expected (for example a connection to a named heating network) and any minimum energy reuse factor.',
      }),
    ],
    evidence: ['technicalDossier', 'serviceAgreement'],
    verification: 'Design documentation of the heat recovery provisions; at the comprehensive level also the agreement with the heat user.',
    references: [EN_50600_ERF],
  }),
  criterion({
    code: 'TS9',
    title: { en: 'Renewable energy factor (REF)' },
    description:
      'A minimum share of the electricity used by the data centre comes from renewable sources, expressed as the renewable energy factor. Data centres use a lot of electricity around the clock, so the source of that electricity largely decides their carbon footprint.',
    ambition: COMPREHENSIVE,
    aspects: ['renewableEnergy'],
    categories: DC_AND_CLOUD,
    l1061: L.climate,
    goals: ['environmental.climateChangeMitigation', 'environmental.carbonEmissionsReduction'],
    requirements: [
      measured('TS9.ref', 'Renewable energy factor of the data centre (0 to 1)', COMPREHENSIVE, 'ratio', {
        param: 'The buyer sets the minimum renewable energy factor.',
      }),
    ],
    evidence: ['conformityCertificate', 'technicalDossier', 'performanceReport'],
    verification: 'Guarantees of origin or power purchase agreements covering the declared renewable share, and the calculation of the factor.',
    references: [EN_50600_REF],
  }),
  criterion({
    code: 'TS10',
    title: { en: 'Global warming potential of mixture of refrigerants' },
    description:
      'The refrigerants in the cooling system stay below a maximum global warming potential. Leaks of high-GWP refrigerants can add a large amount of greenhouse-gas emissions on top of the electricity used.',
    ambition: COMPREHENSIVE,
    aspects: ['refrigerants'],
    categories: DC_AND_CLOUD,
    l1061: L.climate,
    goals: ['environmental.climateChangeMitigation', 'environmental.pollutionPrevention'],
    requirements: [
      measured('TS10.gwp', 'Global warming potential of the refrigerant mixture', COMPREHENSIVE, 'gwp100', {
        bound: 'max',
        param: 'The buyer sets the maximum GWP.',
        presets: [nordicGwp],
      }),
      yes('TS10.calculation', 'The GWP of the mixture is calculated per Annex IV of Regulation (EU) No 517/2014', COMPREHENSIVE),
    ],
    evidence: ['technicalDossier'],
    verification: 'The refrigerants used, with their quantities and the GWP calculation for the mixture.',
    references: [F_GAS],
  }),

  // ============================================================================================
  // Award criteria
  // ============================================================================================
  criterion({
    code: 'AC1',
    title: { en: 'Server idle state power' },
    description:
      'Points go to servers that draw less power when idle. Servers spend much of their time at low load, so idle power weighs heavily in their yearly energy use.',
    ambition: BOTH,
    aspects: ['energyEfficiency'],
    categories: DC,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [measured('AC1.idlePower', 'Idle state power of the offered server configuration', BOTH, 'watt')],
    scoring: score.proportional('AC1.idlePower', 'lowerIsBetter', `${BUYER_SETS_BANDS} Default: lowest idle power gets full points.`),
    evidence: ['testReport', 'technicalDossier'],
    verification: 'The idle power from the product information published under Regulation (EU) 2019/424, or a test report by the same method.',
    references: [ECODESIGN_SERVERS],
  }),
  criterion({
    code: 'AC2',
    title: { en: 'Server deployed power demand' },
    description:
      'Points go to offers whose servers, as configured and deployed for the buyer’s workload, draw less power. It rewards offers that meet the need with less installed power rather than over-provisioning.',
    ambition: COMPREHENSIVE,
    aspects: ['energyEfficiency'],
    categories: DC,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      measured('AC2.power', 'Power demand of the deployed server configuration for the buyer’s reference workload', COMPREHENSIVE, 'watt', {
        bound: 'value',
        param: 'The buyer describes the reference workload and how power demand is to be determined.',
      }),
    ],
    scoring: score.proportional('AC2.power', 'lowerIsBetter', `${BUYER_SETS_BANDS} Default: lowest power demand gets full points.`),
    evidence: ['technicalDossier', 'testReport'],
    verification: 'The calculation or measurement of the power demand for the reference workload, with its assumptions.',
  }),
  criterion({
    code: 'AC3',
    title: { en: 'Server utilisation' },
    description:
      'Points go to tenderers that commit to a higher average server utilisation for the service. Higher utilisation means fewer servers and less energy for the same work.',
    ambition: BOTH,
    aspects: ['serverUtilisation', 'energyEfficiency'],
    categories: DC_AND_CLOUD,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [measured('AC3.utilisation', 'Committed average server utilisation', BOTH, 'percent')],
    scoring: score.proportional('AC3.utilisation', 'higherIsBetter', `${BUYER_SETS_BANDS} Default: highest committed utilisation gets full points.`),
    evidence: ['technicalDossier', 'performanceReport'],
    verification: 'The commitment in the offer, with the monitoring method; delivery is then checked under CPC2.',
  }),
  criterion({
    code: 'AC4',
    title: { en: 'End-of-life management of servers' },
    description:
      'Points go to tenderers that commit to preparing a higher share of the servers they take back for reuse. Reuse keeps working equipment in service and avoids the impacts of manufacturing new servers.',
    ambition: BOTH,
    aspects: ['reuseRefurbishment', 'takeBack'],
    categories: DC,
    stage: 'endOfUse',
    l1061: L.endOfLife,
    goals: ['environmental.circularEconomy', 'environmental.resourceReuse', 'environmental.wasteReduction'],
    requirements: [measured('AC4.reuseShare', 'Share of the servers taken back that will be prepared for reuse', BOTH, 'percent')],
    scoring: score.proportional('AC4.reuseShare', 'higherIsBetter', `${BUYER_SETS_BANDS} Default: highest committed share gets full points.`),
    evidence: ['serviceAgreement', 'supplierDeclaration'],
    verification: 'The commitment in the offer; delivery is then checked through the end-destination reports of CPC3.',
  }),
  criterion({
    code: 'AC5',
    title: { en: 'Power usage effectiveness (PUE) – Designed PUE' },
    description:
      'Points go to data centre designs with a lower power usage effectiveness, the ratio of total facility energy to IT energy. A low PUE means little energy is spent on cooling and power distribution for each unit of IT energy.',
    ambition: BOTH,
    aspects: ['energyEfficiency', 'cooling'],
    categories: DC,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [measured('AC5.designedPue', 'Designed PUE of the facility', BOTH, 'ratio')],
    scoring: score.proportional('AC5.designedPue', 'lowerIsBetter', `${BUYER_SETS_BANDS} Default: lowest designed PUE gets full points.`),
    evidence: ['technicalDossier'],
    verification: 'The design calculation of the PUE, following the measurement standard, with its load assumptions; delivery is then checked under CPC4.',
    references: [EN_50600_PUE],
  }),
  criterion({
    code: 'AC6',
    title: { en: 'Power usage effectiveness (PUE) – PUE Improvement potential' },
    description:
      'Points go to operators of existing facilities that commit to reducing their PUE during the contract through a credible improvement plan. It rewards steady improvement where a new build is not on the table.',
    ambition: BOTH,
    aspects: ['energyEfficiency', 'cooling'],
    categories: DC_AND_CLOUD,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      measured('AC6.reduction', 'Committed reduction of the PUE over the contract, as a share of the current PUE', BOTH, 'percent', {
        bound: 'value',
        param: 'The buyer sets the period over which the reduction is measured and what the improvement plan must contain.',
      }),
    ],
    scoring: score.proportional('AC6.reduction', 'higherIsBetter', `${BUYER_SETS_BANDS} Default: largest committed reduction gets full points.`),
    evidence: ['technicalDossier', 'performanceReport'],
    verification: 'The current measured PUE and the improvement plan with its measures and timeline.',
    references: [EN_50600_PUE],
  }),
  criterion({
    code: 'AC7',
    title: { en: 'Cooling system energy consumption' },
    description:
      'Points go to cooling systems that need less energy for the cooling they deliver. It targets the single largest overhead in most data centres directly.',
    ambition: COMPREHENSIVE,
    aspects: ['cooling', 'energyEfficiency'],
    categories: DC_AND_CLOUD,
    l1061: L.energy,
    goals: ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'],
    requirements: [
      measured('AC7.coolingEfficiency', 'Cooling efficiency ratio: cooling delivered per unit of energy used by the cooling system', COMPREHENSIVE, 'ratio', {
        bound: 'value',
        param: 'The buyer names the metric and the method (for example a cooling efficiency ratio) and the operating conditions.',
      }),
    ],
    scoring: score.proportional('AC7.coolingEfficiency', 'higherIsBetter', `${BUYER_SETS_BANDS} Default: most efficient cooling gets full points.`),
    evidence: ['technicalDossier', 'performanceReport'],
    verification: 'The design calculation or measurement of the metric under the stated conditions.',
  }),
  criterion({
    code: 'AC8',
    title: { en: 'Waste heat reuse (for new data centres)' },
    description:
      'Points go to new data centre designs that reuse a larger share of their waste heat, expressed as the energy reuse factor. Heat supplied to a heating network or other user replaces energy that would otherwise be generated for it.',
    ambition: COMPREHENSIVE,
    aspects: ['wasteHeatReuse'],
    categories: DC,
    l1061: L.energy,
    goals: ['environmental.climateChangeMitigation', 'environmental.energyEfficiency'],
    requirements: [measured('AC8.erf', 'Designed energy reuse factor (0 to 1)', COMPREHENSIVE, 'ratio')],
    scoring: score.proportional('AC8.erf', 'higherIsBetter', `${BUYER_SETS_BANDS} Default: highest energy reuse factor gets full points.`),
    evidence: ['technicalDossier', 'serviceAgreement'],
    verification: 'The design calculation of the energy reuse factor and evidence of the heat user, such as an agreement with a heating network operator.',
    references: [EN_50600_ERF],
  }),
  criterion({
    code: 'AC9',
    title: { en: 'Waste heat reuse (for managed services)' },
    description:
      'Points go to managed or hosting services delivered from facilities that reuse a larger share of their waste heat. Buyers of services can thus favour operators that already put their heat to use.',
    ambition: COMPREHENSIVE,
    aspects: ['wasteHeatReuse'],
    categories: DC_AND_CLOUD,
    l1061: L.energy,
    goals: ['environmental.climateChangeMitigation', 'environmental.energyEfficiency'],
    requirements: [measured('AC9.erf', 'Measured energy reuse factor of the facility delivering the service (0 to 1)', COMPREHENSIVE, 'ratio')],
    scoring: score.proportional('AC9.erf', 'higherIsBetter', `${BUYER_SETS_BANDS} Default: highest energy reuse factor gets full points.`),
    evidence: ['performanceReport', 'technicalDossier'],
    verification: 'Metered data for the most recent year showing the heat reused and the energy reuse factor.',
    references: [EN_50600_ERF],
  }),
  criterion({
    code: 'AC10',
    title: { en: 'Renewable energy factor (REF)' },
    description:
      'Points go to data centres with a higher renewable energy factor. The core and comprehensive levels differ in the scale of points, which the buyer sets.',
    ambition: BOTH,
    aspects: ['renewableEnergy'],
    categories: DC_AND_CLOUD,
    l1061: L.climate,
    goals: ['environmental.climateChangeMitigation', 'environmental.carbonEmissionsReduction'],
    requirements: [measured('AC10.ref', 'Renewable energy factor committed for the contract (0 to 1)', BOTH, 'ratio')],
    scoring: score.proportional('AC10.ref', 'higherIsBetter', `${BUYER_SETS_BANDS} Default: highest renewable energy factor gets full points.`),
    evidence: ['conformityCertificate', 'performanceReport', 'technicalDossier'],
    verification: 'Guarantees of origin or power purchase agreements covering the committed share; delivery is then checked under CPC9.',
    references: [EN_50600_REF],
  }),
  criterion({
    code: 'AC11',
    title: { en: 'Global warming potential of mixture of refrigerants' },
    description:
      'Points go to cooling systems that use refrigerants with a lower global warming potential. At the core level this rewards what the comprehensive level requires as a specification.',
    ambition: CORE,
    aspects: ['refrigerants'],
    categories: DC_AND_CLOUD,
    l1061: L.climate,
    goals: ['environmental.climateChangeMitigation', 'environmental.pollutionPrevention'],
    requirements: [
      measured('AC11.gwp', 'Global warming potential of the refrigerant mixture, calculated per Annex IV of Regulation (EU) No 517/2014', CORE, 'gwp100', {
        presets: [nordicGwp],
      }),
    ],
    scoring: score.proportional(
      'AC11.gwp',
      'lowerIsBetter',
      `${BUYER_SETS_BANDS} Default: lowest GWP gets full points; natural refrigerants can have a GWP near zero, so bands are advisable.`,
    ),
    evidence: ['technicalDossier'],
    verification: 'The refrigerants used, with their quantities and the GWP calculation for the mixture.',
    references: [F_GAS],
  }),

  // ============================================================================================
  // Contract performance clauses
  // ============================================================================================
  criterion({
    code: 'CPC1',
    title: { en: 'Monitoring of IT energy consumption' },
    description:
      'During the contract the operator meters and reports the energy used by the IT equipment. Regular reports let the buyer see whether the efficiency promised in the tender is delivered.',
    ambition: COMPREHENSIVE,
    aspects: ['energyEfficiency', 'transparency'],
    categories: DC_AND_CLOUD,
    l1061: L.energyReporting,
    goals: ['environmental.energyEfficiency'],
    requirements: [
      yes('CPC1.reporting', 'IT energy consumption is reported as the contract specifies', COMPREHENSIVE, {
        param: 'The buyer sets the metering points, the reporting interval and the report format.',
      }),
    ],
    evidence: ['performanceReport'],
    verification: 'The buyer checks the periodic reports against metered data.',
  }),
  criterion({
    code: 'CPC2',
    title: { en: 'Monitoring of IT equipment utilisation' },
    description:
      'During the contract the operator monitors and reports how heavily the IT equipment is used. It makes the utilisation commitment of the award stage verifiable and flags idle capacity.',
    ambition: BOTH,
    aspects: ['serverUtilisation', 'transparency'],
    categories: DC_AND_CLOUD,
    l1061: L.energyReporting,
    goals: ['environmental.energyEfficiency'],
    requirements: [
      yes('CPC2.reporting', 'IT equipment utilisation is reported as the contract specifies', BOTH, {
        param: 'The buyer sets the utilisation metrics, the reporting interval and the report format.',
      }),
    ],
    evidence: ['performanceReport'],
    verification: 'The buyer checks the periodic reports against monitoring data.',
  }),
  criterion({
    code: 'CPC3',
    title: { en: 'Reporting on the end-destination of servers, data storage and network equipment' },
    description:
      'The contractor reports what happened to each item of equipment taken back: reused, recycled or disposed of, with data sanitisation records. The reports make the end-of-life commitments checkable.',
    ambition: BOTH,
    aspects: ['transparency', 'takeBack', 'reuseRefurbishment'],
    categories: DC_AND_NETWORK,
    stage: 'endOfUse',
    l1061: L.endOfLifeReporting,
    goals: ['environmental.circularEconomy', 'environmental.resourceReuse', 'environmental.recycling'],
    requirements: [
      yes('CPC3.report', 'Reports give, per item or batch, the destination (reused, recycled, disposed of) with sanitisation records', BOTH, {
        param: 'The buyer sets the content of the report and how often it is due.',
      }),
    ],
    evidence: ['performanceReport', 'dataErasureCertificate', 'recyclerCertificate'],
    verification: 'The buyer checks each report against the take-back records and samples the erasure certificates.',
  }),
  criterion({
    code: 'CPC4',
    title: { en: 'Demonstration of power usage effectiveness (PUE) at handover' },
    description:
      'At handover of a new or retrofitted facility, the contractor demonstrates by measurement that the PUE offered in the tender is reached. It ties the design promise to the delivered building.',
    ambition: COMPREHENSIVE,
    aspects: ['energyEfficiency', 'transparency'],
    categories: DC,
    l1061: L.energyReporting,
    goals: ['environmental.energyEfficiency'],
    requirements: [
      yes('CPC4.demonstrated', 'The measured PUE at handover reaches the designed PUE under the test conditions the buyer sets', COMPREHENSIVE, {
        param: 'The buyer sets the test conditions, load levels, measurement period and tolerance.',
      }),
    ],
    evidence: ['performanceReport', 'auditReport'],
    verification: 'A commissioning report with the measurements, witnessed or audited as the contract specifies.',
    references: [EN_50600_PUE],
  }),
  criterion({
    code: 'CPC5',
    title: { en: 'Monitoring of power usage effectiveness (PUE) input values' },
    description:
      'During the contract the operator meters and reports the values from which PUE is calculated: total facility energy and IT energy. Reporting the inputs, not only the result, lets the buyer check the figure.',
    ambition: BOTH,
    aspects: ['energyEfficiency', 'transparency'],
    categories: DC_AND_CLOUD,
    l1061: L.energyReporting,
    goals: ['environmental.energyEfficiency'],
    requirements: [
      yes('CPC5.reporting', 'Total facility energy and IT energy are reported as the contract specifies', BOTH, {
        param: 'The buyer sets the metering points, the measurement frequency and the reporting interval.',
      }),
    ],
    evidence: ['performanceReport'],
    verification: 'The buyer checks the periodic reports against metered data.',
    references: [EN_50600_PUE, RATING_SCHEME],
  }),
  criterion({
    code: 'CPC6',
    title: { en: 'Implementation of best practice designs' },
    description:
      'The contractor shows that the best practices promised in the design were actually built and commissioned. It guards against energy-saving features that exist only on paper.',
    ambition: COMPREHENSIVE,
    aspects: ['cooling', 'energyEfficiency'],
    categories: DC,
    l1061: L.energyReporting,
    goals: ['environmental.energyEfficiency'],
    requirements: [
      yes('CPC6.evidence', 'Evidence is delivered that each promised best practice is implemented', COMPREHENSIVE, {
        param: 'The buyer sets the evidence expected (for example as-built documentation, commissioning records, an independent audit).',
      }),
    ],
    evidence: ['auditReport', 'performanceReport', 'technicalDossier'],
    verification: 'As-built documentation and commissioning records, or an independent audit.',
    references: [CODE_OF_CONDUCT],
  }),
  criterion({
    code: 'CPC7',
    title: { en: 'Monitoring of cooling system’s energy consumption' },
    description:
      'During the contract the operator meters and reports the energy used by the cooling system. It makes the cooling efficiency offered at award verifiable.',
    ambition: COMPREHENSIVE,
    aspects: ['cooling', 'transparency'],
    categories: DC_AND_CLOUD,
    l1061: L.energyReporting,
    goals: ['environmental.energyEfficiency'],
    requirements: [
      yes('CPC7.reporting', 'Cooling system energy consumption is reported as the contract specifies', COMPREHENSIVE, {
        param: 'The buyer sets the metering points, the reporting interval and the report format.',
      }),
    ],
    evidence: ['performanceReport'],
    verification: 'The buyer checks the periodic reports against metered data.',
  }),
  criterion({
    code: 'CPC8',
    title: { en: 'Monitoring of the heating supply and connection' },
    description:
      'During the contract the operator reports the heat supplied to the heat user and the state of the connection. It checks that waste heat reuse promised in the tender actually takes place.',
    ambition: COMPREHENSIVE,
    aspects: ['wasteHeatReuse', 'transparency'],
    categories: DC,
    l1061: L.energyReporting,
    goals: ['environmental.climateChangeMitigation', 'environmental.energyEfficiency'],
    requirements: [
      yes('CPC8.reporting', 'Heat supplied and the state of the connection are reported as the contract specifies', COMPREHENSIVE, {
        param: 'The buyer sets the quantities, the reporting interval and the report format.',
      }),
    ],
    evidence: ['performanceReport'],
    verification: 'The buyer checks the reports against heat meter data and the heat user’s records.',
    references: [EN_50600_ERF],
  }),
  criterion({
    code: 'CPC9',
    title: { en: 'Renewable energy factor (REF)' },
    description:
      'During the contract the operator reports the renewable energy factor achieved, backed by guarantees of origin or power purchase agreements. It keeps the renewable electricity commitment honest over time.',
    ambition: BOTH,
    aspects: ['renewableEnergy', 'transparency'],
    categories: DC_AND_CLOUD,
    l1061: L.climateReporting,
    goals: ['environmental.climateChangeMitigation', 'environmental.carbonEmissionsReduction'],
    requirements: [
      yes('CPC9.reporting', 'The renewable energy factor achieved is reported with its supporting certificates, as the contract specifies', BOTH, {
        param: 'The buyer sets the reporting interval and the supporting documents required.',
      }),
    ],
    evidence: ['performanceReport', 'conformityCertificate'],
    verification: 'The buyer checks the reported factor against the guarantees of origin or power purchase agreements for the period.',
    references: [EN_50600_REF],
  }),
  criterion({
    code: 'CPC10',
    title: { en: 'Global warming potential of mixtures of refrigerants' },
    description:
      'During the contract the operator reports any change to the refrigerants in use and their global warming potential, including top-ups after leaks. It stops higher-GWP refrigerants from creeping back in after award.',
    ambition: COMPREHENSIVE,
    aspects: ['refrigerants', 'transparency'],
    categories: DC_AND_CLOUD,
    l1061: L.climateReporting,
    goals: ['environmental.climateChangeMitigation', 'environmental.pollutionPrevention'],
    requirements: [
      yes('CPC10.reporting', 'Refrigerant changes, top-ups and the resulting GWP are reported as the contract specifies', COMPREHENSIVE, {
        param: 'The buyer sets the reporting interval and the report format.',
      }),
    ],
    evidence: ['performanceReport'],
    verification: 'The buyer checks the reports against maintenance records of the cooling system.',
    references: [F_GAS],
  }),
]
