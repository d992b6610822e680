// Our own self-assessment questionnaire (docs/sources.md#maturity-questionnaire). It follows the three
// levels of guidance of the ITU guide "Circular and Sustainable Public Procurement for ICTs",
// but ITU publishes no maturity scale or questionnaire: product copy must not present this as
// an ITU model. Each item lists the public sources it was made from; the page explains their tags.

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
    ['P1.1', 'A circular & sustainable ICT procurement policy exists and is formally approved', ['Guide L1 (V)', 'LO1', 'L.1061 8.1 Policy (V)', 'SDG 12.7.1 A.1 (V)']],
    ['P1.2', 'The policy is publicly available', ['LO3 (V)']],
    ['P1.3', 'ICT circularity goals are aligned with national/organisational policies (climate, e-waste, digital/GovStack strategy)', ['LO1 (V)', 'OECD: GPP linked to environmental commitments (V)']],
    ['P1.4', 'Quantified targets are set (e.g. % ICT tenders with circular criteria, device lifetime, refurbished share, take-back rate) with baseline and deadline', ['LO2 (V)', 'SDG 12.7.1 E.2 (V)']],
    ['P1.5', 'Measurement indicators defined and progress tracked/reported at least yearly', ['LO2 (V)', 'SDG 12.7.1 E.1/E.3 (V)', 'SIGMA GPP % (V)']],
    ['P1.6', 'Priority ICT categories defined (laptops, smartphones, monitors, servers, network, imaging, e-services)', ['L.1061 scope (V)', 'SDG 12.7.1 D / F "priority products" (V)']],
    ['P1.7', 'Strategy follows the e-waste hierarchy (avoid → reuse → repair/refurbish → recycle)', ['L.1061 cl. 7 (V title)']],
    ['P1.8', 'Social/fair-supply-chain aspects included in policy (due diligence, labour rights)', ['SDG 12.7.1 D.2 (V)', 'CFIT (V)']],
  ],
  2: [
    ['C2.1', 'Adequate time and resources are budgeted for ICT procurement planning before tenders', ['LO4 (V)']],
    ['C2.2', 'Structured market engagement with ICT suppliers on circularity (RFI, dialogue) for policy and for individual tenders', ['LO5 (V)', 'GEC Purchaser Guide (V)']],
    ['C2.3', 'Procurement staff trained (e.g. ITU Academy course completed)', ['course (V)', 'SDG 12.7.1 C.3 (V)']],
    ['C2.4', 'Approved internal guidance/criteria set for ICT available to buyers', ['SDG 12.7.1 C.1, D.1 (V)', 'SIGMA "tools available" (V)']],
    ['C2.5', 'Legal framework/internal rules allow sustainability in specs, selection, award, contract clauses and LCC', ['SDG 12.7.1 B.1–B.7 (V)', 'SIGMA legal-framework element (V)']],
    ['C2.6', 'Needs assessment practice (avoid purchase, sharing, reuse of existing assets)', ['L.1061 8.4 (V title)']],
    ['C2.7', 'ICT asset inventory with traceability (IDs, age, warranty, location)', ['L.1061 8.8 Traceability (V title)']],
    ['C2.8', 'Cross-functional governance (procurement + IT + sustainability + finance) with named owner', ['D (guide roles not retrievable — R)']],
    ['C2.9', 'Cost methods: LCC/TCO used for ICT', ['L.1061 6.2 (V title)', 'SDG 12.7.1 B.6 (V)']],
    ['C2.10', 'Ownership models considered (buy / lease / device-as-a-service / buy-back)', ['L.1061 6.4 (V title)']],
    ['C2.11', 'Channels to share good practice/case studies; incentives/awards', ['SDG 12.7.1 C.2, C.4, C.5 (V)']],
  ],
  3: [
    ['P3.1', 'Circular criteria in technical specifications (durability, repairability, spare parts, warranty, software support, batteries, energy, hazardous substances)', ['LO6 (V)', 'L.1061 8.2, 8.3, 8.10, 9 (V titles)', 'EU GPP (S)']],
    ['P3.2', 'Sustainability in selection criteria (EMS, take-back/recycling capability, supply-chain due diligence)', ['SDG 12.7.1 B.3 (V)']],
    ['P3.3', 'Award criteria reward higher circular performance (e.g. L.1023 circularity score, label tiers)', ['SDG 12.7.1 B.5 (V)', 'L.1023 (V*)']],
    ['P3.4', 'Contract performance clauses (repair SLAs, take-back, reporting, data sanitisation) enforced', ['LO6, LO7 (V)', 'SDG 12.7.1 B.7 (V)']],
    ['P3.5', 'Verification rules defined (labels and equivalents, test reports, declarations)', ['L.1061 6.5 (V title)', 'Directive 2014/24/EU Art. 43–44']],
    ['P3.6', 'International standards / ITU Recommendations referenced (L.1061, L.1015/1017, L.1023, L.1081, L.1304)', ['LO7 (V)']],
    ['P3.7', 'Refurbished/remanufactured options allowed or required', ['L.1061 cl. 7/9 (R content)', 'EU GPP SC2, TS24–28 (S)']],
    ['P3.8', 'End-of-use: reuse first, certified sanitisation (L.1081), certified recycling, end-destination reports', ['L.1061 cl. 7, 8.6 (V titles)', 'L.1081 (V*)']],
    ['P3.9', 'e-services: reuse-first check against existing GovStack building blocks / digital public goods before buying new software', ['Guide GovStack statement (V) → D item'], true],
    ['P3.10', 'e-services: solutions tested/validated in the GovStack Sandbox (or equivalent) before/within procurement', ['Guide GovStack statement (V) → D item'], true],
    ['P3.11', 'e-services: open standards/open-source/DPG options considered to avoid lock-in and duplicated infrastructure', ['Guide "reuse of DPGs" (V) → D item'], true],
    ['P3.12', 'Contract data published in structured form (OCDS/eForms) with sustainability tags so KPIs can be computed', ['Open SPP (V)', 'SIGMA needs admin data (V)']],
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
