import { Decimal } from 'decimal.js'
import { AssessmentInputError } from './errors.ts'
import type { Money } from './types.ts'

const NON_NEGATIVE_DECIMAL = /^\d+(\.\d+)?$/

/** The amount of `money`, refusing anything that is not a non-negative decimal string in `currency`. */
export function amountIn(money: Money, currency: string, path: string): Decimal {
  if (money.currency !== currency) {
    throw new AssessmentInputError(
      'CURRENCY_MISMATCH',
      `${path}/currency`,
      `amount is in ${money.currency} but the procurement is evaluated in ${currency}`,
    )
  }
  if (!NON_NEGATIVE_DECIMAL.test(money.amount)) {
    throw new AssessmentInputError(
      'INVALID_AMOUNT',
      `${path}/amount`,
      `'${money.amount}' is not a non-negative decimal amount such as "1234.50"`,
    )
  }
  return new Decimal(money.amount)
}
