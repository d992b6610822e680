import type { Kysely } from 'kysely'
import { recordAudit } from '../../kernel/audit.ts'
import { findFactorSet, latestFactorSet } from '../../kernel/factor-library.ts'
import { userOf, type Actor } from '../../kernel/actor.ts'
import { assertIfMatch, entityTag } from '../../kernel/preconditions.ts'
import { type FieldError, ProblemError } from '../../kernel/problem.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { assessmentProblems } from '../problems.ts'
import type { CatalogueClient } from '../catalogue-client/catalogue-client.ts'
import { co2eFactors, DEFAULT_PLACE_OF_USE } from '../domain/factor-sets.ts'
import { buildTenderCriteria } from '../domain/tender-criteria.ts'
import { recordEvent } from '../events/outbox.ts'
import type { AssessmentDatabase, ProcurementStatus } from '../repositories/database.ts'
import {
  evaluatorsOf,
  findProcurement,
  insertEvaluatorAssignment,
  insertLots,
  insertProcurement,
  listProcurements,
  lotsOf,
  setProcurementStatus,
  type ProcurementListFilter,
  type ProcurementRow,
} from '../repositories/procurements.ts'
import type { CreateProcurement } from '../schemas/procurement.ts'

type Db = Kysely<AssessmentDatabase>

export const procurementEtag = (row: { id: string; revision: number }) => entityTag(row.id, row.revision)

export interface StoredProcurement {
  row: ProcurementRow
  lots: { id: string; title: string; estimated_value: string | null }[]
}

async function withLots(db: Db, rows: ProcurementRow[]): Promise<StoredProcurement[]> {
  const lots = await lotsOf(db, rows.map((row) => row.id))
  return rows.map((row) => ({ row, lots: lots.get(row.id) ?? [] }))
}

/** A procurement just written, as its writer now sees it. */
async function reread(db: Db, actor: Actor, id: string): Promise<StoredProcurement> {
  return (await withLots(db, [(await findProcurement(db, id, userOf(actor)))!]))[0]!
}

export async function readProcurement(db: Db, actor: Actor, id: string): Promise<StoredProcurement> {
  const row = await findProcurement(db, id, userOf(actor))
  if (!row) throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_FOUND, `Procurement ${id} does not exist.`)
  return (await withLots(db, [row]))[0]!
}

/** The procurements the caller may see, one page, plus one more when a next page exists. */
export async function searchProcurements(db: Db, actor: Actor, filter: ProcurementListFilter): Promise<StoredProcurement[]> {
  return withLots(db, await listProcurements(db, userOf(actor), filter))
}

function buyerOrganisation(actor: Actor): string {
  const principal = userOf(actor)
  if (!principal.organisationId) throw new ProblemError(kernelProblems.FORBIDDEN, 'Your token names no buyer organisation (organisation claim), so you cannot own a procurement.')
  return principal.organisationId
}

function assertCurrencies(body: CreateProcurement): void {
  const problems: FieldError[] = []
  const check = (path: string, currency: string | undefined) => {
    if (currency !== undefined && currency !== body.currency) problems.push({ path, message: `must be in the procurement currency ${body.currency}` })
  }
  check('body/estimatedValue/currency', body.estimatedValue?.currency)
  check('body/lifeCycle/energyTariff/currency', body.lifeCycle.energyTariff.currency)
  body.lots.forEach((lot, i) => check(`body/lots/${i}/estimatedValue/currency`, lot.estimatedValue?.currency))
  const lotIds = new Set<string>()
  body.lots.forEach((lot, i) => {
    if (lotIds.has(lot.id)) problems.push({ path: `body/lots/${i}/id`, message: `lot ${lot.id} is listed twice` })
    lotIds.add(lot.id)
  })
  if (body.weighting.priceWeight + body.weighting.qualityWeight !== 100) {
    problems.push({ path: 'body/weighting', message: 'priceWeight and qualityWeight must add up to 100' })
  }
  if (body.weighting.minimumQualityScore !== null && body.weighting.minimumQualityScore > body.weighting.qualityWeight) {
    problems.push({ path: 'body/weighting/minimumQualityScore', message: 'cannot exceed the quality weight' })
  }
  if (problems.length > 0) throw new ProblemError(assessmentProblems.INVALID_PROCUREMENT, problems.map((p) => `${p.path} ${p.message}`).join('; '), problems)
}

