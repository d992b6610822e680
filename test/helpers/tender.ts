// Builds realistic tender input from a real published criteria set, so tests and benchmarks
// exercise every criterion the catalogue ships rather than a hand-picked few.

type Requirement = {
  id: string
  dataType: string
  minLevel?: string | null
  listedItems?: string[] | null
  unit: string | null
  minValue: number | null
  maxValue: number | null
  allowedValues: string[] | null
  expectedValue: boolean | null
  ambitionLevels?: string[]
  buyerParameter?: { bound: 'min' | 'max' | 'value' } | null
  presets?: { value: number | string; kind: string }[]
}

export function tenderChoices(set: any, qualityWeight: number) {
  const level = set.content.ambitionLevel
  const awards = set.criteria.filter((c: any) => c.content.type === 'awardCriterion')
  const share = Math.floor((qualityWeight / awards.length) * 100) / 100
  let awarded = 0
  return set.criteria.map((criterion: any) => {
    const parameters: Record<string, number | string> = {}
    for (const r of criterion.content.requirements as Requirement[]) {
      if (!r.ambitionLevels?.includes(level) || !r.buyerParameter) continue
      const numeric = r.dataType === 'number' || r.dataType === 'integer'
      const preset = r.presets?.find((p) => p.kind === 'national' && typeof p.value === 'number')?.value as number | undefined
      if (r.dataType === 'string' && r.buyerParameter.bound !== 'value') parameters[r.id] = scaleMinimum(r.id)
      else if (!numeric) parameters[r.id] = r.allowedValues?.[0] ?? 'compliant'
      else if (r.buyerParameter.bound === 'max') parameters[r.id] = preset ?? 1_000_000
      else parameters[r.id] = preset ?? 1
    }
    const choice: Record<string, unknown> = { criterionId: criterion.id, parameters }
    if (criterion.content.type === 'awardCriterion') {
      awarded++
      choice.maxPoints = awarded === awards.length ? Math.round((qualityWeight - share * (awards.length - 1)) * 100) / 100 : share
      if (criterion.content.scoring?.method === 'banded' && !criterion.content.scoring.bands) {
        choice.bands = [
          { min: null, max: 50, share: 0.5 },
          { min: 50, max: null, share: 1 },
        ]
      }
    }
    return choice
  })
}

/** A minimum on an ordered scale for the catalogue's text minimums: IP codes and data-centre operating classes. */
function scaleMinimum(requirementId: string): string {
  if (/ipCode/i.test(requirementId)) return 'IP54'
  if (/operatingClass/i.test(requirementId)) return 'A2'
  throw new Error(`no ordered-scale value known for ${requirementId}`)
}

/** Criterion ids whose answers count only with verified evidence: every selection criterion and the others the tender marks. */
export function criteriaNeedingEvidence(evaluationCriteria: any): string[] {
  return [
    ...evaluationCriteria.selectionCriteria,
    ...[...evaluationCriteria.technicalSpecifications, ...evaluationCriteria.awardCriteria].filter((c: any) => c.evidenceRequired),
  ].map((c: any) => c.id)
}

/** An evidence item of the first type the criterion accepts, as a supplier attaches it. */
export function evidenceFor(evaluationCriteria: any, criterionId: string, identifier: string) {
  const type = evaluationCriteria.acceptedEvidence[criterionId][0]
  return { criterionId, type, issuer: 'Certifier', identifier, validUntil: '2030-01-01', url: null, documentHash: null }
}

/** An answer to every requirement; `quality` (1, 2, 3...) makes bids differ in a predictable way. */
export function answerAll(evaluationCriteria: any, quality: number) {
  const requirements: Requirement[] = [
    ...evaluationCriteria.technicalSpecifications,
    ...evaluationCriteria.selectionCriteria,
    ...evaluationCriteria.awardCriteria,
  ].flatMap((c: any) => c.requirements)
  return requirements.map((r) => {
    let value: boolean | number | string | string[]
    switch (r.dataType) {
      case 'boolean':
        value = r.expectedValue ?? true
        break
      case 'number':
      case 'integer': {
        const base = r.minValue ?? 0
        const candidate = base + 10 * quality
        value = r.maxValue !== null ? Math.min(candidate, r.maxValue) : candidate
        break
      }
      case 'enum':
        // Closed lists go best first (label tiers, energy-label classes): a higher quality picks an earlier value.
        value = r.allowedValues![Math.max(0, r.allowedValues!.length - quality)]!
        break
      case 'date':
        value = '2027-01-01'
        break
      case 'itemList':
        value = r.listedItems!.slice(0, Math.min(quality, r.listedItems!.length))
        break
      default:
        if (r.minLevel) {
          value = r.minLevel
          break
        }
        value = r.allowedValues?.[0] ?? 'compliant'
    }
    return r.unit ? { requirementId: r.id, value, unit: r.unit } : { requirementId: r.id, value }
  })
}

export function laptopOffer(unitPrice: string, overrides: Record<string, unknown> = {}) {
  return {
    model: 'Notebook 14',
    gtin: '04012345678901',
    deviceType: 'laptop',
    quantity: 100,
    unitPrice: { amount: unitPrice, currency: 'EUR' },
    condition: 'new',
    declaredLifetimeYears: 5,
    yearlyEnergyKWh: 18.8,
    massKg: 1.65,
    ...overrides,
  }
}

/** A valid request to create a tender on a published criteria-set version (`set` as the catalogue serves it). */
export function procurementBody(set: any, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Notebooks 2027',
    cpvCodes: ['30213100'],
    currency: 'EUR',
    estimatedValue: { amount: '250000.00', currency: 'EUR' },
    lots: [{ id: 'LOT-1', title: 'Notebooks', estimatedValue: null }],
    criteriaSet: { id: set.id, version: set.version },
    criteria: tenderChoices(set, 40),
    weighting: { priceWeight: 60, qualityWeight: 40, minimumQualityScore: null },
    priceScoring: { basis: 'lifeCycleCost', rule: 'relativeToLowest' },
    lifeCycle: { energyTariff: { amount: '0.25', currency: 'EUR' }, years: 5, factorSetId: 'ademe-boavizta' },
    ...overrides,
  }
}
