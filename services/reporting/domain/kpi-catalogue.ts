// KPI catalogue K01–K21 (docs/sources.md#kpi-formulas): name, formula, unit, data source and
// basis, named by its public source; flags say how sure the basis is (V verified in a primary
// source, S secondary source, R recalled and still to be checked), in their own field only.

export type KpiId =
  | 'K01' | 'K02' | 'K03' | 'K04' | 'K05' | 'K06' | 'K07' | 'K08' | 'K09' | 'K10'
  | 'K11' | 'K12' | 'K13' | 'K14' | 'K15' | 'K16' | 'K17' | 'K18' | 'K19' | 'K20'
  | 'K21'

export type SourceFlag = 'V' | 'S' | 'R'

// What one record behind recordCount is, so "12 records" can be read correctly.
export type RecordKind = 'procurement' | 'contract' | 'unitLine' | 'performanceReport' | 'supplier'

interface KpiDefinitionBase {
  id: KpiId
  name: string
  formula: string
  unit: string
  dataSource: string
  basis: string
  flags: readonly SourceFlag[]
}

export interface ComputableKpi extends KpiDefinitionBase {
  computable: true
  recordKind: RecordKind
  // Where our read model forces a reading of the formula, said once here rather than per result.
  implementationNote: string | null
}

export interface NonComputableKpi extends KpiDefinitionBase {
  computable: false
  reason: string
}

export type KpiDefinition = ComputableKpi | NonComputableKpi

