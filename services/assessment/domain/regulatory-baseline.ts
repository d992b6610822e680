import type { CatalogueRequirement } from '../catalogue-client/catalogue-types.ts'
import type { Direction } from './types.ts'

export interface LegalBaseline {
  value: number
  label: string
}

/**
 * The legal minimum the catalogue records for a scored requirement in the tender's product category. When
 * several apply, the one the law sets for every product (the least demanding) is the floor: meeting it earns
 * nothing, and a buyer may raise it but never lower it.
 */
export function legalBaseline(
  presets: CatalogueRequirement['presets'],
  productCategory: string,
  direction: Direction,
): LegalBaseline | null {
  const applicable = presets.filter(
    (preset): preset is typeof preset & { value: number } =>
      preset.kind === 'regulatoryBaseline' &&
      typeof preset.value === 'number' &&
      (preset.productCategories === undefined || preset.productCategories.includes(productCategory)),
  )
  if (applicable.length === 0) return null
  const floor = applicable.reduce((least, preset) =>
    direction === 'higherIsBetter' ? (preset.value < least.value ? preset : least) : preset.value > least.value ? preset : least,
  )
  return { value: floor.value, label: floor.label }
}
