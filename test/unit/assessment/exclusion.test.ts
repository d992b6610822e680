import t from 'tap'
import { checkExclusions } from '../../../services/assessment/domain/exclusion.ts'

// docs/sources.md#scoring-methods: exclusion is a pass/fail gate; an exclusion applies up to and including its end date.
t.test('an exclusion in force on the evaluation date excludes the bid', async (t) => {
  const fraud = { reason: 'final conviction for fraud', endsOn: '2025-06-30' }
  t.same(checkExclusions([fraud], '2025-06-30'), { excluded: true, active: [fraud] }, 'last day still applies')
  t.same(checkExclusions([fraud], '2025-07-01'), { excluded: false, active: [] }, 'the day after it has ended')
  const open = { reason: 'insolvency', endsOn: null }
  t.same(checkExclusions([fraud, open], '2026-01-01'), { excluded: true, active: [open] }, 'no end date: in force')
  t.same(checkExclusions([], '2025-06-30'), { excluded: false, active: [] })
})

t.test('a malformed end date is an input error naming the field', async (t) => {
  t.throws(() => checkExclusions([{ reason: 'x', endsOn: '30.06.2025' }], '2025-06-30', '/bids/4/exclusions'), {
    code: 'INVALID_DATE',
    path: '/bids/4/exclusions/0/endsOn',
  })
})
