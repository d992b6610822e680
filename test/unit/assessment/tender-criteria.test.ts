import t from 'tap'
import type { CatalogueCriteriaSet, CatalogueCriterion, CatalogueRequirement } from '../../../services/assessment/catalogue-client/catalogue-types.ts'
import { buildTenderCriteria, type CriterionChoice } from '../../../services/assessment/domain/tender-criteria.ts'

function catalogueRequirement(id: string, overrides: Partial<CatalogueRequirement> = {}): CatalogueRequirement {
  return {
    id, title: { en: id }, ambitionLevels: ['core', 'comprehensive'], dataType: 'integer', unit: null,
    expectedValue: null, minValue: null, maxValue: null, allowedValues: null, buyerParameter: null, presets: [], ...overrides,
  }
}

function criterion(id: string, type: CatalogueCriterion['content']['type'], requirements: CatalogueRequirement[], scoring: CatalogueCriterion['content']['scoring'] = null): CatalogueCriterion {
  return {
    id, code: id.split('.')[1]!, version: 1,
    content: { title: { en: id }, type, ambitionLevels: ['core', 'comprehensive'], requirements, scoring, acceptedEvidence: ['testReport'], aspects: ['durability'], ocds: { goals: [], strategies: [] } },
  }
}

// The shapes of EU GPP AC1, AC2 and TS13 as the catalogue ships them (2023/1670: 800 cycles for smartphones and tablets).
const AC1 = criterion('EU.AC1', 'awardCriterion', [
  catalogueRequirement('AC1.cycles', {
    unit: 'chargeCycle',
    presets: [{ value: 800, label: 'EU 2023/1670 legal minimum', kind: 'regulatoryBaseline', sourceUrl: null, productCategories: ['smartphones', 'tablets'] }],
  }),
], { method: 'banded', requirementId: 'AC1.cycles', direction: 'higherIsBetter', tiers: null, bandsSource: null, bands: [
  { min: 1000, max: null, share: 1 }, { min: 800, max: 1000, share: 0.6 }, { min: null, max: 800, share: 0.3 },
] })
const AC2 = criterion('EU.AC2', 'awardCriterion', [
  catalogueRequirement('AC2.testsPassed', { unit: 'count', buyerParameter: { bound: 'value', description: { en: 'The buyer lists the tests.' } } }),
], { method: 'proportional', requirementId: 'AC2.testsPassed', direction: 'higherIsBetter', bands: null, tiers: null, bandsSource: null })
const TS13 = criterion('EU.TS13', 'technicalSpecification', [
  catalogueRequirement('TS13.ipCode', { dataType: 'string', buyerParameter: { bound: 'min', description: { en: 'Minimum IP code.' } } }),
])

const set = (productCategory: string): CatalogueCriteriaSet => ({
  id: `${productCategory}-comprehensive`, version: 1, status: 'published',
  content: { title: { en: 'set' }, productCategory, ambitionLevel: 'comprehensive', items: [] },
  criteria: [AC1, AC2, TS13],
})

const tests = ['drop 1.2 m', 'hinge', 'screen pressure', 'spill']
const choices = (ac1: Partial<CriterionChoice> = {}): CriterionChoice[] => [
  { criterionId: 'EU.AC1', maxPoints: 30, ...ac1 },
  { criterionId: 'EU.AC2', maxPoints: 10, parameters: { 'AC2.testsPassed': tests } },
  { criterionId: 'EU.TS13', parameters: { 'TS13.ipCode': 'IP65' } },
]

t.test('the legal minimum for the tender’s product category applies without the buyer repeating it', async (t) => {
  const built = buildTenderCriteria(set('smartphones'), choices(), 40)
  if (!built.ok) throw new Error(JSON.stringify(built.problems))
  t.match(built.value.criteria.awardCriteria[0]!.scoring, { method: 'banded', regulatoryBaseline: 800 })
  const notebooks = buildTenderCriteria(set('notebooks'), choices(), 40)
  if (!notebooks.ok) throw new Error(JSON.stringify(notebooks.problems))
  t.match(notebooks.value.criteria.awardCriteria[0]!.scoring, { regulatoryBaseline: null }, 'a smartphone law does not bind notebooks')
})

