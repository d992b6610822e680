import { supplierOf } from './awards.ts'
import type { OcdsAward } from './input.ts'
import { optionalField } from './optional-field.ts'
import type { Bid, RequirementResponse } from './release-types.ts'

// Only winning bids are published: they passed every gate, hence 'valid'. Losing bids stay private.
export function winningBidOf(award: OcdsAward): Bid {
  return {
    id: award.bidId,
    status: 'valid',
    tenderers: [supplierOf(award)],
    relatedLots: [award.lotId],
    ...optionalField('requirementResponses', award.responses.map((r) => responseOf(award.bidId, r))),
  }
}

function responseOf(bidId: string, response: OcdsAward['responses'][number]): RequirementResponse {
  return {
    id: `${bidId}-${response.requirementId}`,
    // The schema wants a non-empty string; an empty answer is no value.
    ...optionalField('value', response.value === '' ? null : response.value),
    requirement: { id: response.requirementId },
  }
}
