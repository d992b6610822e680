import type { Kysely } from 'kysely'
import { ProblemError } from '../../kernel/problem.ts'
import { catalogueProblems } from '../problems.ts'
import { codeListIds, toCodeList } from '../mappers/code-lists.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { listProductCategories } from '../repositories/reference-data.ts'
import type { CodeList, ProductCategory } from '../schemas/reference-data.ts'

export { listEvidenceTypes, listProductCategories } from '../repositories/reference-data.ts'
export { codeListIds, toCodeList as codeList } from '../mappers/code-lists.ts'

export async function productCategory(db: Kysely<CatalogueDatabase>, code: string): Promise<ProductCategory> {
  const found = (await listProductCategories(db)).find((c) => c.code === code)
  if (!found) throw new ProblemError(catalogueProblems.PRODUCT_CATEGORY_NOT_FOUND, `Product category ${code} does not exist.`)
  return found
}

export function listCodeLists(): CodeList[] {
  return codeListIds.map(toCodeList)
}
