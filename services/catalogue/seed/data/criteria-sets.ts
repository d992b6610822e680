/**
 * Criteria sets: one per product category, ambition level and procurement route for which criteria
 * exist. Membership is computed, never hand-listed: a set holds exactly the criteria of its route's
 * pool whose ambition levels include the set's level and whose product categories include the set's
 * category. Items are ordered selection, specification, award, contract.
 *
 * Routes and their pools:
 * - newEquipment: the 2021 EU GPP set without its refurbished area, the catalogue's own criteria
 *   (software support, labels, imaging and network equipment, social, end of life), and the 2020 EU
 *   GPP data-centre criteria that cover network equipment;
 * - refurbishedEquipment: the refurbished area (SC2, TS24–TS28, AC11–AC13, CPC3) plus the general
 *   criteria that still apply to used devices (TS5, TS23, CPC2);
 * - service: the 2020 EU GPP data-centre set;
 * - software: the DPG Standard / GovStack set.
 *
 * Imaging and network equipment have sets of the catalogue's own criteria (plus, for network
 * equipment, the end-of-life criteria of the data-centre set).
 * Suggested weights are a neutral equal split of the quality points over the award criteria.
 */
import { circularIctCriteria } from './circular-ict-own.ts'
import { dpgSoftwareCriteria } from './dpg-software.ts'
import { euGpp2020Criteria } from './eu-gpp-2020-data-centres.ts'
import { euGpp2021Criteria, generalCodesForRefurbished, refurbishedOnlyCodes } from './eu-gpp-2021-computers.ts'
import { productCategories } from './product-categories.ts'
import type { AmbitionLevel, CriterionType, ProductCategoryCode, SeedCriteriaSet, SeedCriterion, TextEn } from './types.ts'

export type ProcurementRoute = SeedCriteriaSet['content']['procurementRoute']

export const criterionId = (criterion: SeedCriterion): string => `${criterion.source.code}.${criterion.code}`

const refurbishedOnly = new Set<string>(refurbishedOnlyCodes)
const generalForRefurbished = new Set<string>(generalCodesForRefurbished)

/** The criteria each procurement route draws from. */
export const routePools: Record<ProcurementRoute, SeedCriterion[]> = {
  newEquipment: [
    ...euGpp2021Criteria.filter((c) => !refurbishedOnly.has(c.code)),
    ...circularIctCriteria,
    ...euGpp2020Criteria.filter((c) => c.content.productCategories.includes('network-equipment')),
  ],
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

const categoryName = (code: ProductCategoryCode): TextEn => {
  const category = productCategories.find((c) => c.code === code)
  if (!category) throw new Error(`Unknown product category ${code}`)
  return category.name
}

/** Category names for the refurbished route. */
const refurbishedName: Partial<Record<ProductCategoryCode, TextEn>> = {
  notebooks: { en: 'Refurbished notebook computers' },
  desktops: { en: 'Refurbished desktop computers' },
  tablets: { en: 'Refurbished tablets' },
  smartphones: { en: 'Refurbished smartphones' },
}

const levelTitle: Record<'eu' | 'dpg' | 'own', Record<AmbitionLevel, TextEn>> = {
  eu: {
    core: { en: 'EU GPP core criteria' },
    comprehensive: { en: 'EU GPP comprehensive criteria' },
  },
  own: {
    core: { en: 'core circular procurement criteria' },
    comprehensive: { en: 'comprehensive circular procurement criteria' },
  },
  dpg: {
    core: { en: 'core criteria (Digital Public Goods Standard and GovStack)' },
    comprehensive: { en: 'comprehensive criteria (Digital Public Goods Standard and GovStack)' },
  },
}

const routeSentence: Record<ProcurementRoute, TextEn> = {
  newEquipment: { en: 'Criteria of the EU GPP criteria for computers, monitors, tablets and smartphones (2021) that apply to buying new equipment of this category at this ambition level.' },
  refurbishedEquipment: { en: 'Criteria for buying refurbished or remanufactured devices, which the EU GPP criteria (2021) recommend procuring through a route of their own: the refurbished criteria plus the general criteria on data deletion, take-back and end-destination reporting.' },
  service: { en: 'Criteria of the EU GPP criteria for data centres, server rooms and cloud services (2020) that apply to this category at this ambition level, for equipment, facilities and managed, colocation or cloud services.' },
  software: { en: 'Criteria for procuring software and e-services drawn from the Digital Public Goods Standard and GovStack’s reuse principles and cross-functional requirements.' },
}

/** Categories whose new-equipment sets hold only the catalogue's own criteria (and, for network equipment, the data-centre end-of-life criteria). */
const ownCategories = new Set<ProductCategoryCode>(['imaging-equipment', 'network-equipment'])

const ownSetSentence: TextEn = {
  en: 'Circular procurement criteria for this category at this ambition level, written for this catalogue on public regulations, standards and labels: product life, repair and spare parts, reuse, energy, end of life and social responsibility in the supply chain.',
}

const ownCriteriaSentence: TextEn = {
  en: 'The catalogue adds its own criteria on operating-system and security updates, label tiers, social responsibility in the supply chain, and take-back, repair and reuse where certified recyclers are scarce.',
}

const weightSentence: TextEn = { en: 'Award criteria carry a neutral, equal suggested weight; the buyer fixes the final weighting in the tender.' }

const noAwardSentence: TextEn = { en: 'This set has no award criteria; the buyer may add its own.' }

function join(parts: TextEn[], separator: string): TextEn {
  return { en: parts.map((p) => p.en).join(separator) }
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
  const own = ownCategories.has(category)
  const hasOwnCriteria = members.some((c) => c.source.code === 'CIRC-ICT')
  const opening = own ? [ownSetSentence] : hasOwnCriteria ? [routeSentence[route], ownCriteriaSentence] : [routeSentence[route]]
  return {
    id: route === 'refurbishedEquipment' ? `${category}-refurbished-${level}` : `${category}-${level}`,
    content: {
      title: join([name, levelTitle[route === 'software' ? 'dpg' : own ? 'own' : 'eu'][level]], ' – '),
      description: join([...opening, hasAward ? weightSentence : noAwardSentence], ' '),
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
  { category: 'imaging-equipment', route: 'newEquipment' },
  { category: 'network-equipment', route: 'newEquipment' },
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
