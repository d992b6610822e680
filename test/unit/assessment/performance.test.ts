import t from 'tap'
import { assessClauseReport, figureProblems } from '../../../services/assessment/domain/performance.ts'
import type { Requirement } from '../../../services/assessment/domain/types.ts'

const figures = { unitsCollected: 100, unitsReused: 60, unitsRecycled: 40, unitsSanitised: 100, sanitisationCertificates: 100, repairs: 3, sparePartsDelivered: 12 }
const reportProvided: Requirement = { id: 'CPC2.report', dataType: 'boolean', unit: null, minValue: null, maxValue: null, allowedValues: null, expectedValue: true }
const reuseShare: Requirement = { id: 'CPC2.reuseShare', dataType: 'number', unit: 'percent', minValue: 50, maxValue: null, allowedValues: null, expectedValue: null }

t.test('a clause is met when every requirement is', async (t) => {
  const met = assessClauseReport([reportProvided, reuseShare], [{ requirementId: 'CPC2.report', value: true }, { requirementId: 'CPC2.reuseShare', value: 60, unit: 'percent' }], figures)
  t.equal(met.met, true)
  t.same(met.figureProblems, [])
  const unmet = assessClauseReport([reportProvided, reuseShare], [{ requirementId: 'CPC2.report', value: true }, { requirementId: 'CPC2.reuseShare', value: 40 }], figures)
  t.equal(unmet.met, false)
  t.same(unmet.requirements.map((r) => r.met), [true, false])
  t.equal(unmet.requirements[1]!.problems[0]!.code, 'BELOW_MINIMUM')
  const missing = assessClauseReport([reportProvided], [], figures)
  t.equal(missing.met, false, 'no answer is not a pass')
})

t.test('figures must be consistent with each other', async (t) => {
  t.same(figureProblems(figures), [])
  t.same(figureProblems({ ...figures, unitsReused: 70 }).map((p) => p.path), ['/figures/unitsReused'])
  t.same(figureProblems({ ...figures, unitsSanitised: 101, sanitisationCertificates: 102 }).map((p) => p.path), ['/figures/unitsSanitised', '/figures/sanitisationCertificates'])
})

t.test('the figures not every report gives are checked when given', async (t) => {
  const measured = { ...figures, unitsReachedEndOfUse: 120, massCollectedKg: 180, massToCertifiedRecyclersKg: 45, recoveredMetalsG: { gold: 4, silver: 13, palladium: 1.5 } }
  t.same(figureProblems(measured), [])
  t.same(figureProblems({ ...figures, unitsReachedEndOfUse: null, massCollectedKg: 180, massToCertifiedRecyclersKg: null }), [], 'null is not reported, not zero')
  t.same(figureProblems({ ...measured, unitsReachedEndOfUse: 99 }), [], 'collecting older stock too is not a contradiction')
  t.same(figureProblems({ ...measured, massToCertifiedRecyclersKg: 180.5 }), [{ path: '/figures/massToCertifiedRecyclersKg', message: 'cannot exceed mass collected' }])
  t.same(figureProblems({ ...figures, massToCertifiedRecyclersKg: 45 }), [{ path: '/figures/massCollectedKg', message: 'is required when massToCertifiedRecyclersKg is given' }])
  t.same(figureProblems({ ...figures, unitsReachedEndOfUse: 100, massCollectedKg: 100, massToCertifiedRecyclersKg: 100 }), [], 'equal is consistent')
})

t.test('a clause report gives only the figures its clause measures', async (t) => {
  t.same(figureProblems({ repairs: 4, sparePartsDelivered: 9 }), [], 'a service clause reports no end-of-use figures')
  t.same(figureProblems({ unitsReachedEndOfUse: 80, unitsCollected: 76, unitsReused: 30 }), [])
  t.same(figureProblems({ unitsCollected: 20, unitsRecycled: 21 }).map((p) => p.path), ['/figures/unitsReused'], 'recycled alone is still held to collected')
  t.same(figureProblems({ unitsSanitised: 5, sanitisationCertificates: 6 }).map((p) => p.path), ['/figures/sanitisationCertificates'])
})
