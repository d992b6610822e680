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
    acquisition: { amount: '80000.00', formula: '100 × 800.00 EUR = 80000.00' },
    energy: { amount: '1880.00', formula: '18.8 kWh/yr × 0.25 EUR/kWh × 4 yr × 100 = 1880.00' },
    service: { amount: '5000.00', formula: '100 × 50.00 EUR = 5000.00' },
    residual: { amount: '6000.00', formula: '100 × 60.00 EUR = 6000.00' },
    lifeCycleCost: {
      amount: '80880.00',
      formula: 'acquisition 80000.00 + energy 1880.00 + service 5000.00 − residual 6000.00 = 80880.00',
    },
  })
})

t.test('without service or residual value those terms are zero', async (t) => {
  const line = productLineCost(laptops({ serviceCostPerUnit: null }), parameters)
  t.equal(line.service.amount, '0.00')
  t.equal(line.residual.amount, '0.00')
  t.equal(line.lifeCycleCost.amount, '81880.00')
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
  t.throws(() => costParameters(procurementSettings({ years: 0 }), '/procurement'), { code: 'INVALID_CONFIGURATION', path: '/procurement/years' })
  t.throws(() => bidCost([], parameters, '/bids/2/offeredProducts'), { code: 'INVALID_QUANTITY', path: '/bids/2/offeredProducts' })
})
