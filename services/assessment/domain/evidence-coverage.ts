import type { FieldError } from '../../kernel/problem.ts'

export interface EvidenceCoverageInput {
  coverage?: 'products' | 'organisation' | null
  coveredModels?: readonly string[]
}

/**
 * What a piece of evidence says it covers must be checkable against the bid: a product label
 * names models the bid offers (so reporting can count exactly those units as labelled), and an
 * organisation-wide certificate names none.
 */
export function evidenceCoverageErrors(evidence: EvidenceCoverageInput, offeredModels: readonly string[]): FieldError[] {
  const models = evidence.coveredModels ?? []
  if (evidence.coverage === 'products') {
    if (models.length === 0) return [{ path: 'body/coveredModels', message: 'must name at least one offered model when coverage is products' }]
    const offered = new Set(offeredModels)
    return models.flatMap((model, i) => (offered.has(model) ? [] : [{ path: `body/coveredModels/${i}`, message: `${model} is not a model this bid offers` }]))
  }
  if (models.length > 0) return [{ path: 'body/coveredModels', message: 'is only for coverage products' }]
  return []
}
