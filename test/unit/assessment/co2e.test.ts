import t from 'tap'
import { bidCo2e, co2eParameters, productLineCo2e } from '../../../services/assessment/domain/co2e.ts'
import { co2eFactors } from '../../../services/assessment/domain/factor-sets.ts'
import type { FactorSet } from '../../../services/assessment/domain/types.ts'
import { ADEME_BOAVIZTA } from '../../../services/kernel/factor-library.ts'
import { ADEME_FACTOR_SET, laptops } from './fixtures.ts'

t.test('new laptops: ADEME embodied factor plus EU grid use phase', async (t) => {
  // docs/sources.md#default-factors: laptop 181 kg CO2e (ADEME), Europe grid 0.38 kg/kWh, median TEC 18.8 kWh/yr, 4-year life.
  const line = productLineCo2e(laptops(), co2eParameters({ factorSet: ADEME_FACTOR_SET, years: 4 }))
  t.same(line, {
    model: 'Notebook 14',
    deviceType: 'laptop',
    quantity: 100,
    embodiedSource: 'factorSet',
    embodiedKgPerUnit: 181,
    embodied: { kg: 18100, formula: '100 × 181 kg (new laptop, factor set ademe-boavizta v2024-1) = 18100 kg' },
    usePhase: { kg: 2857.6, formula: '100 × 18.8 kWh/yr × 0.38 kg/kWh × 4 yr = 2857.6 kg' },
    total: { kg: 20957.6, formula: '18100 + 2857.6 = 20957.6 kg' },
    annualised: {
      kg: 5239.4,
      formula: '100 × (181 kg / 4 yr declared lifetime + 18.8 kWh/yr × 0.38 kg/kWh) = 5239.4 kg/yr',
    },
  })
})

t.test('annualised footprint rewards a longer declared lifetime', async (t) => {
  // docs/sources.md#footprint-formulas: F = E_emb / L + TEC × EF_grid; one laptop kept 6 years instead of 4.
  const parameters = co2eParameters({ factorSet: ADEME_FACTOR_SET, years: 4 })
  const fourYears = productLineCo2e(laptops({ quantity: 1 }), parameters)
  const sixYears = productLineCo2e(laptops({ quantity: 1, declaredLifetimeYears: 6 }), parameters)
  t.equal(fourYears.annualised.kg, 52.394, '181 / 4 + 18.8 × 0.38 = 45.25 + 7.144')
  t.equal(sixYears.annualised.kg, 37.311, '181 / 6 + 7.144')
  t.equal(sixYears.total.kg, fourYears.total.kg, 'over the same horizon the totals are equal')
})

t.test('EY / 3stepIT illustration: two new laptops 600 kg, one laptop refurbished for a second life 375 kg', async (t) => {
  // docs/sources.md#default-factors (3stepIT sustainability report 2017 p.13, source EY): manufacture 225 kg + shipping 25 kg,
  // three years' use ≈ 50 kg. 375 − 250 − 2 × 50 leaves 25 kg for the second shipping with refurbishment.
  const illustration: FactorSet = {
    id: 'ey-3stepit-illustration',
    version: '2017',
    placeOfUse: 'EEE',
    embodiedKgCo2ePerUnit: { laptop: 250 },
    refurbishmentKgCo2ePerUnit: { laptop: 25 },
    gridKgCo2ePerKWh: 0.38,
    sources: ['3stepIT sustainability report 2017 p.13'],
  }
  const threeYears = co2eParameters({ factorSet: illustration, years: 3 })
  // The yearly kWh that makes three years' use 50 kg at 0.38 kg/kWh.
  const yearlyEnergyKWh = 50 / 3 / 0.38

  const twoNew = bidCo2e([laptops({ quantity: 2, yearlyEnergyKWh })], threeYears)
  t.equal(Math.round(twoNew.totalKg), 600)

  const oneDeviceTwoLives = bidCo2e(
    [
      laptops({ quantity: 1, yearlyEnergyKWh }),
      laptops({ quantity: 1, yearlyEnergyKWh, condition: 'refurbished' }),
    ],
    threeYears,
  )
  t.equal(Math.round(oneDeviceTwoLives.totalKg), 375)
  t.equal(oneDeviceTwoLives.lines[1]?.embodiedSource, 'factorSetRefurbishment')
  t.match(oneDeviceTwoLives.lines[1]?.embodied.formula, /1 × 25 kg \(refurbishment burden of a laptop, factor set ey-3stepit-illustration v2017, instead of new-device emissions\)/)
  t.equal(Math.round(oneDeviceTwoLives.lines[1]?.total.kg ?? 0), 75, "the refurbished laptop's buyer carries 25 + 50 kg")
  t.equal(oneDeviceTwoLives.embodiedKg, 275)
})

