import type { FastifyReply } from 'fastify'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { Type } from 'typebox'
import { API_PREFIX } from '../../kernel/app.ts'
import { requireRole } from '../../kernel/auth/plugin.ts'
import { userOf } from '../../kernel/actor.ts'
import type { Role } from '../../kernel/auth/roles.ts'
import { IdempotencyKeyHeaders } from '../../kernel/idempotency.ts'
import { decodeCursor, Page, PageQuery, toPage } from '../../kernel/pagination.ts'
import { IfMatchHeaders } from '../../kernel/preconditions.ts'
import { ProblemError } from '../../kernel/problem.ts'
import { kernelProblems } from '../../kernel/problems.ts'
import { assessmentProblems } from '../problems.ts'
import { problemResponses, setEntityTag, WithEntityTag } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import { supplierEtag, toExclusion, toSupplier } from '../mappers/suppliers.ts'
import { todayUtc } from '../operations/calendar.ts'
import {
  assertSupplierAccess,
  endSupplierExclusion,
  exclusionsOf,
  readExclusion,
  recordExclusion,
  registerSupplier,
  replaceSupplier,
  requireSupplier,
  searchSuppliers,
  type StoredSupplier,
} from '../operations/suppliers.ts'
import {
  CountryCode,
  EndExclusionInput,
  exampleEndExclusion,
  exampleExclusion,
  exampleExclusionRecord,
  exampleSupplier,
  exampleSupplierRecord,
  ExclusionInput,
  OneLine,
  Supplier,
  SupplierExclusion,
  SupplierInput,
} from '../schemas/supplier.ts'
import { canonicalUuid, Uuid } from '../schemas/common.ts'
import type { AssessmentRouteContext } from './context.ts'

/** Public buyers register economic operators; evaluators may too, as they find them in bids; registrars keep the register. */
const registrars: Role[] = ['buyer', 'evaluator', 'registrar']
const readers: Role[] = ['buyer', 'evaluator', 'auditor', 'registrar']
const editors: Role[] = ['buyer', 'registrar']
const excluders: Role[] = ['buyer', 'evaluator', 'registrar']
const tags = ['suppliers']
const security = [{ bearerAuth: [] }]

const SupplierParams = Type.Object({ supplierId: Uuid }, { additionalProperties: false })
const ExclusionParams = Type.Object({ supplierId: Uuid, exclusionId: Uuid }, { additionalProperties: false })

const SupplierQuery = Type.Object(
  {
    ...PageQuery,
    country: Type.Optional(CountryCode),
    identifier: Type.Optional(OneLine({ minLength: 1, maxLength: 64, description: 'Exact identifier value, in any scheme.' })),
    q: Type.Optional(OneLine({ minLength: 1, maxLength: 200, description: 'Part of the name, case-insensitive.' })),
  },
  { additionalProperties: false },
)
const ExclusionQuery = Type.Object(PageQuery, { additionalProperties: false })

const supplierUrl = (id: string) => `${API_PREFIX}/suppliers/${id}`

function sendSupplier(reply: FastifyReply, stored: StoredSupplier) {
  setEntityTag(reply, supplierEtag(stored.row))
  return toSupplier(stored.row, stored.identifiers)
}

/** decodeCursor checks the cursor's shape; the id that ends it must be a uuid too, or PostgreSQL would refuse it. */
function cursorKey(cursor: string | undefined, arity: number) {
  const key = decodeCursor(cursor, arity)
  const id = key?.at(-1)
  if (key !== null && !(typeof id === 'string' && canonicalUuid.test(id))) {
    throw new ProblemError(kernelProblems.INVALID_CURSOR, 'The cursor is not one this service issued.', [{ path: 'querystring/cursor', message: 'is not a valid cursor' }])
  }
  return key?.map(String) ?? null
}

