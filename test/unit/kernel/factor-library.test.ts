import t from 'tap'
import {
  ADEME_BOAVIZTA,
  FACTOR_SETS,
  GRID_EUROPE,
  GRID_WORLD,
  MANUFACTURER_PCF,
  factorSetRef,
  findFactorSet,
} from '../../../services/kernel/factor-library.ts'

// Values from docs/sources.md#default-factors (Boavizta factors.yml citing ADEME; user_terminal.csv; electrical_mix.csv).
t.test('ADEME/Boavizta set carries the published embodied factors and lifetimes', async (t) => {
  t.same(ADEME_BOAVIZTA.embodiedKgCo2e.values, {
    laptop: 181,
    desktop: 277,
    monitor: 64.7,
    tablet: 75.9,
    smartphone: 84,
    television: 152,
  })
  t.same(ADEME_BOAVIZTA.lifetimeYears.values, { laptop: 4, desktop: 6, monitor: 6.6, tablet: 3, smartphone: 2.5, television: 8 })
})

t.test('manufacturer-PCF laptop embodied factor is 0.80 × 307 ≈ 245 kg (docs/sources.md#default-factors)', async (t) => {
  const laptop = MANUFACTURER_PCF.embodiedKgCo2e.values['laptop'] ?? NaN
  t.equal(Math.floor(laptop), 245)
  t.equal(MANUFACTURER_PCF.embodiedKgCo2e.flag, 'derived')
})

t.test('grid factors: Europe 0.38, World 0.39 and the country list', async (t) => {
  const grid = ADEME_BOAVIZTA.gridKgCo2ePerKWh.values
  t.equal(grid[GRID_EUROPE], 0.38)
  t.equal(grid[GRID_WORLD], 0.39)
  t.equal(grid['FRA'], 0.098)
  t.equal(grid['KEN'], 0.08)
  t.equal(Object.keys(grid).length, 14)
  t.equal(MANUFACTURER_PCF.gridKgCo2ePerKWh, ADEME_BOAVIZTA.gridKgCo2ePerKWh, 'both sets share one grid table')
})

t.test('every factor group names its source', async (t) => {
  for (const set of FACTOR_SETS) {
    for (const group of [
      set.embodiedKgCo2e,
      set.lifetimeYears,
      set.massKg,
      set.yearlyEnergyKWh,
      set.refurbishmentKgCo2e,
      set.gridKgCo2ePerKWh,
    ]) {
      t.ok(group.source.length > 20, `${set.id}: ${group.source.slice(0, 40)}`)
    }
  }
})

t.test('factor sets are found by id and version only', async (t) => {
  t.equal(findFactorSet('ademe-boavizta', '1.0.0'), ADEME_BOAVIZTA)
  t.equal(findFactorSet('ademe-boavizta', '0.9.0'), undefined)
  t.same(factorSetRef(MANUFACTURER_PCF), { id: 'manufacturer-pcf', version: '1.0.0' })
})
