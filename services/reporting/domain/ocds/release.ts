import { awardOf } from './awards.ts'
import { bidsOf } from './bids.ts'
import { statusCodes } from './codes.ts'
import { contractOf } from './contracts.ts'
import { dateTime, endDateTime, latest } from './dates.ts'
import type { OcdsProcurement } from './input.ts'
import { optionalField } from './optional-field.ts'
import { partiesOf } from './parties.ts'
import { ocidOf, releaseIdOf } from './release-identity.ts'
import type { Release } from './release-types.ts'
import { tenderOf } from './tender.ts'

// One release per procurement, holding everything known about it: a compiled snapshot rather than
// a history of changes, since the read model keeps only the current state.
export function releaseOf(procurement: OcdsProcurement, ocidPrefix: string): Release {
  const ocid = ocidOf(ocidPrefix, procurement.id)
  const date = releaseDate(procurement)
  const status = statusCodes(procurement.status, procurement.contracts.length > 0)
  const bids = bidsOf(procurement)
  const performanceClauseIds = procurement.criteria.filter((c) => c.type === 'contractPerformanceClause').map((c) => c.id)
  const content = {
    tag: status.tag,
    initiationType: 'tender' as const,
    language: 'en' as const,
    parties: partiesOf(procurement),
    buyer: { id: procurement.buyerId, ...optionalField('name', procurement.buyerName) },
    tender: tenderOf(procurement, status.tender),
    ...optionalField('bids', bids.length > 0 ? { details: bids } : null),
    ...optionalField('awards', procurement.awards.map(awardOf)),
    ...optionalField('contracts', procurement.contracts.map((c) => contractOf(c, performanceClauseIds))),
  }
  return { ocid, id: releaseIdOf(ocid, date, content), date, ...content }
}

// The latest thing that happened to the procurement: a contract's end date is a plan, not an event,
// so it does not count; a report is known at the earliest when its period ends.
function releaseDate(procurement: OcdsProcurement): string {
  return latest([
    dateTime(procurement.createdAt),
    ...[procurement.publishedAt, procurement.awardedAt].flatMap((d) => (d === null ? [] : [dateTime(d)])),
    ...procurement.awards.map((a) => dateTime(a.awardedAt)),
    ...procurement.contracts.map((c) => dateTime(c.signedOn)),
    ...procurement.contracts.flatMap((c) => c.reports.map((r) => endDateTime(r.periodEnd))),
  ])
}