export function supplierRoutes({ db }: AssessmentRouteContext) {
  return async function (app: ServiceApp) {
    app.post(
      '/suppliers',
      {
        onRequest: requireRole(...registrars),
        schema: {
          operationId: 'registerSupplier',
          summary: 'Register a supplier (economic operator)',
          description: `Each identifier (scheme and value) belongs to one supplier only. Roles: ${registrars.join(', ')}.`,
          tags,
          security,
          headers: IdempotencyKeyHeaders,
          body: withExamples(SupplierInput, [exampleSupplier]),
          response: { 201: WithEntityTag(Ref(Supplier)), ...problemResponses(assessmentProblems.DUPLICATE_IDENTIFIER, assessmentProblems.INVALID_IDENTIFIER, assessmentProblems.SUPPLIER_IDENTIFIER_TAKEN) },
        },
      },
      async (request, reply) => {
        const stored = await registerSupplier(db, request.actor, request.body)
        reply.code(201).header('location', supplierUrl(stored.row.id))
        return sendSupplier(reply, stored)
      },
    )

    app.get(
      '/suppliers',
      {
        onRequest: requireRole(...readers),
        schema: {
          operationId: 'listSuppliers',
          summary: 'List and filter suppliers',
          description: `Ordered by name, ignoring case. Filters combine with AND. Roles: ${readers.join(', ')}.`,
          tags,
          security,
          querystring: SupplierQuery,
          response: { 200: withExamples(Page(Ref(Supplier), 'SupplierPage'), [{ items: [exampleSupplierRecord], nextCursor: null }]), ...problemResponses(kernelProblems.INVALID_CURSOR) },
        },
      },
      async (request) => {
        const { limit, cursor, country, identifier, q } = request.query
        const after = cursorKey(cursor, 2)
        const found = await searchSuppliers(db, { country, identifier, q, after: after && [after[0]!, after[1]!], limit })
        return toPage(found, limit, (stored) => [stored.sortName, stored.row.id], (stored) => toSupplier(stored.row, stored.identifiers))
      },
    )

    app.get(
      '/suppliers/:supplierId',
      {
        onRequest: requireRole(...readers, 'supplier'),
        schema: {
          operationId: 'getSupplier',
          summary: 'Read a supplier',
          description: `Roles: ${readers.join(', ')}, and a supplier user for its own supplier (any other id is 404).`,
          tags,
          security,
          params: SupplierParams,
          response: { 200: WithEntityTag(Ref(Supplier)), ...problemResponses(assessmentProblems.SUPPLIER_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { supplierId } = request.params
        assertSupplierAccess(userOf(request.actor), supplierId, readers)
        return sendSupplier(reply, await requireSupplier(db, supplierId))
      },
    )

    app.put(
      '/suppliers/:supplierId',
      {
        onRequest: requireRole(...editors, 'supplier'),
        schema: {
          operationId: 'updateSupplier',
          summary: 'Replace a supplier’s details, identifiers included',
          description: `Needs If-Match with the ETag last read (or \`*\` for whatever is current). Identifiers the supplier no longer lists become free. Only the supplier itself (a supplier user for its own supplier; any other id is 404), a buyer of the organisation that registered it, or a registrar changes the record; a registrar alone when the registering organisation is unknown (registeredByOrganisationId null). Roles: ${editors.join(', ')}, supplier.`,
          tags,
          security,
          params: SupplierParams,
          headers: IfMatchHeaders,
          body: withExamples(SupplierInput, [exampleSupplier]),
          response: { 200: WithEntityTag(Ref(Supplier)), ...problemResponses(assessmentProblems.DUPLICATE_IDENTIFIER, assessmentProblems.INVALID_IDENTIFIER, kernelProblems.PRECONDITION_FAILED, kernelProblems.PRECONDITION_REQUIRED, assessmentProblems.SUPPLIER_IDENTIFIER_TAKEN, assessmentProblems.SUPPLIER_NOT_FOUND, assessmentProblems.SUPPLIER_NOT_YOURS, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { supplierId } = request.params
        assertSupplierAccess(userOf(request.actor), supplierId, editors)
        const stored = await replaceSupplier(db, request.actor, supplierId, request.body, request.headers['if-match'])
        return sendSupplier(reply, stored)
      },
    )

    app.post(
      '/suppliers/:supplierId/exclusions',
      {
        onRequest: requireRole(...excluders),
        schema: {
          operationId: 'recordSupplierExclusion',
          summary: 'Record an exclusion ground against a supplier',
          description: `Directive 2014/24/EU Art. 57. The exclusion applies from now up to and including endsOn (for good when null); endsOn may not be in the past. A \`buyer\` exclusion (the default) is the decision of the caller's organisation and binds its procurements only: recorded by a buyer of that organisation, or an evaluator acting for it (the token's organisation) and assigned to one of its procurements. An \`all-buyers\` exclusion (a debarment) binds every buyer and is recorded only by a registrar. Roles: ${excluders.join(', ')}.`,
          tags,
          security,
          params: SupplierParams,
          headers: IdempotencyKeyHeaders,
          body: withExamples(ExclusionInput, [exampleExclusion]),
          response: { 201: Ref(SupplierExclusion), ...problemResponses(assessmentProblems.EXCLUSION_ENDS_IN_PAST, assessmentProblems.EXCLUSION_NOT_ALLOWED, assessmentProblems.SUPPLIER_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request, reply) => {
        const { supplierId } = request.params
        const today = todayUtc()
        const row = await recordExclusion(db, request.actor, supplierId, request.body, today)
        reply.code(201).header('location', `${supplierUrl(supplierId)}/exclusions/${row.id}`)
        return toExclusion(row, today)
      },
    )

    app.post(
      '/suppliers/:supplierId/exclusions/:exclusionId/end',
      {
        onRequest: requireRole(...excluders),
        schema: {
          operationId: 'endSupplierExclusion',
          summary: 'End an exclusion now, with a reason',
          description: `A buyer exclusion is ended by whoever may decide it for the deciding organisation (its buyers, evaluators assigned to its procurements); a debarment only by a registrar. The exclusion stays readable, with endedAt and endReason, and no longer applies to any evaluation from now on. Ending it twice is 409. Roles: ${excluders.join(', ')}.`,
          tags,
          security,
          params: ExclusionParams,
          body: withExamples(EndExclusionInput, [exampleEndExclusion]),
          response: { 200: Ref(SupplierExclusion), ...problemResponses(assessmentProblems.EXCLUSION_ALREADY_ENDED, assessmentProblems.EXCLUSION_NOT_ALLOWED, assessmentProblems.EXCLUSION_NOT_FOUND, assessmentProblems.SUPPLIER_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => {
        const { supplierId, exclusionId } = request.params
        return toExclusion(await endSupplierExclusion(db, request.actor, supplierId, exclusionId, request.body), todayUtc())
      },
    )

    app.get(
      '/suppliers/:supplierId/exclusions',
      {
        onRequest: requireRole(...readers, 'supplier'),
        schema: {
          operationId: 'listSupplierExclusions',
          summary: 'List a supplier’s exclusions, oldest first',
          description: `Past exclusions included; \`active\` tells which are in force today. Roles: ${readers.join(', ')}, and a supplier user for its own supplier (any other id is 404).`,
          tags,
          security,
          params: SupplierParams,
          querystring: ExclusionQuery,
          response: { 200: withExamples(Page(Ref(SupplierExclusion), 'SupplierExclusionPage'), [{ items: [exampleExclusionRecord], nextCursor: null }]), ...problemResponses(kernelProblems.INVALID_CURSOR, assessmentProblems.SUPPLIER_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => {
        const { supplierId } = request.params
        assertSupplierAccess(userOf(request.actor), supplierId, readers)
        const { limit, cursor } = request.query
        const after = cursorKey(cursor, 1)
        const rows = await exclusionsOf(db, supplierId, after && after[0]!, limit)
        const today = todayUtc()
        return toPage(rows, limit, (row) => [row.id], (row) => toExclusion(row, today))
      },
    )

    app.get(
      '/suppliers/:supplierId/exclusions/:exclusionId',
      {
        onRequest: requireRole(...readers, 'supplier'),
        schema: {
          operationId: 'getSupplierExclusion',
          summary: 'Read one exclusion of a supplier',
          description: `Roles: ${readers.join(', ')}, and a supplier user for its own supplier (any other id is 404).`,
          tags,
          security,
          params: ExclusionParams,
          response: { 200: Ref(SupplierExclusion), ...problemResponses(assessmentProblems.EXCLUSION_NOT_FOUND, assessmentProblems.SUPPLIER_NOT_FOUND, kernelProblems.UNAUTHENTICATED) },
        },
      },
      async (request) => {
        const { supplierId, exclusionId } = request.params
        assertSupplierAccess(userOf(request.actor), supplierId, readers)
        return toExclusion(await readExclusion(db, supplierId, exclusionId), todayUtc())
      },
    )
  }
}
