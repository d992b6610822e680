import t from 'tap'
import { sigmaGppIndicator, sigmaPoints } from '../../../services/reporting/domain/policy-indicators/sigma-gpp.ts'
import { EMPTY_SCOPE, award, procurement, scope } from './fixtures.ts'

// SIGMA sub-indicator 3551 (docs/sources.md#sigma-green-public-procurement): x < 10 % → 0 points, 10–50 % linear, ≥ 50 % → 5.
t.test('points follow the SIGMA bands', async (t) => {
  t.same([5, 10, 30, 49.999, 50, 80].map(sigmaPoints).map((p) => Number(p.toFixed(3))), [0, 0, 2.5, 5, 5, 5])
})

const green = procurement({
  id: 'green',
  hasCircularCriteria: true,
  goals: ['environmental.circularEconomy'],
  strategies: ['technicalSpecifications'],
})
// An environmental goal only tagged as "EU GPP based" names no tender stage, so SIGMA would not count it.
const labelOnly = procurement({ id: 'label-only', goals: ['environmental.energyEfficiency'], strategies: ['euGPPCriteria'] })
const plain = procurement({ id: 'plain' })
const eur = (amount: string) => ({ amount, currency: 'EUR' })

t.test('share of contracts above EUR 10 000 concluded last calendar year with green objectives', async (t) => {
  const indicator = sigmaGppIndicator(
    scope({
      procurements: [green, labelOnly, plain],
      awards: [
        award({ id: 'a', procurementId: 'green', value: eur('50000'), awardedAt: '2025-04-01T00:00:00Z' }),
        award({ id: 'b', procurementId: 'label-only', value: eur('30000'), awardedAt: '2025-05-01T00:00:00Z' }),
        award({ id: 'c', procurementId: 'plain', value: eur('20000'), awardedAt: '2025-06-01T00:00:00Z' }),
        award({ id: 'd-small', procurementId: 'green', value: eur('10000'), awardedAt: '2025-07-01T00:00:00Z' }),
        award({ id: 'e-2024', procurementId: 'green', value: eur('90000'), awardedAt: '2024-12-31T23:59:59Z' }),
        award({ id: 'f-usd', procurementId: 'green', value: { amount: '90000', currency: 'USD' }, awardedAt: '2025-08-01T00:00:00Z' }),
      ],
    }),
    '2026-03-15T00:00:00Z',
  )
  t.equal(indicator.year, 2025)
  t.equal(indicator.share.numerator, 1)
  t.equal(indicator.share.denominator, 3, 'EUR 10 000 exactly is not above the floor; 2024 and USD are out')
  t.equal(Number(indicator.points?.toFixed(4)), 2.9167, '33.3 % → 5 × (33.3 − 10) / 40')
  t.match(indicator.share.note, /1 contracts in other currencies left out/)
})

t.test('no contracts last year: no share and no points', async (t) => {
  const indicator = sigmaGppIndicator(EMPTY_SCOPE, '2026-01-01T00:00:00Z')
  t.equal(indicator.share.value, null)
  t.equal(indicator.points, null)
})
