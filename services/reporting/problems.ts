import { defineProblems } from '../kernel/problem.ts'

/** Reporting's own problem codes; the kernel's (validation, auth, limits, outages) are in kernel/problems.ts. */
export const reportingProblems = defineProblems({
  INVALID_DATE: { status: 400, description: 'A date parameter is not a real calendar date or ISO 8601 date-time (2026-02-30, 25:00).' },
  INVALID_PERIOD: { status: 400, description: 'The period ends before it starts.' },
  TOO_MANY_PERIODS: { status: 400, description: 'A series has too many points; shorten the period or use a longer interval.' },
  CONFLICTING_SELECTION: { status: 400, description: 'Ask for one procurement or for a period, not both.' },
  EXPORT_TOO_LARGE: { status: 400, description: 'Too many procurements in the period for one release package; ask for a shorter period.' },
  BUYER_NOT_FOUND: { status: 404, description: 'No buyer with this id is known to reporting (it has published no procurement yet).' },
  KPI_NOT_FOUND: { status: 404, description: 'No KPI with this id; the catalogue has K01 to K21.' },
  TARGET_NOT_FOUND: { status: 404, description: 'The buyer has no target with this id.' },
  MATURITY_ASSESSMENT_NOT_FOUND: { status: 404, description: 'The buyer has not submitted a maturity self-assessment yet.' },
  PROCUREMENT_NOT_FOUND: { status: 404, description: 'No procurement with this id is in the read model, or you may not see it.' },
  NO_PROCUREMENTS_IN_PERIOD: { status: 404, description: 'No procurement was published in the period: an OCDS release package needs at least one release.' },
  UNKNOWN_KPI: { status: 422, description: 'The target names a KPI that is not in the catalogue.' },
  KPI_NOT_TARGETABLE: { status: 422, description: 'A target needs a KPI with one computed figure.' },
  INVALID_TARGET: { status: 422, description: 'The target breaks a rule (a deadline before its baseline, a value outside the KPI\'s range); `errors` names each field.' },
  INVALID_MATURITY_ANSWERS: { status: 422, description: 'The self-assessment answers are incomplete or name unknown items or stages; `errors` names each.' },
})
