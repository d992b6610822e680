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
    name: { en: 'Notebook computers', fr: 'Ordinateurs portables', es: 'Ordenadores portátiles' },
    description: {
      en: 'Portable computers with an integrated display, keyboard and battery, including 2-in-1 devices with a detachable keyboard.',
      fr: 'Ordinateurs portables avec écran, clavier et batterie intégrés, y compris les appareils 2 en 1 à clavier détachable.',
      es: 'Ordenadores portátiles con pantalla, teclado y batería integrados, incluidos los dispositivos 2 en 1 con teclado desmontable.',
    },
    cpvCodes: ['30213100'],
  },
  {
    code: 'desktops',
    name: { en: 'Desktop computers', fr: 'Ordinateurs de bureau', es: 'Ordenadores de sobremesa' },
    description: {
      en: 'Stationary computers: desktops, integrated (all-in-one) desktops, thin clients and workstations.',
      fr: 'Ordinateurs fixes : ordinateurs de bureau, ordinateurs tout-en-un, clients légers et stations de travail.',
      es: 'Ordenadores fijos: ordenadores de sobremesa, equipos todo en uno, clientes ligeros y estaciones de trabajo.',
    },
    cpvCodes: ['30213300', '30214000'],
  },
  {
    code: 'monitors',
    name: { en: 'Computer monitors', fr: "Écrans d'ordinateur", es: 'Monitores de ordenador' },
    description: {
      en: 'External electronic displays used with computers, with or without integrated docking functions.',
      fr: 'Écrans électroniques externes utilisés avec des ordinateurs, avec ou sans fonctions de station d’accueil intégrées.',
      es: 'Pantallas electrónicas externas utilizadas con ordenadores, con o sin funciones de base de conexión integradas.',
    },
    cpvCodes: ['30231000', '30231300'],
  },
  {
    code: 'tablets',
    name: { en: 'Tablets', fr: 'Tablettes', es: 'Tabletas' },
    description: {
      en: 'Slate tablets: portable computers operated through a touch screen, without a permanently attached keyboard.',
      fr: 'Tablettes : ordinateurs portables utilisés au moyen d’un écran tactile, sans clavier attaché en permanence.',
      es: 'Tabletas: ordenadores portátiles que se manejan mediante pantalla táctil, sin teclado fijo.',
    },
    cpvCodes: ['30213200'],
  },
  {
    code: 'smartphones',
    name: { en: 'Smartphones', fr: 'Smartphones', es: 'Teléfonos inteligentes' },
    description: {
      en: 'Mobile phones with a touch screen and an operating system that runs applications.',
      fr: 'Téléphones mobiles à écran tactile dotés d’un système d’exploitation qui exécute des applications.',
      es: 'Teléfonos móviles con pantalla táctil y un sistema operativo que ejecuta aplicaciones.',
    },
    cpvCodes: ['32250000'],
  },
  {
    code: 'servers-data-centres',
    name: {
      en: 'Servers and data centres',
      fr: 'Serveurs et centres de données',
      es: 'Servidores y centros de datos',
    },
    description: {
      en: 'Servers and data storage products, server rooms and data centres, whether bought as equipment, built or retrofitted, or used through colocation and managed hosting.',
      fr: 'Serveurs et produits de stockage de données, salles serveurs et centres de données, qu’ils soient achetés comme équipements, construits ou rénovés, ou utilisés en colocation ou en hébergement géré.',
      es: 'Servidores y productos de almacenamiento de datos, salas de servidores y centros de datos, ya se compren como equipos, se construyan o renueven, o se utilicen mediante coubicación o alojamiento gestionado.',
    },
    cpvCodes: ['48820000', '72514200', '72317000'],
  },
  {
    code: 'cloud-services',
    name: { en: 'Cloud services', fr: 'Services en nuage', es: 'Servicios en la nube' },
    description: {
      en: 'Computing, storage and application services delivered from a provider’s data centres, where the buyer does not own or operate the equipment.',
      fr: 'Services de calcul, de stockage et d’applications fournis depuis les centres de données d’un prestataire, sans que l’acheteur possède ou exploite les équipements.',
      es: 'Servicios de computación, almacenamiento y aplicaciones prestados desde los centros de datos de un proveedor, sin que el comprador posea ni opere los equipos.',
    },
    cpvCodes: ['72317000', '72416000'],
  },
  {
    code: 'imaging-equipment',
    name: { en: 'Imaging equipment', fr: "Équipements d'impression et d'imagerie", es: 'Equipos de impresión e imagen' },
    description: {
      en: 'Printers, copiers, scanners and multifunction devices, with their consumables and print services. No criteria set is seeded yet: the EU GPP criteria codes for imaging equipment (SWD(2020) 148) are not in the references.',
      fr: 'Imprimantes, copieurs, scanners et appareils multifonctions, avec leurs consommables et services d’impression. Aucun jeu de critères n’est encore fourni : les codes des critères EU GPP pour les équipements d’imagerie (SWD(2020) 148) ne figurent pas dans les références.',
      es: 'Impresoras, copiadoras, escáneres y equipos multifunción, con sus consumibles y servicios de impresión. Aún no se incluye ningún conjunto de criterios: los códigos de los criterios de CPE de la UE para equipos de impresión (SWD(2020) 148) no figuran en las referencias.',
    },
    cpvCodes: ['30232100', '30121100'],
  },
  {
    code: 'network-equipment',
    name: { en: 'Network equipment', fr: 'Équipements de réseau', es: 'Equipos de red' },
    description: {
      en: 'Switches, routers, Wi-Fi access points and network adapters. Covered by the end-of-life criteria of the EU GPP data-centre set; no criteria set of its own is seeded.',
      fr: 'Commutateurs, routeurs, points d’accès Wi-Fi et adaptateurs réseau. Couverts par les critères de fin de vie du jeu EU GPP pour les centres de données ; aucun jeu de critères propre n’est fourni.',
      es: 'Conmutadores, enrutadores, puntos de acceso wifi y adaptadores de red. Cubiertos por los criterios de fin de vida del conjunto de CPE de la UE para centros de datos; no se incluye un conjunto de criterios propio.',
    },
    cpvCodes: ['32420000'],
  },
  {
    code: 'software-e-services',
    name: { en: 'Software and e-services', fr: 'Logiciels et services en ligne', es: 'Software y servicios electrónicos' },
    description: {
      en: 'Software packages, custom software development and digital government services, including GovStack building blocks and digital public goods.',
      fr: 'Progiciels, développement de logiciels sur mesure et services publics numériques, y compris les blocs de construction GovStack et les biens publics numériques.',
      es: 'Paquetes de software, desarrollo de software a medida y servicios públicos digitales, incluidos los bloques de construcción de GovStack y los bienes públicos digitales.',
    },
    cpvCodes: ['48000000', '72000000', '72200000', '72260000'],
  },
]
