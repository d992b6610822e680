import t from 'tap'
import {
  circularProcedureShare,
  circularSpendShare,
  gppCriteriaProcedureShare,
  softwareCriteriaProcedureShare,
  strategyShares,
} from '../../../services/reporting/domain/kpis/procedure-kpis.ts'
import { cpvWithin, DEFAULT_CIRCULAR_GOALS, isIctProcedure, isSoftwareCriterion } from '../../../services/reporting/domain/procedure-classification.ts'
import { productCategories } from '../../../services/catalogue/seed/data/product-categories.ts'
import { EMPTY_SCOPE, award, procurement, scope } from './fixtures.ts'

const circular = { hasCircularCriteria: true, goals: ['environmental.circularEconomy'] }

const procedures = [
  procurement({ id: 'p1', ...circular, strategies: ['technicalSpecifications', 'euGPPCriteria'] }),
  // Energy efficiency alone is sustainable but not circular under the default goal set.
  procurement({ id: 'p2', hasCircularCriteria: true, goals: ['environmental.energyEfficiency'], strategies: ['awardCriteria'] }),
  // OCDS lets publishers extend a goal code with a sub-code; it still counts as its parent.
  procurement({ id: 'p3', hasCircularCriteria: true, goals: ['environmental.circularEconomy.refurbishment'], strategies: ['awardCriteria', 'nationalGPPCriteria'] }),
  // K01 needs both hasSustainability and a circular goal.
  procurement({ id: 'p4', hasCircularCriteria: false, goals: ['environmental.recycling'] }),
  procurement({ id: 'p5-works', cpvCodes: ['45000000-7'], ...circular }),
]

t.test('K01 counts ICT procedures flagged with a circular goal', async (t) => {
  const result = circularProcedureShare(scope({ procurements: procedures }), DEFAULT_CIRCULAR_GOALS)
  t.equal(result.kpiId, 'K01')
  t.equal(result.numerator, 2)
  t.equal(result.denominator, 4)
  t.equal(result.value, 50)
  t.equal(result.unit, '%')
  t.match(result.note, /1 non-ICT procedures/, 'the construction procedure is left out and said so')
})

t.test('K01 follows a caller-chosen circular goal set', async (t) => {
  const wider = [...DEFAULT_CIRCULAR_GOALS, 'environmental.energyEfficiency']
  t.equal(circularProcedureShare(scope({ procurements: procedures }), wider).numerator, 3)
})

t.test('K01 with no procedures says no data', async (t) => {
  const result = circularProcedureShare(EMPTY_SCOPE, DEFAULT_CIRCULAR_GOALS)
  t.equal(result.value, null)
  t.equal(result.note, 'no data')
})

const twoLots = procurement({
  id: 'p-lots',
  lots: [
    { id: 'lot-1', title: 'Laptops', ...circular, strategies: ['contractPerformanceConditions'] },
    { id: 'lot-2', title: 'Monitors', hasCircularCriteria: false, goals: [], strategies: [] },
  ],
})
const tenderLevel = procurement({ id: 'p-tender', ...circular, strategies: ['technicalSpecifications'] })

t.test('K02 weighs contract value by the lot’s own tags', async (t) => {
  const result = circularSpendShare(
    scope({
      procurements: [twoLots, tenderLevel],
      awards: [
        award({ id: 'a1', procurementId: 'p-lots', lotId: 'lot-1', value: { amount: '60000.10', currency: 'EUR' } }),
        award({ id: 'a2', procurementId: 'p-lots', lotId: 'lot-2', value: { amount: '50000.20', currency: 'EUR' } }),
        award({ id: 'a3', procurementId: 'p-tender', lotId: null, value: { amount: '0.30', currency: 'EUR' } }),
      ],
    }),
    DEFAULT_CIRCULAR_GOALS,
  )
  t.equal(result.numerator, 60000.4, 'decimal sums: 60000.10 + 0.30 exactly')
  t.equal(result.denominator, 110000.6)
  t.equal(Number(result.value?.toFixed(4)), 54.5455)
  t.match(result.note, /amounts in EUR/)
})

t.test('K02 refuses to add up different currencies', async (t) => {
  const result = circularSpendShare(
    scope({
      procurements: [tenderLevel],
      awards: [
        award({ id: 'a1', procurementId: 'p-tender', value: { amount: '100', currency: 'EUR' } }),
        award({ id: 'a2', procurementId: 'p-tender', value: { amount: '100', currency: 'USD' } }),
      ],
    }),
    DEFAULT_CIRCULAR_GOALS,
  )
  t.equal(result.value, null)
  t.equal(result.recordCount, 2)
  t.match(result.note, /mixed currencies \(EUR, USD\)/)
})