export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  {
    id: 'K01',
    name: 'Share of ICT procedures with circular criteria',
    formula: 'n(processes with `hasSustainability` ∧ goal ∈ circular set) / n(ICT processes)',
    unit: '%',
    dataSource: '`tender.hasSustainability`, `sustainability[].goal`, CPV 30.2/32.25/48/72',
    basis: 'OCDS sustainability extension, its motivation',
    flags: ['V'],
    computable: true,
    recordKind: 'procurement',
    implementationNote:
      'The circular goal set is a configurable choice of ours (default: circularEconomy, resourceReuse, recycling, wasteReduction and their sub-codes); a procedure is ICT when any of its CPV codes lies within a catalogue category’s code (network equipment 32420000 and copiers 30121100 included) or CPV 30.2/32.25/48/72; only environmental criteria make it circular (software and e-services criteria do not: they have their own share, K21); procedures are placed in time by publication date.',
  },
  {
    id: 'K02',
    name: 'Share of ICT spend with circular criteria',
    formula: 'Σ awarded/contract value where lot has circular goal / Σ ICT contract value',
    unit: '%',
    dataSource: '`awards[].value`, `lots[].sustainability`',
    basis: 'common GPP monitoring practice',
    flags: ['R'],
    computable: true,
    recordKind: 'contract',
    implementationNote:
      'An award without a lot takes the tender-level tags; values in several currencies are not added up (no exchange rates in the read model).',
  },
  {
    id: 'K03',
    name: 'Share by strategy',
    formula: 'count/value by `strategies` (TS, AC, SC, CPC, euGPPCriteria…)',
    unit: '%',
    dataSource: '`sustainability[].strategies`',
    basis: 'OCDS sustainability extension',
    flags: ['V'],
    computable: true,
    recordKind: 'procurement',
    implementationNote:
      'One figure per strategy code and basis (count of ICT procedures, value of ICT contracts); the base is all ICT procedures or contract value in scope, so shares do not add up to 100 %.',
  },
  {
    id: 'K04',
    name: 'Share of EU/national GPP-based procedures',
    formula: 'BT-805 ≠ none',
    unit: '%',
    dataSource: '`strategies` ∋ *GPPCriteria',
    basis: 'eForms, BT-805 green procurement criteria',
    flags: ['V'],
    computable: true,
    recordKind: 'procurement',
    implementationNote: 'Counts ICT procedures whose environmental criteria include euGPPCriteria, nationalGPPCriteria or otherGPPCriteria; software and e-services criteria (Digital Public Goods Standard, GovStack reuse) do not make a procedure GPP: they have their own share, K21.',
  },
  {
    id: 'K05',
    name: 'Share of refurbished/remanufactured units',
    formula: 'refurbished units / all units delivered',
    unit: '%',
    dataSource: 'item classification / our `condition` attribute',
    basis: 'Circular and Fair ICT Pact, "boost refurbishment" ambition',
    flags: ['V'],
    computable: true,
    recordKind: 'unitLine',
    implementationNote: 'Contracted units stand in for delivered units: the read model holds no delivery records.',
  },
  {
    id: 'K06',
    name: 'Average contracted service life',
    formula: 'Σ(units × planned life) / Σ units',
    unit: 'years',
    dataSource: 'contract/asset data',
    basis: 'common monitoring practice',
    flags: ['R'],
    computable: true,
    recordKind: 'unitLine',
    implementationNote: null,
  },
  {
    id: 'K07',
    name: 'Lifetime extension',
    formula: 'actual (or planned) life − baseline life',
    unit: 'years',
    dataSource: 'asset register',
    basis: 'ITU-T L.1061, aim: maximise useful life',
    flags: ['V'],
    computable: true,
    recordKind: 'unitLine',
    implementationNote:
      'Planned life (no asset register in the read model) minus the factor set default lifetime, unit-weighted over new units; refurbished units are left out because their planned life is a second life.',
  },
  {
    id: 'K08',
    name: 'Warranty / support coverage',
    formula: 'mean warranty years; % units with ≥5-yr updates',
    unit: 'years, %',
    dataSource: 'bid responses',
    basis: 'TCO Certified generation 10: 5 years of software updates',
    flags: ['V'],
    computable: true,
    recordKind: 'unitLine',
    implementationNote:
      'Two figures: unit-weighted mean warranty years, and the share of units with at least 5 years of operating-system and security updates: Σ units whose winning bid answered ≥ 5 years / Σ units whose tender asked. A unit line’s support years are its winning bid’s answer to a year requirement of a criterion with the softwareSupport aspect (the OS and security update criteria), the longest when it answered several; software and e-services criteria do not count (their years are the software’s). Lines whose tender asked no support years are left out and counted in the note.',
  },
  {
    id: 'K09',
    name: 'Take-back (collection) rate',
    formula: 'units collected / units reaching end of use',
    unit: '%',
    dataSource: 'CPC2 reports',
    basis: 'EU GPP criteria for computers (2021), TS23 and CPC2',
    flags: ['S'],
    computable: true,
    recordKind: 'performanceReport',
    implementationNote: 'Pooled over contracts and periods whose clause reports give both figures; the clauses of one contract and period are combined first, and a period without either figure is left out and counted in the note.',
  },
  {
    id: 'K10',
    name: 'Reuse rate',
    formula: 'units prepared for reuse / units collected',
    unit: '%',
    dataSource: 'CPC2 reports',
    basis: 'Norway, DFØ reporting, item 1',
    flags: ['V'],
    computable: true,
    recordKind: 'performanceReport',
    implementationNote: 'Units reported as reused over units collected, pooled over the contracts and periods that give both.',
  },
  {
    id: 'K11',
    name: 'Recycling rate (formal)',
    formula: 'mass sent to certified recyclers / mass collected',
    unit: '%',
    dataSource: 'CPC2',
    basis: 'Global E-waste Monitor and Connect 2030: 30 % recycling target',
    flags: ['V'],
    computable: true,
    recordKind: 'performanceReport',
    implementationNote: 'Pooled over the contracts and periods that give both masses; the others are left out and counted in the note.',
  },
  {
    id: 'K12',
    name: 'Data-sanitisation compliance',
    formula: 'units with erasure certificate / storage-bearing units collected',
    unit: '%',
    dataSource: 'CPC2',
    basis: 'ITU-T L.1081',
    flags: ['V'],
    computable: true,
    recordKind: 'performanceReport',
    implementationNote:
      'Counts sanitisationCertificates (one erasure certificate per unit), not unitsSanitised, over unitsCollected: reports do not say which collected units bear storage, so every one counts as storage-bearing.',
  },
  {
    id: 'K13',
    name: 'E-waste avoided',
    formula: 'Σ avoided devices × mass',
    unit: 'kg',
    dataSource: 'footprint formulas (docs/sources.md#footprint-formulas)',
    basis: 'this building block’s own method',
    flags: ['R'],
    computable: true,
    recordKind: 'unitLine',
    implementationNote:
      'Avoided devices over the contracted life: new units N × (L1/L0 − 1) with L0 the factor set lifetime (ΔB × L1 of the footprint formulas), refurbished units one new device each; mass from the bid, else the factor set.',
  },
  {
    id: 'K14',
    name: 'Embodied GHG avoided',
    formula: 'Σ avoided devices × E_emb − refurbishment burden',
    unit: 'kgCO2e',
    dataSource: 'footprint formulas (docs/sources.md#footprint-formulas)',
    basis: 'Norway, DFØ reporting, item 3',
    flags: ['V'],
    computable: true,
    recordKind: 'unitLine',
    implementationNote:
      'Same avoided devices as K13; refurbished units count E_emb,new − E_refurb each and are left out where the factor set has no refurbishment burden for the device type.',
  },
  {
    id: 'K15',
    name: 'Use-phase GHG',
    formula: 'Σ units × TEC (kWh/yr) × EF_grid × years',
    unit: 'kgCO2e',
    dataSource: 'ENERGY STAR/EPREL data',
    basis: 'common monitoring practice',
    flags: ['R'],
    computable: true,
    recordKind: 'unitLine',
    implementationNote: 'Years are the planned lifetime; TEC from the bid, else the factor set median; one grid factor chosen by the caller.',
  },
  {
    id: 'K16',
    name: 'Recovered metals (theoretical)',
    formula: 'from recycler reports (Au, Ag, Pd/Pt)',
    unit: 'g',
    dataSource: 'CPC2',
    basis: 'Norway, DFØ reporting, item 2',
    flags: ['V'],
    computable: true,
    recordKind: 'performanceReport',
    implementationNote:
      'One total per metal (gold, silver, palladium); platinum is not in the report model. Reports without recovered metals are left out and counted in the note.',
  },
  {
    id: 'K17',
    name: 'Total cost of ownership (LCC)',
    formula: 'see docs/sources.md#life-cycle-cost',
    unit: 'currency',
    dataSource: 'bids + operating data',
    basis: 'Directive 2014/24/EU, Art. 68',
    flags: ['R'],
    computable: true,
    recordKind: 'contract',
    implementationNote:
      'The sum of the winning bids’ life-cycle costs as the assessment computed them at evaluation (acquisition + energy over the tender’s years at its tariff + service − residual value); placed in time by award date; not added across currencies; operating costs met after the award are not in the read model.',
  },
  {
    id: 'K18',
    name: 'Ecolabel coverage',
    formula: 'units of models covered by a verified, valid Type I ecolabel certificate (EU Ecolabel, EPEAT, TCO Certified, Blue Angel) / all units',
    unit: '%',
    dataSource: 'evidence registry',
    basis: 'common monitoring practice',
    flags: ['R'],
    computable: true,
    recordKind: 'unitLine',
    implementationNote:
      'A unit counts as labelled when its winning bid holds a Type I ecolabel certificate an evaluator verified, valid on the as-of date (known valid from its verification; without an end date it does not lapse), whose scheme is a Type I ecolabel (ISO 14024) and whose coverage lists the unit’s model. ENERGY STAR is no Type I ecolabel. Certificates naming no scheme (reviewed before evidence named one) count for no unit; the note says how many were left out.',
  },
  {
    id: 'K19',
    name: 'Suppliers with verified EMS/ESG certs',
    formula: 'suppliers with a verified, valid ISO 14001 or EMAS certificate / suppliers awarded',
    unit: '%',
    dataSource: 'evidence registry',
    basis: 'common monitoring practice',
    flags: ['R'],
    computable: true,
    recordKind: 'supplier',
    implementationNote:
      'Suppliers are those awarded in scope; a management-system certificate counts when verified, valid on the as-of date and of an environmental management standard (ISO 14001, EMAS), never ISO 9001 or ISO 45001. Certificates naming no standard (reviewed before evidence named one) count for no supplier; the note says how many were left out.',
  },
  {
    id: 'K20',
    name: 'DC: PUE, REF, ERF, WUE, server utilisation',
    formula: 'as defined in EN 50600-4-x / Reg. 2024/1364',
    unit: 'ratio',
    dataSource: 'CPCs of DC contracts',
    basis: 'EU GPP criteria for data centres (2020); Commission Delegated Regulation (EU) 2024/1364',
    flags: ['S', 'V'],
    computable: true,
    recordKind: 'performanceReport',
    implementationNote:
      'Unweighted mean of the reported values per metric: an energy-weighted PUE would need the energy totals, which reports do not carry.',
  },
  {
    id: 'K21',
    name: 'Share of ICT procedures with software and e-services criteria',
    formula: 'n(ICT processes whose criteria include software and e-services criteria) / n(ICT processes)',
    unit: '%',
    dataSource: '`tender.criteria[].id` (DPG-GOVSTACK.*), CPV 30.2/32.25/48/72',
    basis: 'Digital Public Goods Standard; GovStack reuse of building blocks; ITU, Circular and Sustainable Public Procurement for ICTs: GovStack and the reuse of digital public goods',
    flags: ['R'],
    computable: true,
    recordKind: 'procurement',
    implementationNote:
      'Software and e-services criteria are the catalogue’s DPG-GOVSTACK criteria (open licence, documentation, open standards, reuse of building blocks, security-update support of the software); the base is the ICT procedures in scope, as for K01 and K04; these criteria count here only, never toward K01–K04; procedures are placed in time by publication date.',
  },
]
