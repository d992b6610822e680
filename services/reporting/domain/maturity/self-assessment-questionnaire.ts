// Our own self-assessment questionnaire (docs/sources.md#maturity-questionnaire). It follows the three
// levels of guidance of the ITU guide "Circular and Sustainable Public Procurement for ICTs",
// but ITU publishes no maturity scale or questionnaire: product copy must not present this as
// an ITU model. Each item lists the public sources it was made from, by name: how sure each anchor
// is stays in docs/sources.md#maturity-questionnaire, never in what a respondent reads.

export const SELF_ASSESSMENT = {
  id: 'circular-ict-procurement-self-assessment',
  version: '1.0.0',
  title:
    'Circular ICT procurement self-assessment (this building block’s own questionnaire, organised by the three levels of guidance of the ITU guide; not an ITU publication)',
} as const

export type MaturityLevel = 1 | 2 | 3

export const LEVEL_NAMES: Readonly<Record<MaturityLevel, string>> = {
  1: 'Policy and strategy',
  2: 'Creating the conditions',
  3: 'Embedding circularity and sustainability into procurement processes',
}

export interface ScaleStage {
  value: number
  label: string
  description: string
}

// Five stages after the pattern of ITU's Smart Sustainable Cities Maturity Model (U4SSC).
export const STAGE_SCALE: readonly ScaleStage[] = [
  { value: 0, label: 'Not in place', description: 'Nothing exists yet.' },
  { value: 1, label: 'Planned / ad hoc', description: 'Planned, or done now and then without a documented approach.' },
  { value: 2, label: 'Defined', description: 'Documented and approved.' },
  { value: 3, label: 'Implemented', description: 'Used in most relevant ICT procurements; evidence exists.' },
  { value: 4, label: 'Monitored & improving', description: 'Measured against targets and reviewed at least yearly.' },
]

export interface QuestionnaireItem {
  id: string
  level: MaturityLevel
  text: string
  sources: readonly string[]
  scale: readonly ScaleStage[]
  // Only for items that do not concern every buyer (e-services when no software is bought).
  notApplicableAllowed: boolean
}

type ItemRow = [id: string, text: string, sources: string[], notApplicableAllowed?: boolean]

