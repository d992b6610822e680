import t from 'tap'
import { ADEME_BOAVIZTA, GRID_EUROPE } from '../../../services/kernel/factor-library.ts'
import {
  OPEN_SPP_INDICATORS,
  contractEmissions,
  specificationCriteriaShares,
  sppBuyerShare,
  sppContractShare,
  sppOutcomesRecordedShare,
  sppValueShare,
  yearOnYearChange,
} from '../../../services/reporting/domain/policy-indicators/open-spp.ts'
import { EMPTY_SCOPE, award, procurement, report, scope, units } from './fixtures.ts'

// Open SPP worked example (docs/sources.md#open-spp): 150 → 450 SPP contracts is +200 %.
t.test('year-on-year change', async (t) => {
  t.equal(yearOnYearChange(150, 450), 2)
  t.equal(yearOnYearChange(450, 150), -2 / 3)
  t.equal(yearOnYearChange(0, 10), null, 'no change ratio from zero')
  t.equal(yearOnYearChange(null, 10), null)
})

const spp = procurement({ id: 'spp', buyerId: 'buyer-a', goals: ['environmental.circularEconomy'], strategies: ['technicalSpecifications'] })
const plainA = procurement({ id: 'plain-a', buyerId: 'buyer-a' })
const plainB = procurement({ id: 'plain-b', buyerId: 'buyer-b' })
const scoped = scope({
  procurements: [spp, plainA, plainB],
  awards: [
    award({ id: 'c-spp', procurementId: 'spp', value: { amount: '300', currency: 'EUR' } }),
    award({ id: 'c-spp2', procurementId: 'spp', value: { amount: '100', currency: 'EUR' } }),
    award({ id: 'c-a', procurementId: 'plain-a', value: { amount: '100', currency: 'EUR' } }),
    award({ id: 'c-b', procurementId: 'plain-b', value: { amount: '500', currency: 'EUR' } }),
  ],
})

t.test('SPP shares by count, value and buyer', async (t) => {
  t.equal(sppContractShare(scoped).value, 50)
  t.equal(sppValueShare(scoped).value, 40)
  t.equal(sppBuyerShare(scoped).value, 50, 'buyer-a awarded SPP, buyer-b did not')
})

t.test('SPP contracts with recorded outcomes look at every report held', async (t) => {
  const result = sppOutcomesRecordedShare(scoped, [report({ contractId: 'c-spp' }), report({ contractId: 'c-a' })])
  t.equal(result.numerator, 1)
  t.equal(result.denominator, 2)
})

t.test('tenders referencing SPP criteria in specifications, by count and value', async (t) => {
  const [count, value] = specificationCriteriaShares(scoped)
  t.equal(Number(count?.value?.toFixed(4)), 33.3333)
  t.equal(value?.value, 40)
})

t.test('contract CO2e: embodied plus use over the planned life', async (t) => {
  const result = contractEmissions(
    scope({ procurements: [spp], awards: [award({ procurementId: 'spp', units: [units({ quantity: 10 })] })] }),
    ADEME_BOAVIZTA,
    GRID_EUROPE,
  )
  t.ok(Math.abs((result.value ?? NaN) - 10 * (181 + 20 * 0.38 * 4)) < 1e-9)
  t.equal(result.unit, 'kgCO2e')
})

t.test('no contracts: shares say no data', async (t) => {
  for (const result of [sppContractShare(EMPTY_SCOPE), sppValueShare(EMPTY_SCOPE), sppBuyerShare(EMPTY_SCOPE)]) {
    t.equal(result.value, null)
  }
})

t.test('indicators the read model cannot support are declared, with reasons', async (t) => {
  const notComputable = OPEN_SPP_INDICATORS.filter((i) => !i.computable)
  t.same(notComputable.map((i) => i.id), [
    'OSPP-LOW-CARBON-COMPLIANCE-SHARE',
    'OSPP-CARBON-BUDGET-SHARE',
    'OSPP-CO2-AWARD-CRITERIA-SHARE',
  ])
  for (const indicator of notComputable) t.ok(!indicator.computable && indicator.reason.length > 20)
})
