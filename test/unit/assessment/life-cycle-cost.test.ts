import t from 'tap'
import { bidCost, costParameters, productLineCost } from '../../../services/assessment/domain/life-cycle-cost.ts'
import { laptops, procurementSettings } from './fixtures.ts'

// docs/sources.md#life-cycle-cost (Directive 2014/24 Art. 68): acquisition + TEC × tariff × years + service − residual.
// 100 laptops at the median laptop TEC of 18.8 kWh/yr (docs/sources.md#default-factors) over the 4-year Boavizta laptop life.
const parameters = costParameters(procurementSettings())

t.test('a product line, every term explained', async (t) => {
  const line = productLineCost(
    laptops({
      serviceCostPerUnit: { amount: '50.00', currency: 'EUR' },
      residualValuePerUnit: { amount: '60.00', currency: 'EUR' },
    }),
    parameters,
  )
  t.same(line, {
    model: 'Notebook 14',
    quantity: 100,
    purchases: 1,
    acquisition: { amount: '80000.00', formula: '100 × 800.00 EUR = 80000.00' },
    replacements: { amount: '0.00', formula: 'lifetime 4 yr covers the horizon 4 yr, no replacement = 0.00' },
    energy: { amount: '1880.00', formula: '18.8 kWh/yr × 0.25 EUR/kWh × 4 yr × 100 = 1880.00' },
    service: { amount: '5000.00', formula: '100 × 50.00 EUR = 5000.00' },
    residual: { amount: '6000.00', formula: 'declared buy-back 100 × 60.00 EUR = 6000.00' },
    lifeCycleCost: {
      amount: '80880.00',
      formula: 'acquisition 80000.00 + replacements 0.00 + energy 1880.00 + service 5000.00 − residual 6000.00 = 80880.00',
    },
  })
})

t.test('without service the term is zero; without a buy-back a lifetime used up leaves no residual value', async (t) => {
  const line = productLineCost(laptops({ serviceCostPerUnit: null }), parameters)
  t.equal(line.service.amount, '0.00')
  t.same(line.residual, { amount: '0.00', formula: 'straight-line 100 × 800.00 EUR × 0 yr unused / 4 yr = 0.00' })
  t.equal(line.lifeCycleCost.amount, '81880.00')
})

t.test('a lifetime shorter than the horizon pays replacements; a longer one keeps a residual value', async (t) => {
  // One phone each over a six-year horizon, 5 kWh a year at 1.00 EUR/kWh (30 EUR over six years), no service.
  const sixYears = costParameters(procurementSettings({ energyTariff: { amount: '1.00', currency: 'EUR' }, years: 6 }))
  const phone = (unitPrice: string, declaredLifetimeYears: number) =>
    productLineCost(laptops({ quantity: 1, unitPrice: { amount: unitPrice, currency: 'EUR' }, yearlyEnergyKWh: 5, declaredLifetimeYears }), sixYears)

  // Three years at 500: ⌈6 / 3⌉ = 2 purchases, 500 + 500 + 30 = 1030 (not 530).
  const short = phone('500.00', 3)
  t.equal(short.purchases, 2)
  t.same(short.replacements, { amount: '500.00', formula: '1 × 1 × 500.00 EUR (lifetime 3 yr, horizon 6 yr: 2 purchases) = 500.00' })
  t.equal(short.residual.amount, '0.00', 'the second phone is used up exactly at the end')
  t.equal(short.lifeCycleCost.amount, '1030.00')
  // Six years at 700: one purchase, 700 + 30 = 730, now the cheaper life cycle.
  t.equal(phone('700.00', 6).lifeCycleCost.amount, '730.00')

  // Four years at 600: ⌈6 / 4⌉ = 2 purchases; the second is bought in year 4 and has 2 of its 4 years left:
  // residual 600 × 2 / 4 = 300; 600 + 600 + 30 − 300 = 930.
  const four = phone('600.00', 4)
  t.same(four.residual, { amount: '300.00', formula: 'straight-line 1 × 600.00 EUR × 2 yr unused / 4 yr = 300.00' })
  t.equal(four.lifeCycleCost.amount, '930.00')
  // Eight years at 800 over six: 2 of 8 years unused, residual 200; 800 + 30 − 200 = 630.
  t.equal(phone('800.00', 8).lifeCycleCost.amount, '630.00')
})