t.test('K02 with contracts of zero value: denominator zero, no NaN', async (t) => {
  const result = circularSpendShare(
    scope({ procurements: [tenderLevel], awards: [award({ procurementId: 'p-tender', value: { amount: '0', currency: 'EUR' } })] }),
    DEFAULT_CIRCULAR_GOALS,
  )
  t.equal(result.value, null)
  t.match(result.note, /denominator is zero/)
})

t.test('K03 gives a count and a value share per OCDS strategy code', async (t) => {
  const results = strategyShares(scope({ procurements: procedures.slice(0, 4) }))
  t.equal(results.length, 18, '9 strategy codes × count and value')
  const awardCriteria = results.find((r) => r.dimension?.['strategy'] === 'awardCriteria' && r.dimension['basis'] === 'count')
  t.equal(awardCriteria?.value, 50)
  const byValue = results.find((r) => r.dimension?.['strategy'] === 'awardCriteria' && r.dimension['basis'] === 'value')
  t.equal(byValue?.value, null, 'no contracts: no value share')
  t.equal(byValue?.note, 'no data')
})

t.test('K04 counts procedures based on EU, national or other GPP criteria', async (t) => {
  const result = gppCriteriaProcedureShare(scope({ procurements: procedures.slice(0, 4) }))
  t.equal(result.numerator, 2)
  t.equal(result.value, 50)
})

t.test('ICT is every CPV code of a procedure within a catalogue category or an ICT group', async (t) => {
  t.ok(isIctProcedure(['32420000-3']), 'network equipment')
  t.ok(isIctProcedure(['30121100-4']), 'copiers')
  t.ok(isIctProcedure(['30213100-6']), 'notebooks, within 30.2')
  t.ok(isIctProcedure(['45000000-7', '32420000-3']), 'any code, not only the first')
  t.notOk(isIctProcedure(['45000000-7', '30100000-0']), 'office machinery 30.1 beside copiers is not ICT')
  t.notOk(isIctProcedure([]))
  t.ok(cpvWithin('30213100', '30200000') && !cpvWithin('30121100', '30200000'))
  const network = procurement({ id: 'net', cpvCodes: ['32420000-3'], ...circular, strategies: ['technicalSpecifications', 'euGPPCriteria'] })
  const copiers = procurement({ id: 'copy', cpvCodes: ['45000000-7', '30121100-4'], hasCircularCriteria: false, goals: [], strategies: [] })
  const counted = scope({ procurements: [network, copiers] })
  t.match(circularProcedureShare(counted, DEFAULT_CIRCULAR_GOALS), { numerator: 1, denominator: 2, note: null }, 'K01 counts both')
  t.match(gppCriteriaProcedureShare(counted), { numerator: 1, denominator: 2 }, 'K04 too')
})

t.test('every CPV code of the catalogue’s categories counts as ICT', async (t) => {
  for (const category of productCategories) {
    for (const code of category.cpvCodes) t.ok(isIctProcedure([code]), `${category.code} ${code}`)
  }
})

t.test('software and e-services criteria never make a procedure circular or GPP', async (t) => {
  t.ok(isSoftwareCriterion('DPG-GOVSTACK.DPG1'))
  t.notOk(isSoftwareCriterion('EU-GPP-2021-CMTS.TS2'))
})

t.test('K21 counts ICT procedures with software and e-services criteria, apart from K01 and K04', async (t) => {
  const onlySoftware = procurement({ id: 'sw', cpvCodes: ['48000000-8'], hasSoftwareCriteria: true })
  const both = procurement({ id: 'both', cpvCodes: ['72260000-5'], hasSoftwareCriteria: true, ...circular, strategies: ['technicalSpecifications', 'euGPPCriteria'] })
  const green = procurement({ id: 'green', ...circular, strategies: ['technicalSpecifications', 'euGPPCriteria'] })
  const plain = procurement({ id: 'plain' })
  const works = procurement({ id: 'works', cpvCodes: ['45000000-7'], hasSoftwareCriteria: true })
  const inScope = scope({ procurements: [onlySoftware, both, green, plain, works] })
  // 2 of the 4 ICT procedures; the works contract is not ICT and is left out of the base.
  t.match(softwareCriteriaProcedureShare(inScope), { kpiId: 'K21', value: 50, numerator: 2, denominator: 4, recordCount: 4, unit: '%', note: '1 non-ICT procedures (no CPV code of a catalogue category or of 30.2/32.25/48/72) left out' })
  t.match(circularProcedureShare(inScope, DEFAULT_CIRCULAR_GOALS), { numerator: 2, denominator: 4 }, 'K01 counts the two with environmental criteria, not the software-only one')
  t.match(gppCriteriaProcedureShare(inScope), { numerator: 2, denominator: 4 }, 'K04 likewise')
  t.match(softwareCriteriaProcedureShare(EMPTY_SCOPE), { value: null, note: 'no data' })
})
