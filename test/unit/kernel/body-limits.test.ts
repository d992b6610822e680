import t from 'tap'
import { BODY_LIMITS, inspectBody } from '../../../services/kernel/body-limits.ts'

const nested = (depth: number): unknown => {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value }
  return value
}

t.test('a body within the limits passes, with every value counted', async (t) => {
  const inspection = inspectBody({ a: [1, 'two', { b: null, c: true }], d: 9_007_199_254_740_991 })
  t.same(inspection, { overLimit: null, inexact: [], inexactCount: 0, nodes: 8 })
  t.equal(inspectBody(nested(BODY_LIMITS.maxDepth)).overLimit, null, 'exactly the deepest nesting allowed')
})

t.test('nesting beyond the limit stops the walk at the first too-deep value, however deep the body', async (t) => {
  const too = inspectBody(nested(BODY_LIMITS.maxDepth + 1))
  t.match(too.overLimit, { keyword: 'maxDepth', message: `must NOT nest deeper than ${BODY_LIMITS.maxDepth} levels` })
  t.equal(too.overLimit!.instancePath.split('/').length - 1, BODY_LIMITS.maxDepth, 'named where the limit is crossed')
  const abyss = inspectBody(nested(200_000))
  t.equal(abyss.overLimit?.keyword, 'maxDepth', 'no stack overflow: the walk is iterative')
  t.ok(abyss.nodes <= BODY_LIMITS.maxDepth + 1)
})

t.test('arrays and objects beyond the limits are refused before their members are looked at', async (t) => {
  const items = inspectBody({ list: { of: new Array(BODY_LIMITS.maxArrayItems + 1).fill({}) } })
  t.same(items.overLimit, { instancePath: '/list/of', keyword: 'maxItems', message: `must NOT have more than ${BODY_LIMITS.maxArrayItems} items`, params: { limit: BODY_LIMITS.maxArrayItems } })
  t.equal(items.nodes, 3)
  t.equal(inspectBody(new Array(BODY_LIMITS.maxArrayItems).fill(0)).overLimit, null)
  const keys = inspectBody({ x: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])) })
  t.match(keys.overLimit, { instancePath: '/x', keyword: 'maxProperties' })
  t.equal(keys.nodes, 2)
})

t.test('numbers beyond 2^53 and lone surrogates are noted with their JSON pointer', async (t) => {
  const body = JSON.parse('{"a/b":[1e308, 9007199254740993, -9007199254740992, 1e400, 9007199254740991], "t~":"ok \\ud83d\\ude00", "s":"\\ud800", "\\udfff":1}')
  const inspection = inspectBody(body)
  t.equal(inspection.overLimit, null)
  t.same(
    inspection.inexact.map((f) => [f.instancePath, f.keyword]),
    [['/\udfff', 'wellFormed'], ['/a~1b/0', 'safeNumber'], ['/a~1b/1', 'safeNumber'], ['/a~1b/2', 'safeNumber'], ['/a~1b/3', 'safeNumber'], ['/s', 'wellFormed']],
  )
  t.equal(inspection.inexactCount, 6)
  t.match(inspection.inexact[1]!.message, /between -9007199254740991 and 9007199254740991/)
})

t.test('only the first findings are kept, and all are counted', async (t) => {
  const inspection = inspectBody(new Array(500).fill(1e300))
  t.equal(inspection.inexactCount, 500)
  t.equal(inspection.inexact.length, 20)
})
