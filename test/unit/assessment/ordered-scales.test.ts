import t from 'tap'
import { ORDERED_SCALES, scaleOf } from '../../../services/assessment/domain/ordered-scales.ts'
import { checkResponse } from '../../../services/assessment/domain/requirement-response-check.ts'
import { createScorer } from '../../../services/assessment/domain/scoring-rules.ts'
import { answer, requirement } from './fixtures.ts'

const { ipCode, ashraeClass, euLabelClass, epeatTier, tcoGeneration } = ORDERED_SCALES

t.test('a threshold names exactly the scale it is written on', async (t) => {
  t.same(scaleOf('IP65')?.scale.id, 'ipCode')
  t.same(scaleOf('ip 54')?.value, 'IP54', 'spelling is normalised')
  t.same(scaleOf('A2')?.scale.id, 'ashraeClass')
  t.same(scaleOf('ASHRAE W32')?.value, 'W32')
  t.same(scaleOf('C')?.scale.id, 'euLabelClass')
  t.same(scaleOf('gold')?.value, 'Gold')
  t.same(scaleOf('TCO Certified, generation 9')?.value, 'TCO Certified generation 9')
  t.equal(scaleOf('compliant'), null, 'free text is on no scale')
  t.equal(scaleOf('65'), null, 'a bare number is not an IP code')
})

t.test('IP codes: each digit must reach the minimum (IEC 60529)', async (t) => {
  const at = (value: string, minimum: string) => ipCode.atLeast(ipCode.parse(value)!, ipCode.parse(minimum)!)
  t.notOk(at('IP20', 'IP65'), 'IP20 is below IP65 on both digits')
  t.ok(at('IP66', 'IP65'))
  t.ok(at('IP65', 'IP65'))
  t.notOk(at('IP67', 'IP65'), 'temporary immersion (7) does not include jets (5)')
  t.notOk(at('IP67', 'IP54'), 'nor splashing (4): only numerals up to 6 include the lower ones')
  t.notOk(at('IP56', 'IP65'), 'better water does not make up for worse dust')
  t.notOk(at('IP68', 'IP65'), 'immersion (8) does not include jets (5)')
  t.ok(at('IP65/IP68', 'IP65'), 'a dual-coded device meets the jet minimum')
  t.ok(at('IP68', 'IP67'))
  t.notOk(at('IPX7', 'IP54'), 'X (not tested) meets no dust minimum')
  t.ok(at('IP5X', 'IP5X'))
})

t.test('ASHRAE classes, EU label classes, EPEAT tiers and TCO generations by their order', async (t) => {
  t.ok(ashraeClass.atLeast('A3', 'A2'))
  t.notOk(ashraeClass.atLeast('A1', 'A2'))
  t.notOk(ashraeClass.atLeast('W45', 'A2'), 'air and liquid classes are never comparable')
  t.ok(euLabelClass.atLeast('B', 'D'), 'B is better than D')
  t.notOk(euLabelClass.atLeast('E', 'D'))
  t.ok(epeatTier.atLeast('Gold', 'Silver'))
  t.notOk(epeatTier.atLeast('Bronze', 'Silver'))
  t.ok(tcoGeneration.atLeast('TCO Certified generation 10', 'TCO Certified generation 9'))
  t.notOk(tcoGeneration.atLeast('TCO Certified generation 8', 'TCO Certified generation 9'))
})

t.test('a minimum on a scale is checked by order, and free text never passes it', async (t) => {
  const ip = requirement('TS13.ipCode.rugged', { dataType: 'string', scale: 'ipCode', minLevel: 'IP65' })
  t.same(checkResponse(ip, answer(ip.id, 'IP66')), [])
  t.same(checkResponse(ip, answer(ip.id, 'IP65/IP67')), [], 'dual-coded')
  t.match(checkResponse(ip, answer(ip.id, 'IP20')), [
    { code: 'BELOW_MINIMUM', kind: 'unmet', message: 'IP20 does not reach the minimum IP65 (IP code (IEC 60529))' },
  ])
  t.match(checkResponse(ip, answer(ip.id, 'waterproof')), [
    { code: 'NOT_COMPARABLE', kind: 'unmet', message: /'waterproof' is not a value of the IP code \(IEC 60529\) scale, so it cannot be shown to reach IP65/ },
  ])
  const operating = requirement('TS2.operatingClass.core', { dataType: 'string', scale: 'ashraeClass', minLevel: 'A2' })
  t.match(checkResponse(operating, answer(operating.id, 'A1')), [{ code: 'BELOW_MINIMUM' }])
  t.same(checkResponse(operating, answer(operating.id, 'ASHRAE A3')), [])
})

t.test('label tiers on a scale: an answer earns the best tier it reaches', async (t) => {
  const scorer = createScorer({ method: 'labelTier', scale: 'epeatTier', tiers: [{ value: 'Gold', share: 1 }, { value: 'Silver', share: 0.5 }] }, 6, [])
  t.same(scorer('EPEAT Gold'), { points: 6, formula: "'Gold' → 1 × 6 = 6.00" })
  t.same(scorer('Silver'), { points: 3, formula: "'Silver' → 0.5 × 6 = 3.00" })
  t.same(scorer('Bronze'), { points: 0, formula: 'Bronze reaches no scored tier (EPEAT tier) → 0' })
  t.match(scorer('registered'), { points: 0, formula: /not a value of the EPEAT tier scale/ })
  const label = createScorer({ method: 'labelTier', scale: 'euLabelClass', tiers: [{ value: 'B', share: 1 }, { value: 'D', share: 0.4 }] }, 10, [])
  t.same(label('C'), { points: 4, formula: "'C' reaches 'D' → 0.4 × 10 = 4.00" }, 'C is better than D but not B')
  t.same(label('A').points, 10)
})