t.test('a buyer may set a stricter baseline, never a weaker one', async (t) => {
  const stricter = buildTenderCriteria(set('smartphones'), choices({ regulatoryBaseline: 900 }), 40)
  t.ok(stricter.ok && stricter.value.criteria.awardCriteria[0]!.scoring.method === 'banded' && stricter.value.criteria.awardCriteria[0]!.scoring.regulatoryBaseline === 900)
  const weaker = buildTenderCriteria(set('smartphones'), choices({ regulatoryBaseline: 500 }), 40)
  t.notOk(weaker.ok)
  t.match(!weaker.ok && weaker.problems, [{ path: 'body/criteria/0/regulatoryBaseline', message: /must not be weaker than the legal minimum 800/ }])
})

t.test('a list of tests makes the count an item list scored over the list', async (t) => {
  const built = buildTenderCriteria(set('smartphones'), choices(), 40)
  if (!built.ok) throw new Error(JSON.stringify(built.problems))
  const ac2 = built.value.criteria.awardCriteria[1]!
  t.match(ac2.requirements[0], { dataType: 'itemList', listedItems: tests, unit: null })
  t.same(ac2.scoring, { method: 'proportional', direction: 'higherIsBetter', regulatoryBaseline: null, listedItems: tests })
  const twice = buildTenderCriteria(set('smartphones'), [choices()[0]!, { criterionId: 'EU.AC2', maxPoints: 10, parameters: { 'AC2.testsPassed': ['hinge', 'hinge'] } }], 40)
  t.match(!twice.ok && twice.problems, [{ path: 'body/criteria/1/parameters/AC2.testsPassed', message: "lists 'hinge' twice" }])
})

t.test('a minimum on a text requirement must be on an ordered scale', async (t) => {
  const built = buildTenderCriteria(set('smartphones'), choices(), 40)
  if (!built.ok) throw new Error(JSON.stringify(built.problems))
  t.match(built.value.criteria.technicalSpecifications[0]!.requirements[0], { scale: 'ipCode', minLevel: 'IP65', buyerValue: 'IP65' })
  const free = buildTenderCriteria(set('smartphones'), [...choices().slice(0, 2), { criterionId: 'EU.TS13', parameters: { 'TS13.ipCode': 'splash proof' } }], 40)
  t.match(!free.ok && free.problems, [{ path: 'body/criteria/2/parameters/TS13.ipCode', message: /must be a value on an ordered scale/ }])
})

t.test('which answers need evidence follows from the accepted evidence types, unless the buyer decides', async (t) => {
  const declared: CatalogueCriterion = { ...criterion('EU.AC3', 'awardCriterion', [catalogueRequirement('AC3.ok', { dataType: 'boolean' })], { method: 'boolean', requirementId: 'AC3.ok', direction: null, bands: null, tiers: null, bandsSource: null }) }
  declared.content = { ...declared.content, acceptedEvidence: ['supplierDeclaration', 'technicalDossier'] }
  const withDeclared = { ...set('smartphones'), criteria: [AC1, AC2, TS13, declared] }
  const built = buildTenderCriteria(withDeclared, [...choices(), { criterionId: 'EU.AC3', maxPoints: 5 }], 45)
  if (!built.ok) throw new Error(JSON.stringify(built.problems))
  t.same(built.value.criteria.awardCriteria.map((c) => [c.id, c.evidenceRequired]), [['EU.AC1', true], ['EU.AC2', true], ['EU.AC3', false]], 'a test report must be verified; a declaration is the answer itself')
  t.equal(built.value.criteria.technicalSpecifications[0]!.evidenceRequired, true)
  const waived = buildTenderCriteria(withDeclared, [{ ...choices()[0]!, evidenceRequired: false }, ...choices().slice(1), { criterionId: 'EU.AC3', maxPoints: 5, evidenceRequired: true }], 45)
  if (!waived.ok) throw new Error(JSON.stringify(waived.problems))
  t.same(waived.value.criteria.awardCriteria.map((c) => c.evidenceRequired), [false, true, true])
})
