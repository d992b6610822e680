// The formulas of docs/sources.md#footprint-formulas. Units: kg CO2e, kg, kWh, years, devices.
// A lifetime of zero or less has no physical meaning and would divide by zero, so it is refused
// here; KPI code screens unit lines before calling in.

export function annualisedFootprint(input: {
  embodiedKgCo2e: number
  lifetimeYears: number
  useKgCo2ePerYear: number
}): number {
  return input.embodiedKgCo2e / positive(input.lifetimeYears, 'lifetimeYears') + input.useKgCo2ePerYear
}

// TEC × EF_grid, the use term of the annualised footprint, times a number of years.
export function usePhaseEmissions(input: {
  yearlyEnergyKWh: number
  gridKgCo2ePerKWh: number
  years: number
}): number {
  return input.yearlyEnergyKWh * input.gridKgCo2ePerKWh * input.years
}

export function replacementPurchasesPerYear(units: number, lifetimeYears: number): number {
  return units / positive(lifetimeYears, 'lifetimeYears')
}

// ΔB = N × (1/L0 − 1/L1); negative when the new lifetime is shorter than the baseline.
export function avoidedPurchasesPerYear(input: {
  units: number
  baselineLifetimeYears: number
  extendedLifetimeYears: number
}): number {
  return (
    replacementPurchasesPerYear(input.units, input.baselineLifetimeYears) -
    replacementPurchasesPerYear(input.units, input.extendedLifetimeYears)
  )
}

// ΔE = ΔB × E_emb
export function embodiedEmissionsAvoided(avoidedDevices: number, embodiedKgCo2e: number): number {
  return avoidedDevices * embodiedKgCo2e
}

// ΔW = ΔB × m
export function eWasteAvoided(avoidedDevices: number, massKg: number): number {
  return avoidedDevices * massKg
}

// ΔE_unit = E_emb,new − E_refurb (process, parts and transport)
export function refurbishedInsteadOfNew(embodiedNewKgCo2e: number, refurbishmentKgCo2e: number): number {
  return embodiedNewKgCo2e - refurbishmentKgCo2e
}

// ΔU = (TEC_old − TEC_new) × EF_grid × years; negative when reused older kit draws more power.
export function usePhaseChange(input: {
  oldYearlyEnergyKWh: number
  newYearlyEnergyKWh: number
  gridKgCo2ePerKWh: number
  years: number
}): number {
  return usePhaseEmissions({
    yearlyEnergyKWh: input.oldYearlyEnergyKWh - input.newYearlyEnergyKWh,
    gridKgCo2ePerKWh: input.gridKgCo2ePerKWh,
    years: input.years,
  })
}

function positive(value: number, name: string): number {
  if (!(value > 0)) throw new RangeError(`${name} must be greater than zero, got ${value}`)
  return value
}
