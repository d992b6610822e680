import { AssessmentInputError } from './errors.ts'
import { assertNonNegative, assertPositive, assertPositiveInteger } from './numeric-input.ts'
import { formatNumber, roundKg } from './rounding.ts'
import type { BidCo2e, EmbodiedSource, FactorSet, OfferedProduct, ProcurementSettings, ProductLineCo2e } from './types.ts'

// CO2e per product line (docs/sources.md#footprint-formulas, factors in #default-factors):
//   quantity × (embodied kg per unit + yearly kWh × grid kg/kWh × years)
// and the annualised footprint F = E_emb / L + TEC × EF_grid over the declared lifetime L, which is what
// rewards a longer-lived device: the same embodied emissions spread over more years of service.

export interface Co2eParameters {
  factorSet: FactorSet
  years: number
}

/** Checks every factor of the set once, so a bad factor is reported against the set, not against some bid. */
export function co2eParameters(settings: Pick<ProcurementSettings, 'factorSet' | 'years'>, path = ''): Co2eParameters {
  const { factorSet } = settings
  const setPath = `${path}/factorSet`
  assertNonNegative(factorSet.gridKgCo2ePerKWh, `${setPath}/gridKgCo2ePerKWh`)
  for (const table of ['embodiedKgCo2ePerUnit', 'refurbishmentKgCo2ePerUnit'] as const) {
    for (const [deviceType, kg] of Object.entries(factorSet[table])) {
      assertNonNegative(kg, `${setPath}/${table}/${deviceType}`)
    }
  }
  return { factorSet, years: assertPositive(settings.years, `${path}/years`) }
}

export function bidCo2e(products: readonly OfferedProduct[], parameters: Co2eParameters, path = ''): BidCo2e {
  const lines = products.map((product, index) => productLineCo2e(product, parameters, `${path}/${index}`))
  const sum = (pick: (line: ProductLineCo2e) => number) => roundKg(lines.reduce((total, line) => total + pick(line), 0))
  return {
    factorSetId: parameters.factorSet.id,
    factorSetVersion: parameters.factorSet.version,
    placeOfUse: parameters.factorSet.placeOfUse,
    gridKgCo2ePerKWh: parameters.factorSet.gridKgCo2ePerKWh,
    embodiedKg: sum((line) => line.embodied.kg),
    usePhaseKg: sum((line) => line.usePhase.kg),
    totalKg: sum((line) => line.total.kg),
    annualisedKgPerYear: sum((line) => line.annualised.kg),
    lines,
  }
}

export function productLineCo2e(product: OfferedProduct, parameters: Co2eParameters, path = ''): ProductLineCo2e {
  const { factorSet, years } = parameters
  const quantity = assertPositiveInteger(product.quantity, `${path}/quantity`, 'INVALID_QUANTITY')
  const yearlyKWh = assertNonNegative(product.yearlyEnergyKWh, `${path}/yearlyEnergyKWh`, 'INVALID_QUANTITY')
  const lifetime = assertPositive(product.declaredLifetimeYears, `${path}/declaredLifetimeYears`, 'INVALID_QUANTITY')
  const { source, kgPerUnit, description } = embodiedPerUnit(product, factorSet, path)

  const grid = factorSet.gridKgCo2ePerKWh
  const yearlyUseKg = yearlyKWh * grid
  const embodied = roundKg(quantity * kgPerUnit)
  const usePhase = roundKg(quantity * yearlyUseKg * years)
  const total = roundKg(embodied + usePhase)
  const annualised = roundKg(quantity * (kgPerUnit / lifetime + yearlyUseKg))
  const [n, kWh, ef] = [quantity, formatNumber(yearlyKWh), formatNumber(grid)]

  return {
    model: product.model,
    deviceType: product.deviceType,
    quantity,
    embodiedSource: source,
    embodiedKgPerUnit: kgPerUnit,
    embodied: { kg: embodied, formula: `${n} × ${formatNumber(kgPerUnit)} kg (${description}) = ${formatNumber(embodied)} kg` },
    usePhase: {
      kg: usePhase,
      formula: `${n} × ${kWh} kWh/yr × ${ef} kg/kWh × ${formatNumber(years)} yr = ${formatNumber(usePhase)} kg`,
    },
    total: { kg: total, formula: `${formatNumber(embodied)} + ${formatNumber(usePhase)} = ${formatNumber(total)} kg` },
    annualised: {
      kg: annualised,
      formula:
        `${n} × (${formatNumber(kgPerUnit)} kg / ${formatNumber(lifetime)} yr declared lifetime + ${kWh} kWh/yr × ${ef} kg/kWh)` +
        ` = ${formatNumber(annualised)} kg/yr`,
    },
  }
}

/**
 * A refurbished unit's manufacturing emissions belong to its first life, so the buyer carries only the
 * refurbishment burden when the factor set has one; otherwise the bidder's declared footprint, otherwise the
 * factor set's new-device figure.
 */
function embodiedPerUnit(
  product: OfferedProduct,
  factorSet: FactorSet,
  path: string,
): { source: EmbodiedSource, kgPerUnit: number, description: string } {
  const named = `factor set ${factorSet.id} v${factorSet.version}`
  const refurbished = product.condition === 'refurbished'
  const refurbishment = ownFactor(factorSet.refurbishmentKgCo2ePerUnit, product.deviceType)
  if (refurbished && refurbishment !== undefined) {
    return {
      source: 'factorSetRefurbishment',
      kgPerUnit: refurbishment,
      description: `refurbishment burden of a ${product.deviceType}, ${named}, instead of new-device emissions`,
    }
  }
  const declared = product.declaredEmbodiedKgCo2ePerUnit ?? null
  if (declared !== null) {
    return {
      source: 'declaredPcf',
      kgPerUnit: assertNonNegative(declared, `${path}/declaredEmbodiedKgCo2ePerUnit`, 'INVALID_QUANTITY'),
      description: "bidder's declared product carbon footprint",
    }
  }
  const factor = ownFactor(factorSet.embodiedKgCo2ePerUnit, product.deviceType)
  if (factor === undefined) {
    throw new AssessmentInputError(
      'UNKNOWN_DEVICE_TYPE',
      `${path}/deviceType`,
      `${named} has no embodied emissions for '${product.deviceType}' and the bid declares none`,
    )
  }
  const fallback = refurbished ? ', the set has no refurbishment burden for it' : ''
  return { source: 'factorSet', kgPerUnit: factor, description: `new ${product.deviceType}, ${named}${fallback}` }
}

/** Device types come from bids, so only the set's own entries count (never `constructor` and the like). */
function ownFactor(table: Record<string, number>, deviceType: string): number | undefined {
  return Object.hasOwn(table, deviceType) ? table[deviceType] : undefined
}
