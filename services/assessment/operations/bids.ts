import type { Kysely } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { userOf, type Actor } from '../../kernel/actor.ts'
import { assertIfMatch, entityTag } from '../../kernel/preconditions.ts'
import { type FieldError, ProblemError } from '../../kernel/problem.ts'
import { decodeCursor } from '../../kernel/pagination.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { assessmentProblems } from '../problems.ts'
import { bidCost, costParameters } from '../domain/life-cycle-cost.ts'
import { checkResponse, findMissingResponses } from '../domain/requirement-response-check.ts'
import { bidRequirements, type TenderCriteria } from '../domain/tender-criteria.ts'
import { recordEvent } from '../events/outbox.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'
import { findBid, insertBid, listBidsOfProcurement, liveBidOf, markBidSubmitted, updateBidContent } from '../repositories/bids.ts'
import { findProcurement, lotExists } from '../repositories/procurements.ts'
import { supplierExists } from '../repositories/suppliers.ts'
import { settingsOf } from './evaluations.ts'
import type { BidContent } from '../schemas/bid.ts'
import { canonicalUuid } from '../schemas/common.ts'

type Db = Kysely<AssessmentDatabase>

export const bidEtag = (row: { id: string; revision: number }) => entityTag(row.id, row.revision)

function problemsDetail(problems: FieldError[]) {
  return problems.map((p) => `${p.path} ${p.message}`).join('; ')
}

/** Checks that fit a draft: every answer names a requirement of the tender, once; money in the tender's currency. */
function contentProblems(content: BidContent, tender: TenderCriteria, currency: string): FieldError[] {
  const known = new Set(bidRequirements(tender.criteria).map((r) => r.id))
  const problems: FieldError[] = []
  const seen = new Set<string>()
  content.responses.forEach((response, i) => {
    if (!known.has(response.requirementId)) problems.push({ path: `body/responses/${i}/requirementId`, message: `${response.requirementId} is not a requirement of this tender` })
    if (seen.has(response.requirementId)) problems.push({ path: `body/responses/${i}/requirementId`, message: `${response.requirementId} is answered twice` })
    seen.add(response.requirementId)
  })
  content.offeredProducts.forEach((product, i) => {
    const moneyFields = [['unitPrice', product.unitPrice], ['serviceCostPerUnit', product.serviceCostPerUnit], ['residualValuePerUnit', product.residualValuePerUnit]] as const
    for (const [field, money] of moneyFields) {
      if (money && money.currency !== currency) problems.push({ path: `body/offeredProducts/${i}/${field}/currency`, message: `must be the tender currency ${currency}` })
      if (money && money.amount.startsWith('-')) problems.push({ path: `body/offeredProducts/${i}/${field}/amount`, message: 'must not be negative' })
    }
  })
  return problems
}

function supplierOf(actor: Actor): string {
  const principal = userOf(actor)
  if (!principal.supplierId) throw new ProblemError(kernelProblems.FORBIDDEN, 'Your token names no supplier (supplier claim), so you cannot bid.')
  return principal.supplierId
}

export async function createBid(db: Db, actor: Actor, procurementId: string, lotId: string, content: BidContent) {
  const supplierId = supplierOf(actor)
  return db.transaction().execute(async (trx) => {
    const procurement = await findProcurement(trx, procurementId, userOf(actor))
    if (!procurement) throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_FOUND, `Procurement ${procurementId} does not exist.`)
    if (procurement.status !== 'open') throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_OPEN, `Procurement ${procurementId} is ${procurement.status}; bids are accepted only while it is open.`)
    if (!(await lotExists(trx, procurementId, lotId))) throw new ProblemError(assessmentProblems.LOT_NOT_FOUND, `Procurement ${procurementId} has no lot ${lotId}.`)
    if (!(await supplierExists(trx, supplierId))) throw new ProblemError(assessmentProblems.SUPPLIER_NOT_REGISTERED, `Supplier ${supplierId} is not registered; ask the buyer to register it first.`)
    const problems = contentProblems(content, procurement.evaluation_criteria, procurement.currency)
    if (problems.length > 0) throw new ProblemError(assessmentProblems.INVALID_BID, problemsDetail(problems), problems)
    const existing = await liveBidOf(trx, procurementId, lotId, supplierId)
    if (existing) throw new ProblemError(assessmentProblems.BID_EXISTS, `Supplier ${supplierId} already has bid ${existing.id} for lot ${lotId}; update that one.`)
    const row = await insertBid(trx, { procurementId, lotId, supplierId, offeredProducts: content.offeredProducts, responses: content.responses })
    await recordAudit(trx, actor, { action: 'bid.created', entityType: 'bid', entityId: row.id, details: { procurementId, lotId, supplierId } })
    return row
  })
}

