import { Decimal } from 'decimal.js'

// Every rounding rule of the evaluation, in one place:
// - money: each cost term is rounded to cents (half up) as soon as it is computed; sums of terms are exact,
//   so a published life-cycle cost always equals the sum of its published terms, and price points are
//   computed from those published amounts
// - points: kept at full floating-point precision; only explanations and displays show two decimals
// - ranking: totals are compared at a resolution of 1e-9 points, so floating-point noise from adding the
//   same points in a different order can never decide a tender, while any real difference does
// - CO2e: kilograms are reported to the gram (three decimals).

const MONEY_DECIMALS = 2
const POINTS_DISPLAY_DECIMALS = 2
const RANKING_RESOLUTION = 1e9
const KG_DECIMALS = 3

export function roundMoney(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(MONEY_DECIMALS, Decimal.ROUND_HALF_UP)
}

export function formatMoney(amount: Decimal): string {
  return amount.toFixed(MONEY_DECIMALS, Decimal.ROUND_HALF_UP)
}

export function formatPoints(points: number): string {
  return points.toFixed(POINTS_DISPLAY_DECIMALS)
}

export function rankingKey(totalPoints: number): number {
  return Math.round(totalPoints * RANKING_RESOLUTION)
}

export function roundKg(kg: number): number {
  return Number(kg.toFixed(KG_DECIMALS))
}

/** Inputs quoted in explanations: as given, but without floating-point tails. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(6)))
}
