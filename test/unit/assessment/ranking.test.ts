import t from 'tap'
import { rankBids } from '../../../services/assessment/domain/ranking.ts'

const at = (iso: string) => Date.parse(iso)
const candidate = (bidId: string, totalPoints: number, lifeCycleCost = '1000.00', submittedAt = at('2025-05-01T10:00:00Z')) => ({
  bidId,
  totalPoints,
  lifeCycleCost,
  submittedAt,
})

t.test('more points first', async (t) => {
  t.same(rankBids([candidate('a', 70), candidate('b', 78.1), candidate('c', 12)]), ['b', 'a', 'c'])
})

t.test('ties: lower life-cycle cost, then earlier submission, then bid id', async (t) => {
  t.same(rankBids([candidate('a', 80, '1200.00'), candidate('b', 80, '999.99')]), ['b', 'a'])
  t.same(rankBids([candidate('a', 80, '1000.00', at('2025-05-02T09:00:00Z')), candidate('b', 80, '1000.00', at('2025-05-01T17:00:00+02:00'))]), ['b', 'a'])
  t.same(rankBids([candidate('bid-10', 80), candidate('bid-9', 80), candidate('Bid-9', 80)]), ['Bid-9', 'bid-10', 'bid-9'], 'code-unit order')
})

t.test('life-cycle costs compare as decimals, not as strings', async (t) => {
  t.same(rankBids([candidate('a', 80, '10000.00'), candidate('b', 80, '9000.00')]), ['b', 'a'])
})

t.test('floating-point noise never decides, a real difference always does', async (t) => {
  // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
  t.same(rankBids([candidate('a', 0.1 + 0.2, '2000.00'), candidate('b', 0.3, '1000.00')]), ['b', 'a'], 'equal totals: LCC decides')
  t.same(rankBids([candidate('a', 0.3 + 1e-6, '2000.00'), candidate('b', 0.3, '1000.00')]), ['a', 'b'])
})

t.test('the order does not depend on the input order', async (t) => {
  const candidates = [candidate('a', 50, '900.00'), candidate('b', 50, '900.00', at('2025-04-30T00:00:00Z')), candidate('c', 60), candidate('d', 50, '800.00')]
  const expected = ['c', 'd', 'b', 'a']
  t.same(rankBids(candidates), expected)
  t.same(rankBids([...candidates].reverse()), expected)
})
