/**
 * Criteria sets: one per product category, ambition level and procurement route for which criteria
 * exist. Membership is computed, never hand-listed: a set holds exactly the criteria of its route's
 * pool whose ambition levels include the set's level and whose product categories include the set's
 * category. Items are ordered selection, specification, award, contract.
 *
 * Routes and their pools:
 * - newEquipment: the 2021 EU GPP set without its refurbished area;
 * - refurbishedEquipment: the refurbished area (SC2, TS24–TS28, AC11–AC13, CPC3) plus the general
 *   criteria that still apply to used devices (TS5, TS23, CPC2);
 * - service: the 2020 EU GPP data-centre set;
 * - software: the DPG Standard / GovStack set.
 *
 * Imaging and network equipment have no set: no confirmed criteria set exists for them.
 * Suggested weights are a neutral equal split of the quality points over the award criteria.
 */
import { dpgSoftwareCriteria } from './dpg-software.ts'
import { euGpp2020Criteria } from './eu-gpp-2020-data-centres.ts'
import { euGpp2021Criteria, generalCodesForRefurbished, refurbishedOnlyCodes } from './eu-gpp-2021-computers.ts'
import { productCategories } from './product-categories.ts'
import type { AmbitionLevel, CriterionType, ProductCategoryCode, SeedCriteriaSet, SeedCriterion, Text3 } from './types.ts'

export type ProcurementRoute = SeedCriteriaSet['content']['procurementRoute']

export const criterionId = (criterion: SeedCriterion): string => `${criterion.source.code}.${criterion.code}`

const refurbishedOnly = new Set<string>(refurbishedOnlyCodes)
const generalForRefurbished = new Set<string>(generalCodesForRefurbished)

/** The criteria each procurement route draws from. */
export const routePools: Record<ProcurementRoute, SeedCriterion[]> = {
  newEquipment: euGpp2021Criteria.filter((c) => !refurbishedOnly.has(c.code)),
  refurbishedEquipment: euGpp2021Criteria.filter((c) => refurbishedOnly.has(c.code) || generalForRefurbished.has(c.code)),
  service: euGpp2020Criteria,
  software: dpgSoftwareCriteria,
}

const typeOrder: Record<CriterionType, number> = {
  selectionCriterion: 0,
  technicalSpecification: 1,
  awardCriterion: 2,
  contractPerformanceClause: 3,
}

/** The members of a set, by the membership rule, in tender order. */
export function setMembers(route: ProcurementRoute, category: ProductCategoryCode, level: AmbitionLevel): SeedCriterion[] {
  return routePools[route]
    .filter((c) => c.content.ambitionLevels.includes(level) && c.content.productCategories.includes(category))
    .map((c, position) => ({ c, position }))
    .sort((a, b) => typeOrder[a.c.content.type] - typeOrder[b.c.content.type] || a.position - b.position)
    .map(({ c }) => c)
}

/** Equal split of 100 quality points over the award criteria, to two decimals. */
export function equalWeight(awardCount: number): number | null {
  return awardCount === 0 ? null : Math.round(10000 / awardCount) / 100
}

function items(members: SeedCriterion[]): SeedCriteriaSet['content']['items'] {
  const weight = equalWeight(members.filter((c) => c.content.type === 'awardCriterion').length)
  return members.map((c) => ({
    criterionId: criterionId(c),
    criterionVersion: null,
    suggestedWeight: c.content.type === 'awardCriterion' ? weight : null,
  }))
}

// --- Titles and descriptions --------------------------------------------------------------------

const categoryName = (code: ProductCategoryCode): Text3 => {
  const category = productCategories.find((c) => c.code === code)
  if (!category) throw new Error(`Unknown product category ${code}`)
  return category.name
}

/** Category names for the refurbished route, with the adjective agreeing in French and Spanish. */
const refurbishedName: Partial<Record<ProductCategoryCode, Text3>> = {
  notebooks: {
    en: 'Refurbished notebook computers',
    fr: 'Ordinateurs portables reconditionnés',
    es: 'Ordenadores portátiles reacondicionados',
  },
  desktops: {
    en: 'Refurbished desktop computers',
    fr: 'Ordinateurs de bureau reconditionnés',
    es: 'Ordenadores de sobremesa reacondicionados',
  },
  tablets: { en: 'Refurbished tablets', fr: 'Tablettes reconditionnées', es: 'Tabletas reacondicionadas' },
  smartphones: {
    en: 'Refurbished smartphones',
    fr: 'Smartphones reconditionnés',
    es: 'Teléfonos inteligentes reacondicionados',
  },
}

const levelTitle: Record<'eu' | 'dpg', Record<AmbitionLevel, Text3>> = {
  eu: {
    core: { en: 'EU GPP core criteria', fr: 'critères essentiels MPE de l’UE', es: 'criterios básicos de CPE de la UE' },
    comprehensive: { en: 'EU GPP comprehensive criteria', fr: 'critères complets MPE de l’UE', es: 'criterios generales de CPE de la UE' },
  },
  dpg: {
    core: {
      en: 'core criteria (Digital Public Goods Standard and GovStack)',
      fr: 'critères essentiels (standard des biens publics numériques et GovStack)',
      es: 'criterios básicos (estándar de bienes públicos digitales y GovStack)',
    },
    comprehensive: {
      en: 'comprehensive criteria (Digital Public Goods Standard and GovStack)',
      fr: 'critères complets (standard des biens publics numériques et GovStack)',
      es: 'criterios generales (estándar de bienes públicos digitales y GovStack)',
    },
  },
}

