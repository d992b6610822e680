import t from 'tap'
import { criteriaSetContentProblems, criterionContentProblems } from '../../../services/catalogue/domain/content-rules.ts'
import { exampleCriterion } from '../../../services/catalogue/routes/examples.ts'
import type { CriterionContent, Requirement } from '../../../services/catalogue/schemas/criterion.ts'

const known = { productCategories: new Set(['notebooks']), evidenceTypes: new Set(['supplierDeclaration', 'testReport']) }
const base = exampleCriterion.content
const requirement = base.requirements[0]!
const withRequirement = (r: Partial<Requirement>): CriterionContent => ({ ...base, requirements: [{ ...requirement, ...r }] })
const paths = (content: CriterionContent) => criterionContentProblems(content, known).map((p) => p.path)

t.test('the shipped example is valid', async (t) => {
  t.same(criterionContentProblems(base, known), [])
})

t.test('references to reference data', async (t) => {
  t.same(paths({ ...base, productCategories: ['notebooks', 'toasters'], acceptedEvidence: ['rumour'] }), ['body/content/productCategories/1', 'body/content/acceptedEvidence/0'])
})

t.test('requirement consistency', async (t) => {
  t.same(paths(withRequirement({ dataType: 'boolean', unit: null, buyerParameter: null })), ['body/content/requirements/0/expectedValue'])
  t.same(paths(withRequirement({ dataType: 'enum', unit: null, buyerParameter: null })), ['body/content/requirements/0/allowedValues'])
  t.same(paths(withRequirement({ dataType: 'string', unit: 'year', buyerParameter: null })), ['body/content/requirements/0/dataType'])
  t.same(paths(withRequirement({ minValue: 5, maxValue: 3, buyerParameter: null })), ['body/content/requirements/0/minValue'])
  t.same(paths(withRequirement({ minValue: 3 })), ['body/content/requirements/0/buyerParameter'], 'a buyer-set minimum cannot also be fixed')
  t.same(paths(withRequirement({ ambitionLevels: ['comprehensive'] })), ['body/content/requirements/0/ambitionLevels/0'])
  t.same(paths({ ...base, requirements: [requirement, requirement] }), ['body/content/requirements/1/id'])
})

t.test('scoring belongs to award criteria and must fit its requirement', async (t) => {
  t.same(paths({ ...base, type: 'awardCriterion' }), ['body/content/scoring'])
  const proportional = { method: 'proportional' as const, requirementId: requirement.id, direction: 'higherIsBetter' as const, bands: null, tiers: null, bandsSource: null }
  t.same(paths({ ...base, scoring: proportional }), ['body/content/scoring'], 'not on a specification')
  t.same(paths({ ...base, type: 'awardCriterion', scoring: proportional }), [])
  t.same(paths({ ...base, type: 'awardCriterion', scoring: { ...proportional, requirementId: 'nope' } }), ['body/content/scoring/requirementId'])
  t.same(paths({ ...base, type: 'awardCriterion', scoring: { ...proportional, direction: null } }), ['body/content/scoring/direction'])
  t.same(paths({ ...base, type: 'awardCriterion', scoring: { ...proportional, method: 'labelTier', tiers: null } }), ['body/content/scoring/tiers', 'body/content/scoring/method'])
})

t.test('language keys and validity dates', async (t) => {
  t.same(paths({ ...base, title: { en: 'x', English: 'y' } }), ['body/content/title/English'])
  t.same(paths({ ...base, validFrom: '2027-01-01', validTo: '2026-01-01' }), ['body/content/validTo'])
})

t.test('criteria-set content', async (t) => {
  const set = {
    title: { en: 'Set' },
    description: { en: 'd' },
    productCategory: 'monitors',
    ambitionLevel: 'core' as const,
    procurementRoute: 'newEquipment' as const,
    items: [
      { criterionId: 'A.B', criterionVersion: null, suggestedWeight: null },
      { criterionId: 'A.B', criterionVersion: null, suggestedWeight: null },
    ],
  }
  t.same(criteriaSetContentProblems(set, known).map((p) => p.path), ['body/content/productCategory', 'body/content/items/1/criterionId'])
})
