import t from 'tap'
import { evaluateProcurement } from '../../../services/assessment/domain/evaluate-procurement.ts'
import type { BidEvaluation, CriteriaSnapshot, Evidence, EvidenceStatus } from '../../../services/assessment/domain/types.ts'
import { answer, bid, procurementSettings, requirement } from './fixtures.ts'

// A rugged-notebook tender: TS13 (IP65 minimum, proven by a test report), AC5 (energy improvement beyond the
// TS18 limit, 8 points in the Swedish bands, proven by a registry entry or test report) and a yes/no AC3
// (2 points) whose only proof is the bidder's own declaration, so it needs no evidence.
const criteria: CriteriaSnapshot = {
  technicalSpecifications: [
    { id: 'TS13', mandatory: true, evidenceRequired: true, requirements: [requirement('ip', { dataType: 'string', scale: 'ipCode', minLevel: 'IP65' })] },
  ],
  selectionCriteria: [],
  awardCriteria: [
    {
      id: 'AC5',
      maxPoints: 8,
      evidenceRequired: true,
      requirements: [requirement('improvement', { unit: 'percent' })],
      scoredRequirementId: 'improvement',
      scoring: { method: 'banded', bands: [{ min: 80, max: null, share: 1 }, { min: 40, max: 80, share: 0.6 }, { min: null, max: 40, share: 0 }] },
    },
    {
      id: 'AC3',
      maxPoints: 2,
      requirements: [requirement('reaches', { dataType: 'boolean' })],
      scoredRequirementId: 'reaches',
      scoring: { method: 'boolean' },
    },
  ],
}

const proof = (bidId: string, criterionId: string, status: EvidenceStatus): Evidence => ({ id: `${bidId}-${criterionId}`, criterionId, status, validUntil: null })
const offer = (id: string, ac5: EvidenceStatus | null, ts13: EvidenceStatus = 'verified', ip = 'IP66') =>
  bid(id, {
    submittedAt: `2025-05-0${id.charCodeAt(0) - 96}T10:00:00Z`,
    responses: [answer('ip', ip), answer('improvement', 85), answer('reaches', true)],
    evidence: [proof(id, 'TS13', ts13), ...(ac5 === null ? [] : [proof(id, 'AC5', ac5)])],
  })

const evaluation = evaluateProcurement({
  procurement: procurementSettings({ priceWeight: 90, qualityWeight: 10 }),
  criteria,
  bids: [offer('a', 'verified'), offer('b', 'rejected'), offer('c', 'under_review'), offer('d', 'verified', 'rejected'), offer('e', 'verified', 'verified', 'IP20'), offer('f', null)],
  evaluationDate: '2025-06-30',
})
const of = (id: string) => evaluation.bids.find((entry) => entry.bidId === id) as BidEvaluation
const line = (id: string, criterionId: string) => of(id).breakdown.find((entry) => entry.criterionId === criterionId)

t.test('verified evidence: the answer earns its points', async (t) => {
  t.match(line('a', 'AC5'), { points: 8, formula: '85 in band [80, ∞) → 1 × 8 = 8.00', evidence: { evidenceId: 'a-AC5', status: 'verified', outcome: 'pass' } })
  t.equal(of('a').status, 'ranked')
  t.same(of('a').pendingEvidence, [])
  t.match(line('a', 'AC3'), { points: 2, evidence: null }, 'a criterion proven by the bidder’s own declaration needs no evidence')
})

t.test('rejected award evidence: the answer is not accepted and earns 0, with the reason in the breakdown', async (t) => {
  t.same(line('b', 'AC5'), {
    criterionId: 'AC5',
    input: 85,
    rule: criteria.awardCriteria[0]!.scoring,
    formula: 'answer not accepted, evidence b-AC5 is rejected → 0',
    points: 0,
    evidence: { evidenceId: 'b-AC5', status: 'rejected', outcome: 'fail' },
  })
  t.equal(of('b').qualityPoints, 2, 'only AC3 is left: 10 − 8')
  t.equal(of('b').status, 'ranked', 'the bid stays in the competition with what is proven')
})

t.test('evidence under review or missing: scored as answered, marked provisional, listed as pending', async (t) => {
  t.match(line('c', 'AC5'), { points: 8, formula: 'provisional, evidence c-AC5 awaits verification (under_review): 85 in band [80, ∞) → 1 × 8 = 8.00' })
  t.equal(of('c').status, 'pending_verification')
  t.same(of('c').reasons, ['award criterion AC5: evidence c-AC5 awaits verification (under_review)'])
  t.match(line('f', 'AC5'), { points: 8, formula: /^provisional, no evidence submitted: /, evidence: { evidenceId: null, status: 'missing', outcome: 'pending' } })
  t.equal(evaluation.provisional, true)
  t.same(evaluation.pendingEvidence, [
    { bidId: 'c', criterionId: 'AC5', stage: 'award', evidenceId: 'c-AC5', status: 'under_review' },
    { bidId: 'f', criterionId: 'AC5', stage: 'award', evidenceId: null, status: 'missing' },
  ])
})

t.test('rejected evidence of a mandatory specification fails the gate; IP20 fails an IP65 minimum', async (t) => {
  t.equal(of('d').status, 'non_compliant')
  t.same(of('d').reasons, ['technical specification TS13: evidence d-TS13 is rejected'])
  t.equal(of('e').status, 'non_compliant')
  t.same(of('e').reasons, ['technical specification TS13 not met, ip: IP20 does not reach the minimum IP65 (IP code (IEC 60529))'])
  t.equal(of('d').rank, null)
})

t.test('once every pending item is verified the evaluation is final', async (t) => {
  const final = evaluateProcurement({
    procurement: procurementSettings({ priceWeight: 90, qualityWeight: 10 }),
    criteria,
    bids: [offer('a', 'verified'), offer('b', 'rejected')],
    evaluationDate: '2025-06-30',
  })
  t.equal(final.provisional, false)
  t.same(final.pendingEvidence, [])
  t.same(final.ranking, ['a', 'b'], 'same price: a has the 8 points b lost')
})
