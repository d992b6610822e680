import t from 'tap'
import { evidenceCoverageErrors } from '../../../services/assessment/domain/evidence-coverage.ts'

const offered = ['Notebook 14', 'Dock 2']

t.test('a product label names models the bid offers', async (t) => {
  t.same(evidenceCoverageErrors({ coverage: 'products', coveredModels: ['Notebook 14', 'Dock 2'] }, offered), [])
  t.same(evidenceCoverageErrors({ coverage: 'products', coveredModels: ['Dock 2', 'Tablet 9', 'notebook 14'] }, offered), [
    { path: 'body/coveredModels/1', message: 'Tablet 9 is not a model this bid offers' },
    { path: 'body/coveredModels/2', message: 'notebook 14 is not a model this bid offers' },
  ], 'models are matched as spelt in the bid')
  t.same(evidenceCoverageErrors({ coverage: 'products' }, offered), [{ path: 'body/coveredModels', message: 'must name at least one offered model when coverage is products' }])
})

t.test('an organisation-wide certificate, or evidence naming no coverage, lists no model', async (t) => {
  t.same(evidenceCoverageErrors({ coverage: 'organisation' }, offered), [])
  t.same(evidenceCoverageErrors({}, offered), [], 'older clients send neither field')
  t.same(evidenceCoverageErrors({ coverage: 'organisation', coveredModels: ['Notebook 14'] }, offered), [{ path: 'body/coveredModels', message: 'is only for coverage products' }])
  t.same(evidenceCoverageErrors({ coverage: null, coveredModels: ['Notebook 14'] }, offered), [{ path: 'body/coveredModels', message: 'is only for coverage products' }])
})