const routeSentence: Record<ProcurementRoute, Text3> = {
  newEquipment: {
    en: 'Criteria of the EU GPP criteria for computers, monitors, tablets and smartphones (2021) that apply to buying new equipment of this category at this ambition level.',
    fr: 'Critères MPE de l’UE pour les ordinateurs, écrans, tablettes et smartphones (2021) applicables à l’achat d’équipements neufs de cette catégorie à ce niveau d’ambition.',
    es: 'Criterios de CPE de la UE para ordenadores, monitores, tabletas y teléfonos inteligentes (2021) aplicables a la compra de equipos nuevos de esta categoría con este nivel de ambición.',
  },
  refurbishedEquipment: {
    en: 'Criteria for buying refurbished or remanufactured devices, which the EU GPP criteria (2021) recommend procuring through a route of their own: the refurbished criteria plus the general criteria on data deletion, take-back and end-destination reporting.',
    fr: 'Critères pour l’achat d’appareils reconditionnés ou remanufacturés, que les critères MPE de l’UE (2021) recommandent d’acheter par une procédure distincte : les critères propres au reconditionnement, plus les critères généraux sur l’effacement des données, la reprise et le rapport sur la destination finale.',
    es: 'Criterios para la compra de dispositivos reacondicionados o refabricados, que los criterios de CPE de la UE (2021) recomiendan adquirir por una vía propia: los criterios específicos de reacondicionamiento, más los criterios generales sobre borrado de datos, recogida e informe del destino final.',
  },
  service: {
    en: 'Criteria of the EU GPP criteria for data centres, server rooms and cloud services (2020) that apply to this category at this ambition level, for equipment, facilities and managed, colocation or cloud services.',
    fr: 'Critères MPE de l’UE pour les centres de données, salles serveurs et services en nuage (2020) applicables à cette catégorie à ce niveau d’ambition, pour les équipements, les installations et les services gérés, de colocation ou en nuage.',
    es: 'Criterios de CPE de la UE para centros de datos, salas de servidores y servicios en la nube (2020) aplicables a esta categoría con este nivel de ambición, para equipos, instalaciones y servicios gestionados, de coubicación o en la nube.',
  },
  software: {
    en: 'Criteria for procuring software and e-services drawn from the Digital Public Goods Standard and GovStack’s reuse principles and cross-functional requirements.',
    fr: 'Critères pour l’achat de logiciels et de services en ligne, tirés du standard des biens publics numériques et des principes de réutilisation et exigences transversales de GovStack.',
    es: 'Criterios para la contratación de software y servicios electrónicos, extraídos del estándar de bienes públicos digitales y de los principios de reutilización y requisitos transversales de GovStack.',
  },
}

const weightSentence: Text3 = {
  en: 'Award criteria carry a neutral, equal suggested weight; the buyer fixes the final weighting in the tender.',
  fr: 'Les critères d’attribution portent une pondération indicative neutre et égale ; l’acheteur fixe la pondération définitive dans l’appel d’offres.',
  es: 'Los criterios de adjudicación llevan una ponderación orientativa neutra e igual; el comprador fija la ponderación definitiva en la licitación.',
}

const noAwardSentence: Text3 = {
  en: 'This set has no award criteria; the buyer may add its own.',
  fr: 'Ce jeu ne comporte pas de critères d’attribution ; l’acheteur peut ajouter les siens.',
  es: 'Este conjunto no incluye criterios de adjudicación; el comprador puede añadir los suyos.',
}

function join(parts: Text3[], separator: string): Text3 {
  return {
    en: parts.map((p) => p.en).join(separator),
    fr: parts.map((p) => p.fr).join(separator),
    es: parts.map((p) => p.es).join(separator),
  }
}

interface SetSpec {
  category: ProductCategoryCode
  route: ProcurementRoute
}

function buildSet({ category, route }: SetSpec, level: AmbitionLevel): SeedCriteriaSet {
  const members = setMembers(route, category, level)
  const name = route === 'refurbishedEquipment' ? refurbishedName[category] : categoryName(category)
  if (!name) throw new Error(`No refurbished name for ${category}`)
  const hasAward = members.some((c) => c.content.type === 'awardCriterion')
  return {
    id: route === 'refurbishedEquipment' ? `${category}-refurbished-${level}` : `${category}-${level}`,
    content: {
      title: join([name, levelTitle[route === 'software' ? 'dpg' : 'eu'][level]], ' – '),
      description: join([routeSentence[route], hasAward ? weightSentence : noAwardSentence], ' '),
      productCategory: category,
      ambitionLevel: level,
      procurementRoute: route,
      items: items(members),
    },
  }
}

export const setSpecs: SetSpec[] = [
  { category: 'notebooks', route: 'newEquipment' },
  { category: 'desktops', route: 'newEquipment' },
  { category: 'monitors', route: 'newEquipment' },
  { category: 'tablets', route: 'newEquipment' },
  { category: 'smartphones', route: 'newEquipment' },
  { category: 'notebooks', route: 'refurbishedEquipment' },
  { category: 'desktops', route: 'refurbishedEquipment' },
  { category: 'tablets', route: 'refurbishedEquipment' },
  { category: 'smartphones', route: 'refurbishedEquipment' },
  { category: 'servers-data-centres', route: 'service' },
  { category: 'cloud-services', route: 'service' },
  { category: 'software-e-services', route: 'software' },
]

const levels: AmbitionLevel[] = ['core', 'comprehensive']

export const criteriaSets: SeedCriteriaSet[] = setSpecs.flatMap((spec) => levels.map((level) => buildSet(spec, level)))
