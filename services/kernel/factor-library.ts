// The factor library: CO2e factors as data, named and versioned, shared by assessment (the CO2e of
// each bid) and reporting (the footprint KPIs), so one factor set has one identity wherever it is
// used, and every figure can say which numbers produced it. A buyer picks the basis (ADEME averages
// or manufacturers' own footprints) and the place of use, whose grid factor prices the electricity.
// Provenance: docs/sources.md#default-factors. A set is never edited in place: a changed value is a
// new version, so a published figure can always be recomputed.

/** How sure a value is: V verified in a primary source, S secondary source, R recalled, derived computed by us from sourced data. */
export type FactorFlag = 'V' | 'S' | 'R' | 'derived'

export interface FactorSetRef {
  id: string
  version: string
}

export interface SourcedFactors {
  values: Readonly<Record<string, number>>
  source: string
  flag: FactorFlag
}

export interface FactorSet extends FactorSetRef {
  title: string
  embodiedKgCo2e: SourcedFactors
  lifetimeYears: SourcedFactors
  massKg: SourcedFactors
  yearlyEnergyKWh: SourcedFactors
  refurbishmentKgCo2e: SourcedFactors
  gridKgCo2ePerKWh: SourcedFactors
}

export const GRID_EUROPE = 'EEE'
export const GRID_WORLD = 'WOR'

const BOAVIZTA_GRID: SourcedFactors = {
  values: {
    [GRID_EUROPE]: 0.38,
    [GRID_WORLD]: 0.39,
    FRA: 0.098,
    DEU: 0.422,
    SWE: 0.04,
    GBR: 0.246,
    USA: 0.37,
    CHN: 0.55,
    IND: 0.626,
    ZAF: 0.72,
    KEN: 0.08,
    NGA: 0.398,
    EGY: 0.471,
    BRA: 0.113,
  },
  source:
    'Boavizta boaviztapi electrical_mix.csv (kg CO2e/kWh; keys as there: EEE Europe 2019, WOR world average of countries 2019/2020, ISO 3166 alpha-3 countries, Brazil from Ember 2020)',
  flag: 'V',
}

const PCF_STATISTICS =
  'medians over Boavizta/environmental-footprint-data commit 61323eb5, boavizta-data-us.csv (manufacturer PCFs)'

const PCF_MEDIAN_MASS: SourcedFactors = {
  values: { laptop: 1.65, desktop: 5.26, monitor: 5.73, tablet: 0.73, smartphone: 0.17, thinClient: 0.93, server: 22.2 },
  source: `median mass, ${PCF_STATISTICS}`,
  flag: 'derived',
}

const PCF_MEDIAN_ENERGY: SourcedFactors = {
  values: { laptop: 18.8, desktop: 56.5, monitor: 40.9, tablet: 14.8, smartphone: 7.0, thinClient: 41, server: 1529 },
  source: `median yearly TEC, ${PCF_STATISTICS}`,
  flag: 'derived',
}

// EY/3stepIT (3stepIT sustainability report 2017 p.13) gives only totals: two new laptops over
// 6 years 600 kg, one refurbished laptop used 6 years 375 kg, with manufacture 225 + shipping 25
// and 3 years of use ≈ 50 kg each. The refurbishment step is what is left: 375 − 250 − 100 = 25.
const EY_3STEPIT_REFURBISHMENT: SourcedFactors = {
  values: { laptop: 25 },
  source: 'derived from the EY/3stepIT illustration (3stepIT sustainability report 2017 p.13): 375 − (225 + 25) − 2 × 50',
  flag: 'derived',
}

export const ADEME_BOAVIZTA: FactorSet = {
  id: 'ademe-boavizta',
  version: '1.0.0',
  title: 'ADEME Base Empreinte averages as used by the Boavizta API (professional devices)',
  embodiedKgCo2e: {
    values: { laptop: 181, desktop: 277, monitor: 64.7, tablet: 75.9, smartphone: 84, television: 152 },
    source:
      'Boavizta boaviztapi commit 15878f04, boaviztapi/data/factors.yml, citing ADEME Base Empreinte (laptop and television: professional variants)',
    flag: 'V',
  },
  lifetimeYears: {
    values: { laptop: 4, desktop: 6, monitor: 6.6, tablet: 3, smartphone: 2.5, television: 8 },
    source: 'Boavizta user_terminal.csv, hours_life_time ÷ 8760 (laptop: professional)',
    flag: 'V',
  },
  massKg: PCF_MEDIAN_MASS,
  yearlyEnergyKWh: PCF_MEDIAN_ENERGY,
  refurbishmentKgCo2e: EY_3STEPIT_REFURBISHMENT,
  gridKgCo2ePerKWh: BOAVIZTA_GRID,
}

export const MANUFACTURER_PCF: FactorSet = {
  id: 'manufacturer-pcf',
  version: '1.0.0',
  title: 'Manufacturer product carbon footprints (medians of published PCFs)',
  // Embodied = median life-cycle GWP × median manufacturing share (laptops: 0.80 × 307 ≈ 245);
  // a product of two medians, not the median of the products.
  embodiedKgCo2e: {
    values: {
      laptop: 307 * 0.8,
      desktop: 486 * 0.59,
      monitor: 504 * 0.65,
      tablet: 97 * 0.75,
      smartphone: 70 * 0.8,
      thinClient: 103 * 0.43,
      server: 7980 * 0.16,
    },
    source: `median life-cycle GWP × median manufacturing share, ${PCF_STATISTICS}`,
    flag: 'derived',
  },
  lifetimeYears: {
    values: { laptop: 4, desktop: 4, monitor: 6, tablet: 3, smartphone: 3, thinClient: 2, server: 4 },
    source: `median assumed lifetime, ${PCF_STATISTICS}`,
    flag: 'derived',
  },
  massKg: PCF_MEDIAN_MASS,
  yearlyEnergyKWh: PCF_MEDIAN_ENERGY,
  refurbishmentKgCo2e: EY_3STEPIT_REFURBISHMENT,
  gridKgCo2ePerKWh: BOAVIZTA_GRID,
}

export const FACTOR_SETS: readonly FactorSet[] = [ADEME_BOAVIZTA, MANUFACTURER_PCF]

export function findFactorSet(id: string, version: string): FactorSet | undefined {
  return FACTOR_SETS.find((set) => set.id === id && set.version === version)
}

/** The newest version of a named set: what a buyer who names only the set gets. */
export function latestFactorSet(id: string): FactorSet | undefined {
  return FACTOR_SETS.filter((set) => set.id === id).sort((a, b) => compareVersions(b.version, a.version))[0]
}

function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split('.').map(Number)
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0)
  return 0
}

/** The places of use every set has a grid factor for: `EEE` Europe, `WOR` world, or an ISO 3166 alpha-3 country. */
export const PLACES_OF_USE: readonly string[] = Object.keys(BOAVIZTA_GRID.values)

/** kg CO2e per kWh at the place of use; undefined when the set has no factor for that place. */
export function gridFactor(set: FactorSet, placeOfUse: string): number | undefined {
  return Object.hasOwn(set.gridKgCo2ePerKWh.values, placeOfUse) ? set.gridKgCo2ePerKWh.values[placeOfUse] : undefined
}

export function factorSetRef(set: FactorSet): FactorSetRef {
  return { id: set.id, version: set.version }
}