const LEVEL_ITEMS: Readonly<Record<MaturityLevel, readonly ItemRow[]>> = {
  1: [
    ['P1.1', 'A circular & sustainable ICT procurement policy exists and is formally approved', ['ITU guide, level of guidance 1', 'ITU Academy course, learning outcome 1', 'ITU-T L.1061 clause 8.1 (policy)', 'SDG indicator 12.7.1, item A.1']],
    ['P1.2', 'The policy is publicly available', ['ITU Academy course, learning outcome 3']],
    ['P1.3', 'ICT circularity goals are aligned with national/organisational policies (climate, e-waste, digital/GovStack strategy)', ['ITU Academy course, learning outcome 1', 'OECD: GPP linked to environmental commitments']],
    ['P1.4', 'Quantified targets are set (e.g. % ICT tenders with circular criteria, device lifetime, refurbished share, take-back rate) with baseline and deadline', ['ITU Academy course, learning outcome 2', 'SDG indicator 12.7.1, item E.2']],
    ['P1.5', 'Measurement indicators defined and progress tracked/reported at least yearly', ['ITU Academy course, learning outcome 2', 'SDG indicator 12.7.1, items E.1 and E.3', 'OECD/SIGMA, share of green public procurement']],
    ['P1.6', 'Priority ICT categories defined (laptops, smartphones, monitors, servers, network, imaging, e-services)', ['ITU-T L.1061 scope', 'SDG indicator 12.7.1, items D and F (priority products)']],
    ['P1.7', 'Strategy follows the e-waste hierarchy (avoid → reuse → repair/refurbish → recycle)', ['ITU-T L.1061 clause 7 (the e-waste hierarchy)']],
    ['P1.8', 'Social/fair-supply-chain aspects included in policy (due diligence, labour rights)', ['SDG indicator 12.7.1, item D.2', 'Circular and Fair ICT Pact']],
  ],
  2: [
    ['C2.1', 'Adequate time and resources are budgeted for ICT procurement planning before tenders', ['ITU Academy course, learning outcome 4']],
    ['C2.2', 'Structured market engagement with ICT suppliers on circularity (RFI, dialogue) for policy and for individual tenders', ['ITU Academy course, learning outcome 5', 'Global Electronics Council, Purchaser Guide for Circularity']],
    ['C2.3', 'Procurement staff trained (e.g. ITU Academy course completed)', ['ITU Academy course on the guide', 'SDG indicator 12.7.1, item C.3']],
    ['C2.4', 'Approved internal guidance/criteria set for ICT available to buyers', ['SDG indicator 12.7.1, items C.1 and D.1', 'OECD/SIGMA, green procurement tools available']],
    ['C2.5', 'Legal framework/internal rules allow sustainability in specs, selection, award, contract clauses and LCC', ['SDG indicator 12.7.1, items B.1 to B.7', 'OECD/SIGMA, legal framework for green procurement']],
    ['C2.6', 'Needs assessment practice (avoid purchase, sharing, reuse of existing assets)', ['ITU-T L.1061 clause 8.4 (needs assessment)']],
    ['C2.7', 'ICT asset inventory with traceability (IDs, age, warranty, location)', ['ITU-T L.1061 clause 8.8 (traceability)']],
    ['C2.8', 'Cross-functional governance (procurement + IT + sustainability + finance) with named owner', ['this building block’s own design']],
    ['C2.9', 'Cost methods: LCC/TCO used for ICT', ['ITU-T L.1061 clause 6.2 (methods for calculating cost)', 'SDG indicator 12.7.1, item B.6']],
    ['C2.10', 'Ownership models considered (buy / lease / device-as-a-service / buy-back)', ['ITU-T L.1061 clause 6.4 (models of ownership)']],
    ['C2.11', 'Channels to share good practice/case studies; incentives/awards', ['SDG indicator 12.7.1, items C.2, C.4 and C.5']],
  ],
  3: [
    ['P3.1', 'Circular criteria in technical specifications (durability, repairability, spare parts, warranty, software support, batteries, energy, hazardous substances)', ['ITU Academy course, learning outcome 6', 'ITU-T L.1061 clauses 8.2, 8.3, 8.10 and 9', 'EU GPP criteria for computers (2021)']],
    ['P3.2', 'Sustainability in selection criteria (EMS, take-back/recycling capability, supply-chain due diligence)', ['SDG indicator 12.7.1, item B.3']],
    ['P3.3', 'Award criteria reward higher circular performance (e.g. L.1023 circularity score, label tiers)', ['SDG indicator 12.7.1, item B.5', 'ITU-T L.1023']],
    ['P3.4', 'Contract performance clauses (repair SLAs, take-back, reporting, data sanitisation) enforced', ['ITU Academy course, learning outcomes 6 and 7', 'SDG indicator 12.7.1, item B.7']],
    ['P3.5', 'Verification rules defined (labels and equivalents, test reports, declarations)', ['ITU-T L.1061 clause 6.5 (verification)', 'Directive 2014/24/EU Art. 43–44']],
    ['P3.6', 'International standards / ITU Recommendations referenced (L.1061, L.1015/1017, L.1023, L.1081, L.1304)', ['ITU Academy course, learning outcome 7']],
    ['P3.7', 'Refurbished/remanufactured options allowed or required', ['ITU-T L.1061 clauses 7 and 9', 'EU GPP criteria for computers (2021), SC2 and TS24–TS28']],
    ['P3.8', 'End-of-use: reuse first, certified sanitisation (L.1081), certified recycling, end-destination reports', ['ITU-T L.1061 clauses 7 and 8.6', 'ITU-T L.1081']],
    ['P3.9', 'e-services: reuse-first check against existing GovStack building blocks / digital public goods before buying new software', ['ITU guide, statement on GovStack'], true],
    ['P3.10', 'e-services: solutions tested/validated in the GovStack Sandbox (or equivalent) before/within procurement', ['ITU guide, statement on GovStack'], true],
    ['P3.11', 'e-services: open standards/open-source/DPG options considered to avoid lock-in and duplicated infrastructure', ['ITU guide, reuse of digital public goods'], true],
    ['P3.12', 'Contract data published in structured form (OCDS/eForms) with sustainability tags so KPIs can be computed', ['Open Contracting Partnership, Open SPP', 'OECD/SIGMA, administrative data on green procurement']],
  ],
}

export const QUESTIONNAIRE_ITEMS: readonly QuestionnaireItem[] = ([1, 2, 3] as const).flatMap((level) =>
  LEVEL_ITEMS[level].map(([id, text, sources, notApplicableAllowed = false]) => ({
    id,
    level,
    text,
    sources,
    scale: STAGE_SCALE,
    notApplicableAllowed,
  })),
)