/**
 * The factor set's version and the place of use are fixed when the tender is created, so a later
 * version of the library never changes the CO2e the bidders were told about.
 */
function pinnedLifeCycle(lifeCycle: CreateProcurement['lifeCycle']): Required<CreateProcurement['lifeCycle']> {
  const placeOfUse = lifeCycle.placeOfUse ?? DEFAULT_PLACE_OF_USE
  const version = lifeCycle.factorSetVersion ?? latestFactorSet(lifeCycle.factorSetId)?.version
  const set = version === undefined ? undefined : findFactorSet(lifeCycle.factorSetId, version)
  if (!set) {
    throw new ProblemError(assessmentProblems.INVALID_PROCUREMENT, `The factor library has no version ${version} of ${lifeCycle.factorSetId}.`, [
      { path: 'body/lifeCycle/factorSetVersion', message: `is not a version of ${lifeCycle.factorSetId} (GET /api/v1/factor-sets)` },
    ])
  }
  if (!co2eFactors(set, placeOfUse)) {
    throw new ProblemError(assessmentProblems.INVALID_PROCUREMENT, `Factor set ${set.id} ${set.version} has no grid factor for ${placeOfUse}.`, [
      { path: 'body/lifeCycle/placeOfUse', message: `has no grid factor in ${set.id} ${set.version}` },
    ])
  }
  return { ...lifeCycle, placeOfUse, factorSetVersion: set.version }
}

/**
 * Creating a tender pins a published criteria-set version: it is fetched from the catalogue once,
 * stored as an immutable snapshot, and turned into the evaluation criteria. The catalogue is read
 * before the transaction opens, so an outage fails the request cleanly and holds no locks.
 */
export async function createProcurement(db: Db, catalogue: CatalogueClient, actor: Actor, body: CreateProcurement): Promise<StoredProcurement> {
  const organisation = buyerOrganisation(actor)
  assertCurrencies(body)
  const set = await catalogue.getCriteriaSetVersion(body.criteriaSet.id, body.criteriaSet.version, actor.correlationId)
  const tender = buildTenderCriteria(set, body.criteria, body.weighting.qualityWeight)
  if (!tender.ok) throw new ProblemError(assessmentProblems.INVALID_CRITERIA_CHOICE, tender.problems.map((p) => `${p.path} ${p.message}`).join('; '), tender.problems)
  return db.transaction().execute(async (trx) => {
    const id = await insertProcurement(trx, {
      buyerOrganisationId: organisation,
      title: body.title,
      description: body.description ?? null,
      productCategory: set.content.productCategory,
      cpvCodes: body.cpvCodes,
      currency: body.currency,
      estimatedValue: body.estimatedValue?.amount ?? null,
      criteriaSet: { id: set.id, version: set.version, snapshot: set },
      evaluationCriteria: tender.value,
      settings: { criteria: body.criteria, weighting: body.weighting, priceScoring: body.priceScoring, lifeCycle: pinnedLifeCycle(body.lifeCycle) },
    })
    await insertLots(trx, id, body.lots.map((lot) => ({ id: lot.id, title: lot.title, estimatedValue: lot.estimatedValue?.amount ?? null })))
    await recordAudit(trx, actor, { action: 'procurement.created', entityType: 'procurement', entityId: id, details: { criteriaSet: `${set.id}@${set.version}` } })
    const { criteria, performanceClauses } = tender.value
    const requirementsOf = new Map([...criteria.technicalSpecifications, ...criteria.selectionCriteria, ...criteria.awardCriteria, ...performanceClauses.map((c) => ({ id: c.criterionId, requirements: c.requirements }))].map((c) => [c.id, c.requirements]))
    await recordEvent(trx, 'procurement.created', `procurements/${id}`, {
      procurementId: id,
      buyerOrganisationId: organisation,
      title: body.title,
      productCategory: set.content.productCategory,
      cpvCodes: body.cpvCodes,
      currency: body.currency,
      lots: body.lots,
      criteriaSet: { id: set.id, version: set.version, ambitionLevel: set.content.ambitionLevel },
      weighting: body.weighting,
      priceScoring: body.priceScoring,
      // Titles and the requirements as the tender applies them (buyer thresholds filled in), so a
      // publisher can state what bids answer without the catalogue; aspects, so reporting can tell
      // which answers are a KPI's figure (softwareSupport years for K08) without a list of ids.
      criteria: body.criteria.map((choice) => {
        const c = set.criteria.find((criterion) => criterion.id === choice.criterionId)!
        const requirements = (requirementsOf.get(c.id) ?? []).map((r) => ({ ...r, title: c.content.requirements.find((cr) => cr.id === r.id)?.title.en ?? null }))
        return { id: c.id, type: c.content.type, aspects: c.content.aspects, goals: c.content.ocds.goals, strategies: c.content.ocds.strategies, maxPoints: choice.maxPoints ?? null, title: c.content.title.en, description: c.content.description?.en ?? null, requirements }
      }),
    })
    return reread(trx, actor, id)
  })
}

