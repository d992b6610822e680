import { supplierOf } from './awards.ts'
import type { OcdsAward, OcdsBid, OcdsEvidence, OcdsProcurement } from './input.ts'
import { optionalField } from './optional-field.ts'
import type { Bid, BidStatus, Document, RequirementResponse } from './release-types.ts'

// The assessment's bid statuses on the OCDS bidStatus code list: a ranked bid met the criteria;
// one scored provisionally while evidence awaits verification, or not yet evaluated, is pending;
// every gate a bid can fall at (exclusion, selection, specifications, minimum quality) disqualifies.
const STATUSES: Readonly<Record<string, BidStatus>> = {
  submitted: 'pending',
  pending_verification: 'pending',
  ranked: 'valid',
  excluded: 'disqualified',
  not_selected: 'disqualified',
  non_compliant: 'disqualified',
  below_quality_threshold: 'disqualified',
}

export function bidStatusOf(status: string): BidStatus {
  const code = STATUSES[status]
  // The assessment statuses are a closed list; a new one needs a deliberate mapping, not a guess.
  if (!code) throw new RangeError(`No OCDS bid status for assessment bid status '${status}'`)
  return code
}

/**
 * Every submitted bid: its status, the reason it was disqualified, its rank, its tenderer. The
 * awarded bids also carry their requirement responses, published with the award; the others'
 * answers stay with the buyer. An awarded bid the feed did not list (an award from before bids
 * reached the read model) is still published, as valid.
 */
export function bidsOf(procurement: OcdsProcurement): Bid[] {
  const awardOfBid = new Map(procurement.awards.map((a) => [a.bidId, a]))
  const listed = new Set(procurement.bids.map((b) => b.id))
  return [
    ...procurement.bids.map((bid) => bidOf(bid, awardOfBid.get(bid.id))),
    ...procurement.awards.filter((a) => !listed.has(a.bidId)).map(unlistedWinningBid),
  ]
}

function bidOf(bid: OcdsBid, award: OcdsAward | undefined): Bid {
  const status = bidStatusOf(bid.status)
  return {
    id: bid.id,
    status,
    ...optionalField('description', status === 'disqualified' ? disqualification(bid) : null),
    ...(bid.rank === null ? {} : { hasRank: true, rank: bid.rank }),
    tenderers: [{ id: bid.supplierId, ...optionalField('name', bid.supplierName) }],
    relatedLots: [bid.lotId],
    ...optionalField('requirementResponses', award ? responsesOf(award) : null),
    ...optionalField('documents', bid.documents.map(documentOf)),
  }
}

const EVIDENCE_TITLES: Readonly<Record<string, string>> = {
  type1EcolabelCertificate: 'Type I ecolabel certificate',
  managementSystemCertificate: 'Management system certificate',
}

// The documents themselves stay with the buyer (they may hold personal data); the release says
// what each attests, who issued it, what it covers and until when, as an evaluator verified it.
// documentType (submissionDocuments) is left out until the tests hold the documentType code list.
function documentOf(evidence: OcdsEvidence): Document {
  const title = EVIDENCE_TITLES[evidence.type] ?? evidence.type
  const covers =
    evidence.coverage === 'products' ? `covers the offered models ${evidence.coveredModels.join(', ')}` : evidence.coverage === 'organisation' ? 'covers the tenderer’s organisation' : 'names no coverage'
  const validity = evidence.validUntil === null ? 'no end date' : `valid until ${evidence.validUntil}`
  return {
    id: evidence.id,
    title: evidence.scheme === null ? title : `${title}: ${evidence.scheme}`,
    description: `Issued by ${evidence.issuer}; ${covers}; ${validity}; verified by an evaluator.`,
    dateModified: evidence.verifiedAt,
  }
}

function disqualification(bid: OcdsBid): string {
  const label = bid.status.replaceAll('_', ' ')
  return bid.reasons.length === 0 ? label : `${label}: ${bid.reasons.join('; ')}`
}

function unlistedWinningBid(award: OcdsAward): Bid {
  return { id: award.bidId, status: 'valid', tenderers: [supplierOf(award)], relatedLots: [award.lotId], ...optionalField('requirementResponses', responsesOf(award)) }
}

function responsesOf(award: OcdsAward): RequirementResponse[] {
  return award.responses.map((response) => ({
    id: `${award.bidId}-${response.requirementId}`,
    // The schema wants a non-empty string; an empty answer is no value.
    ...optionalField('value', response.value === '' ? null : response.value),
    requirement: { id: response.requirementId },
  }))
}
