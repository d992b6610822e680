import t from 'tap'
import { ADEME_BOAVIZTA, MANUFACTURER_PCF } from '../../../services/kernel/factor-library.ts'
import {
  annualisedFootprint,
  avoidedPurchasesPerYear,
  embodiedEmissionsAvoided,
  eWasteAvoided,
  refurbishedInsteadOfNew,
  replacementPurchasesPerYear,
  usePhaseChange,
  usePhaseEmissions,
} from '../../../services/reporting/domain/footprint-formulas.ts'

const close = (actual: number, expected: number, tolerance = 1e-9): boolean => Math.abs(actual - expected) <= tolerance

// docs/sources.md#footprint-formulas worked example: 1 000 laptops, L0 = 4 → L1 = 6 years.
t.test('lifetime extension worked example (docs/sources.md#footprint-formulas)', async (t) => {
  const deltaB = avoidedPurchasesPerYear({ units: 1000, baselineLifetimeYears: 4, extendedLifetimeYears: 6 })
  t.equal(replacementPurchasesPerYear(1000, 4), 250, 'B = N / L0')
  t.ok(close(deltaB, 1000 * (0.25 - 1 / 6)), 'ΔB = N × (1/L0 − 1/L1)')
  t.equal(Number(deltaB.toFixed(1)), 83.3, 'ΔB = 83.3 laptops/yr avoided')

  const ademe = ADEME_BOAVIZTA.embodiedKgCo2e.values['laptop'] ?? NaN
  const pcf = MANUFACTURER_PCF.embodiedKgCo2e.values['laptop'] ?? NaN
  t.equal(Math.round(embodiedEmissionsAvoided(deltaB, ademe) / 1000), 15, 'ΔE = 15 t CO2e/yr at 181 kg (ADEME)')
  t.equal(Math.round(embodiedEmissionsAvoided(deltaB, pcf) / 1000), 20, 'ΔE = 20 t CO2e/yr at ≈245 kg (manufacturer PCF)')

  const mass = MANUFACTURER_PCF.massKg.values['laptop'] ?? NaN
  t.equal(mass, 1.65)
  t.equal(Number(eWasteAvoided(deltaB, mass).toFixed(1)), 137.5, 'ΔW = 83.3 × 1.65 kg ≈ 138 kg/yr')
})

t.test('a shorter life than the baseline means more purchases, not fewer', async (t) => {
  t.ok(avoidedPurchasesPerYear({ units: 100, baselineLifetimeYears: 4, extendedLifetimeYears: 3 }) < 0)
})

// EY/3stepIT illustration (3stepIT sustainability report 2017 p.13; docs/sources.md#default-factors): manufacture
// 225 kg + shipping 25 kg + 3 years of use ≈ 50 kg; two new laptops over 6 years 600 kg against one
// refurbished laptop used 6 years 375 kg.
t.test('refurbished instead of new: EY/3stepIT illustration', async (t) => {
  const embodiedNew = 225 + 25
  const usePerYear = 50 / 3
  const twoNewOverSixYears = 6 * annualisedFootprint({ embodiedKgCo2e: embodiedNew, lifetimeYears: 3, useKgCo2ePerYear: usePerYear })
  t.ok(close(twoNewOverSixYears, 600), 'two new laptops over 6 years: 600 kg')

  const refurbishment = ADEME_BOAVIZTA.refurbishmentKgCo2e.values['laptop'] ?? NaN
  const oneRefurbishedOverSixYears = embodiedNew + refurbishment + 6 * usePerYear
  t.ok(close(oneRefurbishedOverSixYears, 375), 'one refurbished laptop over 6 years: 375 kg')

  t.equal(refurbishedInsteadOfNew(embodiedNew, refurbishment), 225, 'ΔE_unit = E_new − E_refurb')
  t.ok(close(twoNewOverSixYears - oneRefurbishedOverSixYears, 225), 'the saving the illustration implies')
})

// Tech Carbon Standard example (docs/sources.md#default-factors): laptop 17.1 W, 8 h × 220 d ≈ 30 kWh/yr,
// EU 0.328 kg/kWh → ~9.9 kg CO2e/yr.
t.test('use-phase emissions: Tech Carbon Standard laptop', async (t) => {
  const yearlyEnergyKWh = (17.1 * 8 * 220) / 1000
  t.equal(Math.round(yearlyEnergyKWh), 30)
  t.equal(Number(usePhaseEmissions({ yearlyEnergyKWh, gridKgCo2ePerKWh: 0.328, years: 1 }).toFixed(1)), 9.9)
})

t.test('annualised footprint adds embodied share and use per year', async (t) => {
  const use = usePhaseEmissions({ yearlyEnergyKWh: 18.8, gridKgCo2ePerKWh: 0.38, years: 1 })
  t.ok(close(annualisedFootprint({ embodiedKgCo2e: 181, lifetimeYears: 4, useKgCo2ePerYear: use }), 45.25 + 7.144))
})

t.test('use-phase change is negative when older kit draws more power', async (t) => {
  const base = { gridKgCo2ePerKWh: 0.38, years: 4 }
  t.ok(close(usePhaseChange({ ...base, oldYearlyEnergyKWh: 30, newYearlyEnergyKWh: 20 }), 15.2))
  t.ok(close(usePhaseChange({ ...base, oldYearlyEnergyKWh: 20, newYearlyEnergyKWh: 30 }), -15.2))
})

t.test('a lifetime of zero is refused instead of dividing by it', async (t) => {
  t.throws(() => replacementPurchasesPerYear(10, 0), RangeError)
  t.throws(() => annualisedFootprint({ embodiedKgCo2e: 181, lifetimeYears: -1, useKgCo2ePerYear: 0 }), RangeError)
  t.throws(() => avoidedPurchasesPerYear({ units: 10, baselineLifetimeYears: 4, extendedLifetimeYears: 0 }), RangeError)
})
