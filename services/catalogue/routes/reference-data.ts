import { Type } from 'typebox'
import { problemResponses } from '../../kernel/responses.ts'
import { Ref } from '../../kernel/schemas.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { catalogueProblems } from '../problems.ts'
import { codeList, codeListIds, listCodeLists, listEvidenceTypes, listProductCategories, productCategory } from '../operations/reference-data.ts'
import { CodeList, EvidenceType, ProductCategory } from '../schemas/reference-data.ts'
import type { CatalogueRouteContext } from './context.ts'

export function referenceDataRoutes({ db }: CatalogueRouteContext) {
  return async function (app: ServiceApp) {
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
      async (request) => productCategory(db, request.params.productCategory),
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
      async () => ({ items: listCodeLists() }),
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
      async (request) => codeList(request.params.codeListId),
    )
  }
}