/** Loads the caller's own bid for a change, locked, with the If-Match and open-tender checks. */
async function ownBidForChange(trx: Db, actor: Actor, bidId: string, ifMatch: string | undefined) {
  const supplierId = supplierOf(actor)
  const row = await findBid(trx, bidId, userOf(actor), true)
  if (!row || row.supplier_id !== supplierId) throw new ProblemError(assessmentProblems.BID_NOT_FOUND, `Bid ${bidId} does not exist.`)
  assertIfMatch(ifMatch, bidEtag(row))
  if (row.status !== 'draft') throw new ProblemError(assessmentProblems.BID_NOT_DRAFT, `Bid ${bidId} is ${row.status}; a submitted bid is frozen.`)
  if (row.procurement_status !== 'open') throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_OPEN, `The procurement is ${row.procurement_status}; bids can change only while it is open.`)
  return row
}

export async function updateBid(db: Db, actor: Actor, bidId: string, content: BidContent, ifMatch: string | undefined) {
  return db.transaction().execute(async (trx) => {
    const row = await ownBidForChange(trx, actor, bidId, ifMatch)
    const problems = contentProblems(content, row.evaluation_criteria, row.currency)
    if (problems.length > 0) throw new ProblemError(assessmentProblems.INVALID_BID, problemsDetail(problems), problems)
    const updated = await updateBidContent(trx, bidId, content)
    await recordAudit(trx, actor, { action: 'bid.updated', entityType: 'bid', entityId: bidId })
    return updated
  })
}

/**
 * Submitting freezes the bid. It needs a well-formed answer to every requirement of the tender;
 * all missing and malformed answers are listed at once. A well-formed answer that misses a
 * threshold is accepted: the bid then fails that requirement at evaluation.
 */
export async function submitBid(db: Db, actor: Actor, bidId: string, ifMatch: string | undefined) {
  return db.transaction().execute(async (trx) => {
    const row = await ownBidForChange(trx, actor, bidId, ifMatch)
    const requirements = bidRequirements(row.evaluation_criteria.criteria)
    const responses = row.responses
    const byId = new Map(responses.map((r, i) => [r.requirementId, { response: r, index: i }]))
    const problems: FieldError[] = findMissingResponses(requirements, responses).map((p) => ({ path: 'bid/responses', message: `missing an answer to ${p.requirementId}` }))
    for (const requirement of requirements) {
      const given = byId.get(requirement.id)
      if (!given) continue
      for (const p of checkResponse(requirement, given.response)) {
        if (p.kind === 'malformed') problems.push({ path: `bid/responses/${given.index}${p.path}`, message: p.message })
      }
    }
    // Residual values are the bidder's own figures: a life-cycle cost of zero or less would win or
    // break relative-to-lowest price scoring, so such a bid is sent back as an abnormal offer.
    const cost = bidCost(row.offered_products, costParameters(settingsOf(row)))
    if (Number(cost.lifeCycleCost) <= 0) {
      problems.push({ path: 'bid/offeredProducts', message: `the life-cycle cost is ${cost.lifeCycleCost} ${cost.currency}: residual values cannot exceed what the products cost` })
    }
    if (problems.length > 0) throw new ProblemError(assessmentProblems.BID_INCOMPLETE, `The bid cannot be submitted: ${problemsDetail(problems)}`, problems)
    const updated = await markBidSubmitted(trx, bidId)
    await recordAudit(trx, actor, { action: 'bid.submitted', entityType: 'bid', entityId: bidId })
    await recordEvent(trx, 'bid.submitted', `bids/${bidId}`, {
      bidId,
      procurementId: row.procurement_id,
      lotId: row.lot_id,
      supplierId: row.supplier_id,
      offeredProducts: row.offered_products,
      responseCount: responses.length,
    })
    return updated
  })
}

/** Another supplier's bid, and a sealed one, answer "not found": the caller cannot tell them from a missing bid. */
export async function readBid(db: Db, actor: Actor, bidId: string) {
  const row = await findBid(db, bidId, userOf(actor))
  if (!row) throw new ProblemError(assessmentProblems.BID_NOT_FOUND, `Bid ${bidId} does not exist.`)
  return row
}

/** The bids of a procurement the caller may see, one page, plus one bid more when a next page exists. */
export async function readBidsOfProcurement(db: Db, actor: Actor, procurementId: string, page: { lotId?: string; cursor?: string; limit: number }) {
  const principal = userOf(actor)
  if (!(await findProcurement(db, procurementId, principal))) throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_FOUND, `Procurement ${procurementId} does not exist.`)
  const after = decodeCursor(page.cursor, 1, ([id]) => canonicalUuid.test(String(id)))
  return listBidsOfProcurement(db, procurementId, principal, page.lotId, after ? String(after[0]) : null, page.limit)
}