const transitions: Record<ProcurementStatus, ProcurementStatus[]> = {
  draft: ['open'],
  open: ['evaluation'],
  evaluation: [],
  awarded: ['closed'],
  closed: [],
}

/** Loads a procurement the caller may act on as its buyer, locked for the change. */
export async function procurementForBuyer(db: Db, actor: Actor, id: string) {
  const principal = userOf(actor)
  const row = await findProcurement(db, id, principal, true)
  if (!row) throw new ProblemError(assessmentProblems.PROCUREMENT_NOT_FOUND, `Procurement ${id} does not exist.`)
  if (row.buyer_organisation_id !== principal.organisationId) throw new ProblemError(kernelProblems.FORBIDDEN, 'Only the buyer organisation that owns this procurement may change it.')
  return row
}

/** The buyer moves the tender along draft → open → evaluation; awarding is its own operation. */
export async function changeStatus(db: Db, actor: Actor, id: string, to: ProcurementStatus, ifMatch: string | undefined): Promise<StoredProcurement> {
  return db.transaction().execute(async (trx) => {
    const row = await procurementForBuyer(trx, actor, id)
    assertIfMatch(ifMatch, procurementEtag(row))
    if (!transitions[row.status].includes(to)) {
      throw new ProblemError(assessmentProblems.INVALID_STATUS_TRANSITION, `A procurement in status ${row.status} cannot move to ${to}${row.status === 'evaluation' && to === 'awarded' ? '; award a lot instead' : ''}.`)
    }
    await setProcurementStatus(trx, id, to)
    const updated = await reread(trx, actor, id)
    await recordAudit(trx, actor, { action: 'procurement.statusChanged', entityType: 'procurement', entityId: id, details: { from: row.status, to } })
    await recordEvent(trx, 'procurement.statusChanged', `procurements/${id}`, { procurementId: id, from: row.status, to })
    return updated
  })
}

export async function assignEvaluator(db: Db, actor: Actor, id: string, subject: string): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await procurementForBuyer(trx, actor, id)
    if (await insertEvaluatorAssignment(trx, id, subject)) {
      await recordAudit(trx, actor, { action: 'procurement.evaluatorAssigned', entityType: 'procurement', entityId: id, details: { subject } })
    }
    return evaluatorsOf(trx, id)
  })
}
