import t from 'tap'
import { ADEME_BOAVIZTA } from '../../../services/kernel/factor-library.ts'
import {
  averageContractedServiceLife,
  ecolabelCoverage,
  lifetimeExtension,
  refurbishedUnitShare,
  warrantyAndSupportCoverage,
} from '../../../services/reporting/domain/kpis/unit-kpis.ts'
import { EMPTY_SCOPE, award, procurement, scope, units } from './fixtures.ts'

const withUnits = (...lines: ReturnType<typeof units>[]) =>
  scope({ procurements: [procurement()], awards: [award({ units: lines })] })

t.test('K05 is unit-weighted, not line-weighted', async (t) => {
  const result = refurbishedUnitShare(
    withUnits(units({ quantity: 1000 }), units({ quantity: 250, condition: 'refurbished' })),
  )
  t.equal(result.numerator, 250)
  t.equal(result.denominator, 1250)
  t.equal(result.value, 20)
  t.equal(result.recordCount, 2)
})

t.test('K06 averages planned life over units', async (t) => {
  const result = averageContractedServiceLife(
    withUnits(units({ quantity: 100, plannedLifetimeYears: 4 }), units({ quantity: 300, plannedLifetimeYears: 6 })),
  )
  t.equal(result.value, 5.5)
  t.equal(result.unit, 'years')
})

t.test('K07 compares planned life with the factor set default', async (t) => {
  const result = lifetimeExtension(
    withUnits(
      units({ quantity: 1000, plannedLifetimeYears: 6 }),
      units({ quantity: 50, condition: 'refurbished', plannedLifetimeYears: 3 }),
      units({ deviceType: 'printer', quantity: 5, plannedLifetimeYears: 7 }),
    ),
    ADEME_BOAVIZTA,
  )
  t.equal(result.value, 2, 'laptops kept 6 years against the 4-year Boavizta default (docs/sources.md#default-factors)')
  t.equal(result.recordCount, 1)
  t.same(result.factorSet, { id: 'ademe-boavizta', version: '1.0.0' })
  t.match(result.note, /1 unit line left out: refurbished/)
  t.match(result.note, /1 unit line left out: no default lifetime for printer/)
})

t.test('K07 with only lines it cannot use says no data and why', async (t) => {
  const result = lifetimeExtension(withUnits(units({ deviceType: 'router' })), ADEME_BOAVIZTA)
  t.equal(result.value, null)
  t.match(result.note, /^no data; 1 unit line left out: no default lifetime for router$/)
})

t.test('K08 gives mean warranty and the share with at least 5 years of updates', async (t) => {
  const [warranty, support] = warrantyAndSupportCoverage(
    withUnits(
      units({ quantity: 30, warrantyYears: 3, softwareSupportYears: 5 }),
      units({ quantity: 10, warrantyYears: 5, softwareSupportYears: 4 }),
    ),
  )
  t.equal(warranty?.value, 3.5)
  t.same(warranty?.dimension, { measure: 'meanWarrantyYears' })
  t.equal(support?.value, 75)
  t.equal(support?.unit, '%')
})

t.test('K18 counts units with a Type I ecolabel', async (t) => {
  const result = ecolabelCoverage(withUnits(units({ quantity: 3, hasType1Ecolabel: true }), units({ quantity: 1 })))
  t.equal(result.value, 75)
  t.equal(result.note, null)
})

t.test('K18 says how many ecolabel certificates naming no scheme it left out', async (t) => {
  const labelled = award({ id: 'c-1', units: [units({ quantity: 30, hasType1Ecolabel: true }), units({ quantity: 10 })], unnamedEcolabelCertificates: 2 })
  const older = award({ id: 'c-2', units: [units({ quantity: 60 })], unnamedEcolabelCertificates: 1 })
  const result = ecolabelCoverage(scope({ procurements: [procurement()], awards: [labelled, older] }))
  // 30 labelled units of 30 + 10 + 60 = 100.
  t.match(result, { value: 30, numerator: 30, denominator: 100, note: '3 verified ecolabel certificates left out: they name no scheme' })
})

t.test('unit lines of zero quantity give a zero denominator, not NaN', async (t) => {
  const result = refurbishedUnitShare(withUnits(units({ quantity: 0 })))
  t.equal(result.value, null)
  t.match(result.note, /denominator is zero/)
})

t.test('no contracts: every unit KPI says no data', async (t) => {
  for (const result of [
    refurbishedUnitShare(EMPTY_SCOPE),
    averageContractedServiceLife(EMPTY_SCOPE),
    lifetimeExtension(EMPTY_SCOPE, ADEME_BOAVIZTA),
    ...warrantyAndSupportCoverage(EMPTY_SCOPE),
    ecolabelCoverage(EMPTY_SCOPE),
  ]) {
    t.equal(result.value, null, result.kpiId)
    t.match(result.note, /^no data/)
  }
})
