/**
 * Product categories of the catalogue (docs/sources.md#product-categories).
 *
 * CPV codes: only codes of the Common Procurement Vocabulary (Regulation (EC) No 213/2008) that we are
 * sure of, without the check digit. The EU GPP sets name 30200000 and 32250000 (computers, monitors,
 * tablets, smartphones) and 72514200 and 72317000 (data centres) as their CPV scope
 * (docs/sources.md#product-categories); the finer codes below sit inside those families. Where no
 * code fits a sub-type exactly (all-in-ones, thin clients), none is given.
 *
 * `SeedProductCategory` is the contract's `ProductCategory` with the names resolved (see types.ts).
 */
import type { SeedProductCategory } from './types.ts'

export const productCategories: SeedProductCategory[] = [
  {
    code: 'notebooks',
    name: { en: 'Notebook computers' },
    description: { en: 'Portable computers with an integrated display, keyboard and battery, including 2-in-1 devices with a detachable keyboard.' },
    cpvCodes: ['30213100'],
  },
  {
    code: 'desktops',
    name: { en: 'Desktop computers' },
    description: { en: 'Stationary computers: desktops, integrated (all-in-one) desktops, thin clients and workstations.' },
    cpvCodes: ['30213300', '30214000'],
  },
  {
    code: 'monitors',
    name: { en: 'Computer monitors' },
    description: { en: 'External electronic displays used with computers, with or without integrated docking functions.' },
    cpvCodes: ['30231000', '30231300'],
  },
  {
    code: 'tablets',
    name: { en: 'Tablets' },
    description: { en: 'Slate tablets: portable computers operated through a touch screen, without a permanently attached keyboard.' },
    cpvCodes: ['30213200'],
  },
  {
    code: 'smartphones',
    name: { en: 'Smartphones' },
    description: { en: 'Mobile phones with a touch screen and an operating system that runs applications.' },
    cpvCodes: ['32250000'],
  },
  {
    code: 'servers-data-centres',
    name: { en: 'Servers and data centres' },
    description: { en: 'Servers and data storage products, server rooms and data centres, whether bought as equipment, built or retrofitted, or used through colocation and managed hosting.' },
    cpvCodes: ['48820000', '72514200', '72317000'],
  },
  {
    code: 'cloud-services',
    name: { en: 'Cloud services' },
    description: { en: 'Computing, storage and application services delivered from a provider’s data centres, where the buyer does not own or operate the equipment.' },
    cpvCodes: ['72317000', '72416000'],
  },
  {
    code: 'imaging-equipment',
    name: { en: 'Imaging equipment' },
    description: { en: 'Printers, copiers, scanners and multifunction devices, with their consumables and print services.' },
    cpvCodes: ['30232100', '30121100'],
  },
  {
    code: 'network-equipment',
    name: { en: 'Network equipment' },
    description: { en: 'Switches, routers, Wi-Fi access points and network adapters.' },
    cpvCodes: ['32420000'],
  },
  {
    code: 'software-e-services',
    name: { en: 'Software and e-services' },
    description: { en: 'Software packages, custom software development and digital government services, including GovStack building blocks and digital public goods.' },
    cpvCodes: ['48000000', '72000000', '72200000', '72260000'],
  },
]
