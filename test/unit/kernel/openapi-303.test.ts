import t from 'tap'
import { toOpenApi303 } from '../../../services/kernel/openapi.ts'

t.test('nullable unions become nullable: true', async (t) => {
  t.same(toOpenApi303({ anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] }), { type: 'string', format: 'date', nullable: true })
  t.same(toOpenApi303({ anyOf: [{ $ref: '#/components/schemas/X' }, { type: 'null' }] }), { allOf: [{ $ref: '#/components/schemas/X' }], nullable: true })
  t.same(toOpenApi303({ anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }] }), { anyOf: [{ type: 'string' }, { type: 'number' }], nullable: true })
  t.same(toOpenApi303({ anyOf: [{ type: 'string' }, { type: 'number' }] }), { anyOf: [{ type: 'string' }, { type: 'number' }] }, 'other unions untouched')
})

t.test('const and schema examples are rewritten, deeply', async (t) => {
  t.same(toOpenApi303({ properties: { a: { type: 'string', const: 'x' } } }), { properties: { a: { type: 'string', enum: ['x'] } } })
  t.same(toOpenApi303({ type: 'string', examples: ['a', 'b'] }), { type: 'string', example: 'a' })
  t.same(toOpenApi303({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10 }), { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true })
  const mediaExamples = { examples: { one: { value: 1 } } }
  t.same(toOpenApi303(mediaExamples), mediaExamples, 'OpenAPI example maps stay')
})
