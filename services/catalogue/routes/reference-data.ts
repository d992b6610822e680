import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { Type } from 'typebox'
import { ProblemError } from '../../kernel/problem.ts'
import { catalogueProblems } from '../problems.ts'
import { problemResponses } from '../../kernel/responses.ts'
import { LocalizedText, Ref } from '../../kernel/schemas.ts'
import {
  ambitionLevels,
  circularityAspects,
  criterionTypes,
  l1061Aims,
  lifeCycleStages,
  ocdsSustainabilityGoals,
  ocdsSustainabilityStrategies,
  requirementDataTypes,
  scoringMethods,
  unitCodes,
  units,
  versionStatuses,
} from '../domain/code-lists.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { listEvidenceTypes, listProductCategories } from '../repositories/reference-data.ts'
import { EvidenceType, ProductCategory } from '../schemas/reference-data.ts'
import { unitNames } from '../seed/data/index.ts'

const CodeList = Type.Object(
  {
    id: Type.String(),
    codes: Type.Array(
      Type.Object(
        { code: Type.String(), name: Type.Optional(Ref(LocalizedText)), unece: Type.Optional(Type.String({ description: 'UN/CEFACT Rec. 20 unit code.' })) },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'CodeList', additionalProperties: false },
)

const codeLists: Record<string, { code: string; name?: Record<string, string> & { en: string }; unece?: string }[]> = {
  criterionType: criterionTypes.map((code) => ({ code })),
  circularityAspect: circularityAspects.map((code) => ({ code })),
  lifeCycleStage: lifeCycleStages.map((code) => ({ code })),
  ambitionLevel: ambitionLevels.map((code) => ({ code })),
  l1061Aim: l1061Aims.map((code) => ({ code })),
  ocdsSustainabilityGoal: ocdsSustainabilityGoals.map((code) => ({ code })),
  ocdsSustainabilityStrategy: ocdsSustainabilityStrategies.map((code) => ({ code })),
  requirementDataType: requirementDataTypes.map((code) => ({ code })),
  scoringMethod: scoringMethods.map((code) => ({ code })),
  versionStatus: versionStatuses.map((code) => ({ code })),
  unit: unitCodes.map((code) => ({ code, name: unitNames[code], unece: units[code].unece })),
}
const codeListIds = Object.keys(codeLists)

export function referenceDataRoutes(db: Kysely<CatalogueDatabase>) {
  return async function (app: FastifyInstance) {
    app.addSchema(CodeList)

    app.get(
      '/product-categories',
      {
        schema: {
          operationId: 'listProductCategories',
          summary: 'List product categories',
          tags: ['reference data'],
          response: { 200: Type.Object({ items: Type.Array(Ref(ProductCategory)) }, { additionalProperties: false }) },
        },
      },
      async () => ({ items: await listProductCategories(db) }),
    )

    app.get(
      '/product-categories/:productCategory',
      {
        schema: {
          operationId: 'getProductCategory',
          summary: 'Read a product category',
          tags: ['reference data'],
          params: Type.Object({ productCategory: Type.String({ minLength: 1, maxLength: 61 }) }, { additionalProperties: false }),
          response: { 200: Ref(ProductCategory), ...problemResponses(catalogueProblems.PRODUCT_CATEGORY_NOT_FOUND) },
        },
      },
      async (request) => {
        const { productCategory } = request.params as { productCategory: string }
        const found = (await listProductCategories(db)).find((c) => c.code === productCategory)
        if (!found) throw new ProblemError(catalogueProblems.PRODUCT_CATEGORY_NOT_FOUND, `Product category ${productCategory} does not exist.`)
        return found
      },
    )

    app.get(
      '/evidence-types',
      {
        schema: {
          operationId: 'listEvidenceTypes',
          summary: 'List the evidence types criteria accept',
          tags: ['reference data'],
          response: { 200: Type.Object({ items: Type.Array(Ref(EvidenceType)) }, { additionalProperties: false }) },
        },
      },
      async () => ({ items: await listEvidenceTypes(db) }),
    )

    app.get(
      '/code-lists',
      {
        schema: {
          operationId: 'listCodeLists',
          summary: 'List the catalogue’s code lists',
          tags: ['reference data'],
          response: { 200: Type.Object({ items: Type.Array(Ref(CodeList)) }, { additionalProperties: false }) },
        },
      },
      async () => ({ items: codeListIds.map((id) => ({ id, codes: codeLists[id]! })) }),
    )

    app.get(
      '/code-lists/:codeListId',
      {
        schema: {
          operationId: 'getCodeList',
          summary: 'Read one code list',
          tags: ['reference data'],
          params: Type.Object({ codeListId: Type.Unsafe<string>({ type: 'string', enum: codeListIds }) }, { additionalProperties: false }),
          response: { 200: Ref(CodeList) },
        },
      },
      async (request) => {
        const { codeListId } = request.params as { codeListId: string }
        return { id: codeListId, codes: codeLists[codeListId]! }
      },
    )
  }
}
