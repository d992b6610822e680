import { Decimal } from 'decimal.js'
import { AssessmentInputError } from './errors.ts'
import { amountIn } from './money.ts'
import { assertNonNegative, assertPositive, assertPositiveInteger } from './numeric-input.ts'
import { formatMoney, formatNumber, roundMoney } from './rounding.ts'
import type { BidCost, CostTerm, Money, OfferedProduct, ProcurementSettings, ProductLineCost } from './types.ts'

// Life-cycle cost after Directive 2014/24/EU Art. 68 (docs/sources.md#life-cycle-cost):
//   acquisition + yearly kWh × tariff × years × quantity + service − residual value

export interface CostParameters {
  currency: string
  tariffPerKWh: Decimal
  years: number
}

/** Checks the procurement-wide cost inputs once, so every bid is costed with the same tariff and horizon. */
export function costParameters(
  settings: Pick<ProcurementSettings, 'currency' | 'energyTariff' | 'years'>,
  path = '',
): CostParameters {
  return {
    currency: settings.currency,
    tariffPerKWh: amountIn(settings.energyTariff, settings.currency, `${path}/energyTariff`),
    years: assertPositive(settings.years, `${path}/years`),
  }
}

export function bidCost(products: readonly OfferedProduct[], parameters: CostParameters, path = ''): BidCost {
  if (products.length === 0) {
    throw new AssessmentInputError('INVALID_QUANTITY', path, 'a bid must offer at least one product')
  }
  const lines = products.map((product, index) => productLineCost(product, parameters, `${path}/${index}`))
  const sum = (pick: (line: ProductLineCost) => CostTerm) =>
    lines.reduce((total, line) => total.plus(pick(line).amount), new Decimal(0))
  const lifeCycleCost = formatMoney(sum((line) => line.lifeCycleCost))
  return {
    currency: parameters.currency,
    acquisition: formatMoney(sum((line) => line.acquisition)),
    lifeCycleCost,
    formula: `${lines.map((line) => line.lifeCycleCost.amount).join(' + ')} = ${lifeCycleCost}`,
    lines,
  }
}

export function productLineCost(product: OfferedProduct, parameters: CostParameters, path = ''): ProductLineCost {
  const { currency, tariffPerKWh, years } = parameters
  const quantity = assertPositiveInteger(product.quantity, `${path}/quantity`, 'INVALID_QUANTITY')
  const yearlyKWh = assertNonNegative(product.yearlyEnergyKWh, `${path}/yearlyEnergyKWh`, 'INVALID_QUANTITY')
  const lifetime = assertPositive(product.declaredLifetimeYears, `${path}/declaredLifetimeYears`, 'INVALID_QUANTITY')
  const purchases = new Decimal(years).div(lifetime).ceil().toNumber()
  const unusedYears = new Decimal(lifetime).times(purchases).minus(years)
  const perUnit = (money: Money | null | undefined, field: string) =>
    money == null ? new Decimal(0) : amountIn(money, currency, `${path}/${field}`)
  const timesQuantity = (unitAmount: Decimal) =>
    term(unitAmount.times(quantity), `${quantity} × ${formatMoney(unitAmount)} ${currency}`)

  const unitPrice = perUnit(product.unitPrice, 'unitPrice')
  const acquisition = timesQuantity(unitPrice)
  const replacements =
    purchases === 1
      ? term(new Decimal(0), `lifetime ${formatNumber(lifetime)} yr covers the horizon ${formatNumber(years)} yr, no replacement`)
      : term(
          unitPrice.times(quantity).times(purchases - 1),
          `${purchases - 1} × ${quantity} × ${formatMoney(unitPrice)} ${currency} (lifetime ${formatNumber(lifetime)} yr, horizon ${formatNumber(years)} yr: ${purchases} purchases)`,
        )
  const energy = term(
    tariffPerKWh.times(yearlyKWh).times(years).times(quantity),
    `${formatNumber(yearlyKWh)} kWh/yr × ${tariffPerKWh.toString()} ${currency}/kWh × ${formatNumber(years)} yr × ${quantity}`,
  )
  const service = timesQuantity(perUnit(product.serviceCostPerUnit, 'serviceCostPerUnit'))
  const buyBack = product.residualValuePerUnit == null ? null : perUnit(product.residualValuePerUnit, 'residualValuePerUnit')
  const residual =
    buyBack === null
      ? term(
          unitPrice.times(quantity).times(unusedYears).div(lifetime),
          `straight-line ${quantity} × ${formatMoney(unitPrice)} ${currency} × ${formatNumber(unusedYears.toNumber())} yr unused / ${formatNumber(lifetime)} yr`,
        )
      : term(buyBack.times(quantity), `declared buy-back ${quantity} × ${formatMoney(buyBack)} ${currency}`)
  const total = acquisition.value.plus(replacements.value).plus(energy.value).plus(service.value).minus(residual.value)

  return {
    model: product.model,
    quantity,
    purchases,
    acquisition: acquisition.term,
    replacements: replacements.term,
    energy: energy.term,
    service: service.term,
    residual: residual.term,
    lifeCycleCost: {
      amount: formatMoney(total),
      formula:
        `acquisition ${acquisition.term.amount} + replacements ${replacements.term.amount} + energy ${energy.term.amount} + service ${service.term.amount}` +
        ` − residual ${residual.term.amount} = ${formatMoney(total)}`,
    },
  }
}

function term(exact: Decimal, expression: string): { value: Decimal, term: CostTerm } {
  const value = roundMoney(exact)
  return { value, term: { amount: formatMoney(value), formula: `${expression} = ${formatMoney(value)}` } }
}
