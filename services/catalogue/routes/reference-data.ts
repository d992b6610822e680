import { Type } from 'typebox'
import { problemResponses } from '../../kernel/responses.ts'
import { Ref, withExamples } from '../../kernel/schemas.ts'
import type { ServiceApp } from '../../kernel/service-app.ts'
import { catalogueProblems } from '../problems.ts'
import { codeList, codeListIds, listCodeLists, listEvidenceTypes, listProductCategories, productCategory } from '../operations/reference-data.ts'
import { CodeList, EvidenceType, ProductCategory } from '../schemas/reference-data.ts'
import type { CatalogueRouteContext } from './context.ts'
import { exampleCodeList, exampleEvidenceType, exampleProductCategory } from './examples.ts'

export function referenceDataRoutes({ db }: CatalogueRouteContext) {
  return async function (app: ServiceApp) {
    app.addSchema({ ...CodeList, examples: [exampleCodeList] })

    app.get(
      '/product-categories',
      {
        schema: {
          operationId: 'listProductCategories',
          summary: 'List product categories',
          description:
            'The ICT product groups the catalogue has criteria for (notebooks, monitors, servers...), with their names in every language and their CPV codes. Public, read-only: categories are loaded with the reference data, not through the API.',
          tags: ['reference data'],
          response: { 200: withExamples(Type.Object({ items: Type.Array(Ref(ProductCategory)) }, { additionalProperties: false }), [{ items: [exampleProductCategory] }]) },
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
          description: 'One product category by its code, e.g. `notebooks`. Public, read-only; an unknown code answers 404.',
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
          description:
            'The kinds of proof a criterion may accept from a supplier (supplier declaration, test report, type-1 ecolabel...), named in `acceptedEvidence` of each criterion. Public, read-only.',
          tags: ['reference data'],
          response: { 200: withExamples(Type.Object({ items: Type.Array(Ref(EvidenceType)) }, { additionalProperties: false }), [{ items: [exampleEvidenceType] }]) },
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
          description:
            'Every closed list of codes the catalogue’s schemas use (criterion types, circularity aspects, ITU-T L.1061 aims, OCDS sustainability codes, units...), so that a client can build pickers without hard-coding them. Public, read-only; fixed by the release.',
          tags: ['reference data'],
          response: { 200: withExamples(Type.Object({ items: Type.Array(Ref(CodeList)) }, { additionalProperties: false }), [{ items: [exampleCodeList] }]) },
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
          description: 'One code list by its id, e.g. `unit` (with UN/CEFACT Recommendation 20 unit codes) or `ambitionLevel`. Public, read-only.',
          tags: ['reference data'],
          params: Type.Object({ codeListId: Type.Unsafe<string>({ type: 'string', enum: codeListIds }) }, { additionalProperties: false }),
          response: { 200: Ref(CodeList) },
        },
      },
      async (request) => codeList(request.params.codeListId),
    )
  }
}
