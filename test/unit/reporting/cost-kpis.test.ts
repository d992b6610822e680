import t from 'tap'
import { totalCostOfOwnership } from '../../../services/reporting/domain/kpis/cost-kpis.ts'
import { award, EMPTY_SCOPE, procurement, scope } from './fixtures.ts'

const eur = (amount: string) => ({ amount, currency: 'EUR' })

t.test('K17 adds the winning bids’ life-cycle costs as decimals', async (t) => {
  const result = totalCostOfOwnership(scope({
    procurements: [procurement()],
    awards: [award({ id: 'a1', lifeCycleCost: eur('412500.10') }), award({ id: 'a2', lifeCycleCost: eur('0.20') }), award({ id: 'a3', lifeCycleCost: null })],
  }))
  t.match(result, { kpiId: 'K17', value: 412500.3, unit: 'EUR', recordCount: 2, note: '1 contract left out: no life-cycle cost on the award' }, '412 500.10 + 0.20, not 412500.30000000005')
})

t.test('K17 never adds currencies, and says no data without awards', async (t) => {
  const mixed = totalCostOfOwnership(scope({ procurements: [procurement()], awards: [award({ id: 'a1', lifeCycleCost: eur('1.00') }), award({ id: 'a2', lifeCycleCost: { amount: '1.00', currency: 'SEK' } })] }))
  t.match(mixed, { value: null, note: /^mixed currencies \(EUR, SEK\)/ })
  t.match(totalCostOfOwnership(EMPTY_SCOPE), { value: null, note: 'no data' })
})
