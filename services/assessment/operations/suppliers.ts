import type { Kysely } from 'kysely'
import { hasRole, userOf, type Actor } from '../../kernel/actor.ts'
import { recordAudit } from '../../kernel/audit.ts'
import type { Principal, Role } from '../../kernel/auth/roles.ts'
import { assertIfMatch } from '../../kernel/preconditions.ts'
import { type FieldError, ProblemError } from '../../kernel/problem.ts'
import { assessmentProblems } from '../problems.ts'
import { recordEvent } from '../events/outbox.ts'
import { supplierEtag, toSupplier } from '../mappers/suppliers.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'
import {
  claimIdentifiers,
  endExclusion,
  findExclusion,
  findSupplier,
  identifierKey,
  identifiersOf,
  insertExclusion,
  insertSupplier,
  listExclusions,
  listSuppliers,
  releaseIdentifiers,
  supplierExists,
  updateSupplier,
  type ExclusionRow,
  type IdentifierKey,
  type SupplierFilter,
  type SupplierRow,
} from '../repositories/suppliers.ts'
import { evaluatesForOrganisation } from '../repositories/procurements.ts'
import type { ExclusionScope } from '../repositories/database.ts'
import { identifierPatterns, identifierSchemes, type EndExclusionInput, type ExclusionInput, type IdentifierScheme, type SupplierIdentifier, type SupplierInput } from '../schemas/supplier.ts'

type Db = Kysely<AssessmentDatabase>

export interface StoredSupplier {
  row: SupplierRow
  identifiers: IdentifierKey[]
}

export const supplierNotFound = (id: string) => new ProblemError(assessmentProblems.SUPPLIER_NOT_FOUND, `Supplier ${id} does not exist.`)

/**
 * Staff roles reach every supplier; a supplier user only the one its token names. Any other id is
 * "not found", exactly like a missing one, so a supplier cannot probe which ids exist.
 */
export function assertSupplierAccess(principal: Principal, supplierId: string, staff: readonly Role[]): void {
  if (principal.roles.some((role) => staff.includes(role))) return
  if (principal.roles.includes('supplier') && principal.supplierId === supplierId) return
  throw supplierNotFound(supplierId)
}

export async function requireSupplier(db: Db, id: string, forUpdate = false): Promise<StoredSupplier> {
  const row = await findSupplier(db, id, forUpdate)
  if (!row) throw supplierNotFound(id)
  return { row, identifiers: (await identifiersOf(db, [id])).get(id) ?? [] }
}

export async function requireSupplierExists(db: Db, id: string): Promise<void> {
  if (!(await supplierExists(db, id))) throw supplierNotFound(id)
}

/** One page of the registry, plus one supplier more when a next page exists; each with its identifiers. */
export async function searchSuppliers(db: Db, filter: SupplierFilter): Promise<(StoredSupplier & { sortName: string })[]> {
  const rows = await listSuppliers(db, filter)
  const identifiers = await identifiersOf(db, rows.slice(0, filter.limit).map((row) => row.id))
  return rows.map((row) => ({ row, identifiers: identifiers.get(row.id) ?? [], sortName: row.sort_name }))
}

export async function exclusionsOf(db: Db, supplierId: string, afterId: string | null, limit: number): Promise<ExclusionRow[]> {
  await requireSupplierExists(db, supplierId)
  return listExclusions(db, supplierId, afterId, limit)
}

/** A missing supplier and a missing exclusion of an existing one are told apart. */
export async function readExclusion(db: Db, supplierId: string, exclusionId: string): Promise<ExclusionRow> {
  const row = await findExclusion(db, supplierId, exclusionId)
  if (row) return row
  await requireSupplierExists(db, supplierId)
  throw new ProblemError(assessmentProblems.EXCLUSION_NOT_FOUND, `Supplier ${supplierId} has no exclusion ${exclusionId}.`)
}

/** ISO 17442 check digits: the LEI read as a base-36 number is 1 modulo 97 (ISO 7064 MOD 97-10). */
function hasLeiCheckDigits(lei: string): boolean {
  let remainder = 0
  for (const digit of [...lei].map((c) => parseInt(c, 36)).join('')) remainder = (remainder * 10 + Number(digit)) % 97
  return remainder === 1
}

const wellFormed = Object.fromEntries(identifierSchemes.map((scheme) => [scheme, new RegExp(`^(${identifierPatterns[scheme].pattern})$`)])) as Record<IdentifierScheme, RegExp>

