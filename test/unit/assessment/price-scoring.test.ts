import t from 'tap'
import { bidCost, costParameters } from '../../../services/assessment/domain/life-cycle-cost.ts'
import { createPriceScorer } from '../../../services/assessment/domain/price-scoring.ts'
import type { BidCost } from '../../../services/assessment/domain/types.ts'
import { laptops, procurementSettings } from './fixtures.ts'

// docs/sources.md#scoring-methods, worked example: 40 × 100/105 = 38 (40 price points in a 60:40 quality:price split).
const offer = (unitPrice: string, yearlyEnergyKWh: number): BidCost =>
  bidCost([laptops({ quantity: 1, unitPrice: { amount: unitPrice, currency: 'EUR' }, yearlyEnergyKWh })], costParameters(procurementSettings()))

t.test('relative to the lowest acquisition price', async (t) => {
  const [lowest, other] = [offer('100.00', 0), offer('105.00', 0)]
  const priceLine = createPriceScorer({ basis: 'acquisitionPrice', rule: { method: 'relativeToLowest' } }, 40, [lowest, other])
  t.same(priceLine(other), {
    criterionId: 'price',
    input: '105.00',
    rule: { method: 'relativeToLowest' },
    formula: 'acquisition price in EUR: 40 × 100.00 / 105.00 = 38.10',
    points: (40 * 100) / 105,
  })
})

t.test('on life-cycle cost the energy-hungry cheaper device loses its lead', async (t) => {
  // docs/sources.md#life-cycle-cost: LCC as price criterion, as the Flanders guidance recommends for IT equipment.
  // 100.00 + 50 kWh × 0.25 × 4 = 150.00; 105.00 + 10 kWh × 0.25 × 4 = 115.00.
  const [cheapToBuy, cheapToRun] = [offer('100.00', 50), offer('105.00', 10)]
  const lcc = createPriceScorer({ basis: 'lifeCycleCost', rule: { method: 'relativeToLowest' } }, 40, [cheapToBuy, cheapToRun])
  t.equal(lcc(cheapToRun).points, 40)
  t.equal(lcc(cheapToBuy).formula, 'life-cycle cost in EUR: 40 × 115.00 / 150.00 = 30.67')
  const acquisition = createPriceScorer({ basis: 'acquisitionPrice', rule: { method: 'relativeToLowest' } }, 40, [cheapToBuy, cheapToRun])
  t.equal(acquisition(cheapToBuy).points, 40)
})

t.test('linear price scoring', async (t) => {
  const [lowest, middle, highest] = [offer('100.00', 0), offer('105.00', 0), offer('120.00', 0)]
  const priceLine = createPriceScorer({ basis: 'acquisitionPrice', rule: { method: 'linear' } }, 40, [lowest, middle, highest])
  t.equal(priceLine(middle).formula, 'acquisition price in EUR: 40 × (120.00 − 105.00) / (120.00 − 100.00) = 30.00')
})
