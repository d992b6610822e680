import type { FactorSet } from './types.ts'

/**
 * The factor sets a buyer can pick for CO2e. Data, named and versioned, with sources
 * (docs/sources.md#default-factors); a buyer who needs another set gets it added here, never edited in place.
 */
export const factorSets: readonly FactorSet[] = [
  {
    id: 'ademe-boavizta',
    version: '2024-1',
    embodiedKgCo2ePerUnit: { laptop: 181, desktop: 277, monitor: 64.7, tablet: 75.9, smartphone: 84 },
    // Derived from the EY/3stepIT illustration (375 kg − 250 kg − 100 kg); flagged as derived.
    refurbishmentKgCo2ePerUnit: { laptop: 25 },
    gridKgCo2ePerKWh: 0.38,
    sources: [
      'Boavizta/boaviztapi 15878f04 boaviztapi/data/factors.yml (ADEME Base Empreinte): embodied GWP per device',
      'Boavizta electrical_mix.csv: Europe (EEE) 0.38 kg CO2e/kWh, 2019',
      '3stepIT sustainability report 2017 p.13 (EY): refurbishment burden, derived',
    ],
  },
  {
    id: 'manufacturer-pcf-medians',
    version: '2024-1',
    // Median life-cycle GWP × median manufacturing share of manufacturers' PCFs (Boavizta
    // environmental-footprint-data 61323eb5, our statistics in docs/sources.md#default-factors).
    embodiedKgCo2ePerUnit: { laptop: 245.6, desktop: 286.7, monitor: 327.6, tablet: 72.8, smartphone: 56, server: 1276.8, thinClient: 44.3 },
    refurbishmentKgCo2ePerUnit: { laptop: 25 },
    gridKgCo2ePerKWh: 0.38,
    sources: [
      'Boavizta/environmental-footprint-data 61323eb5 boavizta-data-us.csv: medians of manufacturer PCFs',
      'Boavizta electrical_mix.csv: Europe (EEE) 0.38 kg CO2e/kWh, 2019',
      '3stepIT sustainability report 2017 p.13 (EY): refurbishment burden, derived',
    ],
  },
]

export const deviceTypes = ['laptop', 'desktop', 'monitor', 'tablet', 'smartphone', 'server', 'thinClient'] as const

export function findFactorSet(id: string): FactorSet | undefined {
  return factorSets.find((set) => set.id === id)
}