/** What makes a value well-formed for its scheme (the contract's patterns); null when it is. Values must be canonical, never rewritten. */
const identifierProblem: Record<IdentifierScheme, (value: string) => string | null> = {
  VAT: (value) =>
    wellFormed.VAT.test(value) ? null : 'is not a VAT number: a 2-letter country prefix, then 2-13 upper-case letters or digits, no spaces',
  LEI: (value) => {
    if (!wellFormed.LEI.test(value)) return 'is not an LEI: 18 upper-case letters or digits, then 2 check digits'
    return hasLeiCheckDigits(value) ? null : 'is not an LEI: the check digits do not match (ISO 17442)'
  },
  DUNS: (value) => (wellFormed.DUNS.test(value) ? null : 'is not a DUNS number: 9 digits'),
  // Register numbers repeat across countries, so the issuing country is part of the value.
  national: (value) => (wellFormed.national.test(value) ? null : 'is not a national register number: the issuing country code and a colon, then the number (e.g. DE:HRB 12345 B)'),
}

const describe = (errors: FieldError[]) => errors.map((e) => `${e.path} ${e.message}`).join('; ')

export function assertValidIdentifiers(identifiers: SupplierIdentifier[]): void {
  const malformed: FieldError[] = identifiers.flatMap(({ scheme, value }, i) => {
    const message = identifierProblem[scheme](value)
    return message ? [{ path: `body/identifiers/${i}/value`, message }] : []
  })
  if (malformed.length > 0) throw new ProblemError(assessmentProblems.INVALID_IDENTIFIER, describe(malformed), malformed)

  const firstIndex = new Map<string, number>()
  const repeated: FieldError[] = []
  identifiers.forEach((identifier, i) => {
    const first = firstIndex.get(identifierKey(identifier))
    if (first === undefined) firstIndex.set(identifierKey(identifier), i)
    else repeated.push({ path: `body/identifiers/${i}`, message: `repeats identifiers/${first} (${identifier.scheme} ${identifier.value})` })
  })
  if (repeated.length > 0) throw new ProblemError(assessmentProblems.DUPLICATE_IDENTIFIER, describe(repeated), repeated)
}

async function claimOrConflict(db: Db, supplierId: string, identifiers: SupplierIdentifier[]): Promise<void> {
  const taken = new Set((await claimIdentifiers(db, supplierId, identifiers)).map(identifierKey))
  if (taken.size === 0) return
  const errors = identifiers.flatMap((identifier, i) =>
    taken.has(identifierKey(identifier))
      ? [{ path: `body/identifiers/${i}`, message: `${identifier.scheme} ${identifier.value} is already registered to another supplier` }]
      : [],
  )
  throw new ProblemError(assessmentProblems.SUPPLIER_IDENTIFIER_TAKEN, errors.map((e) => e.message).join('; '), errors)
}

const fieldsOf = (input: SupplierInput) => ({ name: input.name, country: input.country, contacts: input.contacts })

/** The registering organisation is recorded, since it (with the supplier itself) owns the record. */
export async function registerSupplier(db: Db, actor: Actor, input: SupplierInput): Promise<StoredSupplier> {
  assertValidIdentifiers(input.identifiers)
  return db.transaction().execute(async (trx) => {
    const row = await insertSupplier(trx, fieldsOf(input), actor.organisationId)
    await claimOrConflict(trx, row.id, input.identifiers)
    const summary = { name: row.name, country: row.country, identifiers: input.identifiers }
    await recordAudit(trx, actor, { action: 'supplier.registered', entityType: 'supplier', entityId: row.id, details: summary })
    await recordEvent(trx, 'supplier.registered', `suppliers/${row.id}`, { supplierId: row.id, ...summary })
    return { row, identifiers: input.identifiers }
  })
}

/**
 * The supplier itself, a buyer of the organisation that registered it, or a registrar. A record
 * whose registering organisation is unknown (registered before it was recorded) is left to registrars.
 */
function assertMayEditSupplier(actor: Actor, row: SupplierRow): void {
  if (hasRole(actor, 'registrar')) return
  if (hasRole(actor, 'supplier') && actor.supplierId === row.id) return
  if (hasRole(actor, 'buyer') && row.registered_by_organisation_id !== null && actor.organisationId === row.registered_by_organisation_id) return
  const owner = row.registered_by_organisation_id === null ? 'a registrar' : `the supplier itself or organisation ${row.registered_by_organisation_id}, which registered it`
  throw new ProblemError(assessmentProblems.SUPPLIER_NOT_YOURS, `Supplier ${row.id}'s record is changed only by ${owner}.`)
}

/** A full replacement under If-Match; identifiers the supplier drops become free for others. */
export async function replaceSupplier(db: Db, actor: Actor, id: string, input: SupplierInput, ifMatch: string | undefined): Promise<StoredSupplier> {
  assertValidIdentifiers(input.identifiers)
  return db.transaction().execute(async (trx) => {
    const current = await requireSupplier(trx, id, true)
    assertMayEditSupplier(actor, current.row)
    assertIfMatch(ifMatch, supplierEtag(current.row))
    await releaseIdentifiers(trx, id)
    await claimOrConflict(trx, id, input.identifiers)
    const updated = { row: await updateSupplier(trx, id, fieldsOf(input)), identifiers: input.identifiers }
    const [before, after] = [toSupplier(current.row, current.identifiers), toSupplier(updated.row, updated.identifiers)]
    const changed = (['name', 'country', 'identifiers', 'contacts'] as const).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    await recordAudit(trx, actor, { action: 'supplier.updated', entityType: 'supplier', entityId: id, details: { revision: updated.row.revision, changed } })
    return updated
  })
}

