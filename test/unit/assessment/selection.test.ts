import t from 'tap'
import { indexResponses } from '../../../services/assessment/domain/requirement-response-check.ts'
import { judgeEvidence } from '../../../services/assessment/domain/evidence-verdicts.ts'
import { checkSelection as checkWithVerdicts } from '../../../services/assessment/domain/selection.ts'
import type { Evidence, EvidenceStatus, SelectionCriterion } from '../../../services/assessment/domain/types.ts'
import { answer, requirement } from './fixtures.ts'

// EU GPP 2021 SC1 (docs/sources.md#eu-gpp-2021-computers) as a pass/fail selection gate
// (docs/sources.md#scoring-methods): the tenderer runs a restricted-substance management system,
// proven by documented procedures; docs/sources.md#evidence-types gives the evidence verification statuses.
const sc1: SelectionCriterion = {
  id: 'SC1',
  requirements: [requirement('rsl-system', { dataType: 'boolean', expectedValue: true })],
}
const declared = indexResponses([answer('rsl-system', true)])
const evidence = (status: EvidenceStatus, validUntil: string | null = '2026-12-31', id = 'ev-1'): Evidence => ({
  id,
  criterionId: 'SC1',
  status,
  validUntil,
})
const checkSelection = (criteria: SelectionCriterion[], responses: typeof declared, items: Evidence[], date: string, path = '') =>
  checkWithVerdicts(criteria, responses, judgeEvidence(items, date, path))
const check = (items: Evidence[], responses = declared) => checkSelection([sc1], responses, items, '2025-06-30')

t.test('verified evidence passes', async (t) => {
  t.same(check([evidence('verified')]), {
    outcome: 'pass',
    criteria: [
      { criterionId: 'SC1', outcome: 'pass', problems: [], evidence: { evidenceId: 'ev-1', status: 'verified', outcome: 'pass' } },
    ],
  })
  t.equal(check([evidence('verified', null)]).outcome, 'pass', 'evidence without expiry')
  t.equal(check([evidence('verified', '2025-06-30')]).outcome, 'pass', 'still valid on its last day')
})

t.test('rejected, expired or missing evidence fails', async (t) => {
  t.equal(check([evidence('rejected')]).outcome, 'fail')
  t.equal(check([evidence('expired')]).outcome, 'fail')
  const lapsed = check([evidence('verified', '2025-06-29')])
  t.equal(lapsed.outcome, 'fail')
  t.same(lapsed.criteria[0]?.evidence, { evidenceId: 'ev-1', status: 'expired', outcome: 'fail' }, 'valid-until before the evaluation date')
  t.same(check([]).criteria[0]?.evidence, { evidenceId: null, status: 'missing', outcome: 'fail' })
})

t.test('evidence still being checked leaves the criterion pending and says so', async (t) => {
  for (const status of ['submitted', 'under_review', 'clarification_requested'] as const) {
    const result = check([evidence(status)])
    t.equal(result.outcome, 'pending', status)
    t.same(result.criteria[0]?.evidence, { evidenceId: 'ev-1', status, outcome: 'pending' })
  }
  t.equal(check([evidence('under_review', '2025-01-01')]).outcome, 'fail', 'pending evidence that has expired fails')
})

t.test('the best piece of evidence for a criterion counts', async (t) => {
  const result = check([evidence('rejected', null, 'ev-old'), evidence('verified', null, 'ev-new')])
  t.equal(result.outcome, 'pass')
  t.equal(result.criteria[0]?.evidence.evidenceId, 'ev-new')
  t.equal(check([evidence('rejected', null, 'a'), evidence('under_review', null, 'b')]).outcome, 'pending')
  t.same(check([evidence('rejected', null, 'a')]).criteria[0]?.evidence.status, 'rejected', 'a rejection is reported, not hidden as missing')
})

t.test('unmet or missing answers fail whatever the evidence', async (t) => {
  const denied = check([evidence('verified')], indexResponses([answer('rsl-system', false)]))
  t.equal(denied.outcome, 'fail')
  t.match(denied.criteria[0]?.problems, [{ code: 'NOT_EXPECTED_VALUE' }])
  t.match(check([evidence('verified')], indexResponses([])).criteria[0]?.problems, [{ code: 'MISSING_RESPONSE' }])
})

t.test('overall: any failure fails, otherwise any pending is pending', async (t) => {
  // docs/sources.md#eu-gpp-2021-computers SC2: quality of the refurbishment process, a second selection criterion.
  const sc2: SelectionCriterion = { id: 'SC2', requirements: [] }
  const underReview: Evidence = { id: 'ev-2', criterionId: 'SC2', status: 'under_review', validUntil: null }
  t.equal(checkSelection([sc1, sc2], declared, [evidence('verified'), underReview], '2025-06-30').outcome, 'pending')
  t.equal(checkSelection([sc1, sc2], declared, [underReview], '2025-06-30').outcome, 'fail')
  t.equal(checkSelection([], declared, [], '2025-06-30').outcome, 'pass', 'no selection criteria')
})

t.test('a malformed valid-until date is an input error naming the field', async (t) => {
  t.throws(() => checkSelection([sc1], declared, [evidence('verified'), evidence('verified', '2026-13-01')], '2025-06-30', '/bids/0/evidence'), {
    code: 'INVALID_DATE',
    path: '/bids/0/evidence/1/validUntil',
  })
})
