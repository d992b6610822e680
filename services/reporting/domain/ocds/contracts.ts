import { dateTime, endDateTime } from './dates.ts'
import type { OcdsContract } from './input.ts'
import { optionalField } from './optional-field.ts'
import type { Contract, Milestone } from './release-types.ts'

type Report = OcdsContract['reports'][number]

// Contract performance clauses are reporting milestones: one per report received, met or not, and
// a scheduled one for each clause with no report yet, so the obligation shows from the signature on.
export function contractOf(contract: OcdsContract, performanceClauseIds: string[]): Contract {
  const reported = new Set(contract.reports.map((r) => r.criterionId))
  const milestones = [
    ...contract.reports.map(reportMilestone),
    ...performanceClauseIds.filter((id) => !reported.has(id)).map(scheduledMilestone),
  ]
  return {
    id: contract.id,
    awardID: contract.awardId,
    status: 'active',
    period: { startDate: dateTime(contract.signedOn), ...optionalField('endDate', contract.endsOn === null ? null : endDateTime(contract.endsOn)) },
    dateSigned: dateTime(contract.signedOn),
    ...optionalField('milestones', milestones),
  }
}

function reportMilestone(report: Report): Milestone {
  return {
    id: `${report.criterionId}-${report.periodStart}-${report.periodEnd}`,
    title: `Performance report on ${report.criterionId}`,
    description: `Reporting period ${report.periodStart} to ${report.periodEnd}.`,
    type: 'reporting',
    code: report.criterionId,
    status: report.met ? 'met' : 'notMet',
  }
}

function scheduledMilestone(criterionId: string): Milestone {
  return { id: criterionId, title: `Performance report on ${criterionId}`, type: 'reporting', code: criterionId, status: 'scheduled' }
}