/**
 * Who decides an exclusion of this scope, and for which organisation: a debarment is a registrar's,
 * valid for every buyer; a buyer exclusion is the actor's organisation's, decided by one of its
 * buyers or by an evaluator acting for it (the token's organisation) and assigned to one of its procurements.
 */
async function decidingOrganisation(db: Db, actor: Actor, scope: ExclusionScope): Promise<string | null> {
  const principal = userOf(actor)
  if (scope === 'all-buyers') {
    if (hasRole(actor, 'registrar')) return principal.organisationId
    throw new ProblemError(assessmentProblems.EXCLUSION_NOT_ALLOWED, 'Only a registrar records or ends a debarment (an exclusion valid for every buyer).')
  }
  const organisationId = principal.organisationId
  const entitled =
    organisationId !== null &&
    (hasRole(actor, 'buyer') || (hasRole(actor, 'evaluator') && (await evaluatesForOrganisation(db, principal.subject, organisationId))))
  if (!entitled || organisationId === null) {
    throw new ProblemError(
      assessmentProblems.EXCLUSION_NOT_ALLOWED,
      'A buyer exclusion is decided for your organisation by one of its buyers, or by an evaluator acting for it (the token\'s organisation) and assigned to one of its procurements.',
    )
  }
  return organisationId
}

/**
 * The reason stays out of the audit details and the event: exclusion grounds can be criminal
 * convictions (Art. 57(1)), which belong with the exclusion record, not in every feed consumer.
 * A buyer exclusion binds the deciding organisation's procurements only; a debarment every buyer's.
 */
export async function recordExclusion(db: Db, actor: Actor, supplierId: string, input: ExclusionInput, today: string): Promise<ExclusionRow> {
  const scope = input.scope ?? 'buyer'
  return db.transaction().execute(async (trx) => {
    const organisationId = await decidingOrganisation(trx, actor, scope)
    await requireSupplierExists(trx, supplierId)
    if (input.endsOn !== null && input.endsOn < today) {
      throw new ProblemError(assessmentProblems.EXCLUSION_ENDS_IN_PAST, `endsOn ${input.endsOn} is before today (${today}, UTC); an exclusion that has already ended cannot be recorded.`, [
        { path: 'body/endsOn', message: `must be ${today} or later` },
      ])
    }
    const row = await insertExclusion(trx, supplierId, { reason: input.reason, endsOn: input.endsOn, scope, organisationId })
    const summary = { exclusionId: row.id, endsOn: row.ends_on, scope, organisationId }
    await recordAudit(trx, actor, { action: 'supplier.excluded', entityType: 'supplier', entityId: supplierId, details: summary })
    await recordEvent(trx, 'supplier.excluded', `suppliers/${supplierId}`, { supplierId, ...summary })
    return row
  })
}

/**
 * Ends an exclusion from now on, by whoever may decide one like it (the deciding organisation for
 * a buyer exclusion, a registrar for a debarment). The row stays, with when and why it ended.
 */
export async function endSupplierExclusion(db: Db, actor: Actor, supplierId: string, exclusionId: string, input: EndExclusionInput): Promise<ExclusionRow> {
  return db.transaction().execute(async (trx) => {
    const current = await findExclusion(trx, supplierId, exclusionId, true)
    if (!current) {
      await requireSupplierExists(trx, supplierId)
      throw new ProblemError(assessmentProblems.EXCLUSION_NOT_FOUND, `Supplier ${supplierId} has no exclusion ${exclusionId}.`)
    }
    const organisationId = await decidingOrganisation(trx, actor, current.scope)
    if (current.scope === 'buyer' && organisationId !== current.organisation_id) {
      throw new ProblemError(assessmentProblems.EXCLUSION_NOT_ALLOWED, `Exclusion ${exclusionId} is organisation ${current.organisation_id}'s decision; only it ends it.`)
    }
    if (current.ended_at !== null) {
      throw new ProblemError(assessmentProblems.EXCLUSION_ALREADY_ENDED, `Exclusion ${exclusionId} was ended on ${current.ended_at.toISOString()}.`)
    }
    const row = await endExclusion(trx, exclusionId, input.reason)
    const summary = { exclusionId, scope: row.scope, organisationId: row.organisation_id }
    await recordAudit(trx, actor, { action: 'supplier.exclusionEnded', entityType: 'supplier', entityId: supplierId, details: summary })
    await recordEvent(trx, 'supplier.exclusionEnded', `suppliers/${supplierId}`, { supplierId, ...summary })
    return row
  })
}