t.test('where the embodied figure comes from', async (t) => {
  const parameters = co2eParameters({ factorSet: ADEME_FACTOR_SET, years: 4 })
  // docs/sources.md#default-factors: laptop embodied ≈ 0.80 × 307 ≈ 245 kg on a manufacturer-PCF basis.
  const declared = productLineCo2e(laptops({ quantity: 1, declaredEmbodiedKgCo2ePerUnit: 245 }), parameters)
  t.equal(declared.embodiedSource, 'declaredPcf')
  t.equal(declared.embodied.kg, 245)
  t.match(declared.embodied.formula, /declared product carbon footprint/)

  const refurbishedWithoutBurden = productLineCo2e(laptops({ quantity: 1, condition: 'refurbished' }), parameters)
  t.equal(refurbishedWithoutBurden.embodiedSource, 'factorSet', 'no refurbishment burden in the set: new-device figure')
  t.match(refurbishedWithoutBurden.embodied.formula, /the set has no refurbishment burden for it/)

  const refurbishedSet = co2eParameters({
    factorSet: { ...ADEME_FACTOR_SET, refurbishmentKgCo2ePerUnit: { laptop: 25 } },
    years: 4,
  })
  const refurbishedDeclared = productLineCo2e(
    laptops({ quantity: 1, condition: 'refurbished', declaredEmbodiedKgCo2ePerUnit: 245 }),
    refurbishedSet,
  )
  t.equal(refurbishedDeclared.embodiedSource, 'factorSetRefurbishment', "a refurbished unit's first-life PCF is not its buyer's")
  t.equal(refurbishedDeclared.embodied.kg, 25)
})

t.test('errors', async (t) => {
  const parameters = co2eParameters({ factorSet: ADEME_FACTOR_SET, years: 4 })
  t.throws(() => productLineCo2e(laptops({ deviceType: 'projector' }), parameters, '/bids/0/offeredProducts/1'), {
    code: 'UNKNOWN_DEVICE_TYPE',
    path: '/bids/0/offeredProducts/1/deviceType',
  })
  t.throws(() => productLineCo2e(laptops({ deviceType: 'constructor' }), parameters), { code: 'UNKNOWN_DEVICE_TYPE' }, 'only the set’s own entries')
  t.throws(() => productLineCo2e(laptops({ declaredLifetimeYears: 0 }), parameters), { code: 'INVALID_QUANTITY', path: '/declaredLifetimeYears' })
  t.throws(() => productLineCo2e(laptops({ declaredEmbodiedKgCo2ePerUnit: -5 }), parameters), { code: 'INVALID_QUANTITY', path: '/declaredEmbodiedKgCo2ePerUnit' })
  t.throws(
    () => co2eParameters({ factorSet: { ...ADEME_FACTOR_SET, embodiedKgCo2ePerUnit: { laptop: -1 } }, years: 4 }, '/procurement'),
    { code: 'INVALID_CONFIGURATION', path: '/procurement/factorSet/embodiedKgCo2ePerUnit/laptop' },
  )
  t.throws(() => co2eParameters({ factorSet: { ...ADEME_FACTOR_SET, gridKgCo2ePerKWh: Number.NaN }, years: 4 }), {
    code: 'INVALID_CONFIGURATION',
    path: '/factorSet/gridKgCo2ePerKWh',
  })
  t.throws(() => co2eParameters({ factorSet: ADEME_FACTOR_SET, years: -1 }), { code: 'INVALID_CONFIGURATION', path: '/years' })
})

t.test('the place of use decides the grid factor: Kenya 0.08, South Africa 0.72 kg CO2e/kWh', async (t) => {
  const at = (place: string): FactorSet => {
    const factors = co2eFactors(ADEME_BOAVIZTA, place)
    if (!factors) throw new Error(`no grid factor for ${place}`)
    return factors
  }
  const [kenya, southAfrica, europe] = [at('KEN'), at('ZAF'), at('EEE')]
  t.equal(kenya.gridKgCo2ePerKWh, 0.08)
  t.equal(southAfrica.gridKgCo2ePerKWh, 0.72)
  t.equal(europe.gridKgCo2ePerKWh, 0.38)
  t.same(kenya.embodiedKgCo2ePerUnit, ADEME_BOAVIZTA.embodiedKgCo2e.values, 'embodied factors do not depend on the place of use')
  // 100 laptops of 20 kWh a year over 5 years: 100 × (181 + 20 × grid × 5)
  const bid = (factorSet: FactorSet) => bidCo2e([laptops({ quantity: 100, yearlyEnergyKWh: 20 })], co2eParameters({ factorSet, years: 5 }))
  t.match(bid(kenya), { placeOfUse: 'KEN', gridKgCo2ePerKWh: 0.08, embodiedKg: 18100, usePhaseKg: 800, totalKg: 18900 })
  t.match(bid(southAfrica), { placeOfUse: 'ZAF', gridKgCo2ePerKWh: 0.72, usePhaseKg: 7200, totalKg: 25300 })
  t.equal(co2eFactors(ADEME_BOAVIZTA, 'ATL'), undefined, 'no factor for a place the set does not cover')
})