t.test('decimal money: each term rounded half up to cents, the total is the sum of the published terms', async (t) => {
  const cheapPower = costParameters(procurementSettings({ energyTariff: { amount: '0.2345', currency: 'EUR' }, years: 3 }))
  // 0.1 + 0.2 must be 0.30 exactly: floating point would give 0.30000000000000004.
  const line = productLineCost(
    laptops({ quantity: 3, unitPrice: { amount: '0.1', currency: 'EUR' }, yearlyEnergyKWh: 1, residualValuePerUnit: null }),
    cheapPower,
  )
  t.equal(line.acquisition.amount, '0.30')
  t.equal(line.energy.formula, '1 kWh/yr × 0.2345 EUR/kWh × 3 yr × 3 = 2.11', '2.1105 rounds to 2.11')
  const halfCent = productLineCost(
    laptops({ quantity: 1, unitPrice: { amount: '0.125', currency: 'EUR' }, yearlyEnergyKWh: 0 }),
    cheapPower,
  )
  t.equal(halfCent.acquisition.amount, '0.13', 'half a cent rounds up')
})

t.test('a bid adds its product lines', async (t) => {
  const cost = bidCost(
    [
      laptops(),
      laptops({ model: 'Refurbished Notebook 13', quantity: 20, condition: 'refurbished', unitPrice: { amount: '399.99', currency: 'EUR' } }),
    ],
    parameters,
  )
  t.equal(cost.currency, 'EUR')
  t.equal(cost.acquisition, '87999.80')
  t.equal(cost.lines[1]?.lifeCycleCost.amount, '8375.80')
  t.equal(cost.lifeCycleCost, '90255.80')
  t.equal(cost.formula, '81880.00 + 8375.80 = 90255.80')
})

t.test('errors', async (t) => {
  t.throws(() => productLineCost(laptops({ unitPrice: { amount: '800.00', currency: 'USD' } }), parameters, '/bids/0/offeredProducts/0'), {
    code: 'CURRENCY_MISMATCH',
    path: '/bids/0/offeredProducts/0/unitPrice/currency',
    message: 'amount is in USD but the procurement is evaluated in EUR',
  })
  t.throws(() => productLineCost(laptops({ serviceCostPerUnit: { amount: '5', currency: 'SEK' } }), parameters), {
    code: 'CURRENCY_MISMATCH',
    path: '/serviceCostPerUnit/currency',
  })
  t.throws(() => costParameters(procurementSettings({ energyTariff: { amount: '0.25', currency: 'USD' } }), '/procurement'), {
    code: 'CURRENCY_MISMATCH',
    path: '/procurement/energyTariff/currency',
  })
  for (const amount of ['12,50', '-1.00', '1e3', '']) {
    t.throws(() => productLineCost(laptops({ unitPrice: { amount, currency: 'EUR' } }), parameters), { code: 'INVALID_AMOUNT', path: '/unitPrice/amount' }, `'${amount}'`)
  }
  for (const quantity of [0, 1.5, -2, Number.NaN]) {
    t.throws(() => productLineCost(laptops({ quantity }), parameters), { code: 'INVALID_QUANTITY', path: '/quantity' }, `quantity ${quantity}`)
  }
  t.throws(() => productLineCost(laptops({ yearlyEnergyKWh: -1 }), parameters), { code: 'INVALID_QUANTITY', path: '/yearlyEnergyKWh' })
  t.throws(() => productLineCost(laptops({ declaredLifetimeYears: 0 }), parameters), { code: 'INVALID_QUANTITY', path: '/declaredLifetimeYears' })
  t.throws(() => costParameters(procurementSettings({ years: 0 }), '/procurement'), { code: 'INVALID_CONFIGURATION', path: '/procurement/years' })
  t.throws(() => bidCost([], parameters, '/bids/2/offeredProducts'), { code: 'INVALID_QUANTITY', path: '/bids/2/offeredProducts' })
})
