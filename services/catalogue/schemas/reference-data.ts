import { Type, type Static, type TObjectOptions } from 'typebox'
import { LocalizedText, Ref } from '../../kernel/schemas.ts'
import { exampleCodeList, exampleProductCategory } from '../routes/examples.ts'
import { EvidenceTypeCode, ProductCategoryCode } from './atoms.ts'

const Text = Ref(LocalizedText)

// Declared apart: inferring the schema's type must not depend on its example's type.
const productCategoryOptions: TObjectOptions = { $id: 'ProductCategory', additionalProperties: false, examples: [exampleProductCategory] }

export const ProductCategory = Type.Object(
  {
    code: ProductCategoryCode,
    name: Text,
    description: Text,
    cpvCodes: Type.Array(Type.String({ pattern: '^\\d{8}$' }), { maxItems: 20, description: 'Common Procurement Vocabulary codes.' }),
  },
  productCategoryOptions,
)
export type ProductCategory = Static<typeof ProductCategory>

export const EvidenceType = Type.Object(
  {
    code: EvidenceTypeCode,
    name: Text,
    description: Text,
    examples: Type.Array(Type.String({ maxLength: 300 }), { maxItems: 20 }),
  },
  { $id: 'EvidenceType', additionalProperties: false },
)
export type EvidenceType = Static<typeof EvidenceType>

// Declared apart: inferring the schema's type must not depend on its example's type.
const codeListOptions: TObjectOptions = { $id: 'CodeList', additionalProperties: false, examples: [exampleCodeList] }

export const CodeList = Type.Object(
  {
    id: Type.String(),
    codes: Type.Array(
      Type.Object(
        { code: Type.String(), name: Type.Optional(Ref(LocalizedText)), unece: Type.Optional(Type.String({ description: 'UN/CEFACT Rec. 20 unit code.' })) },
        { additionalProperties: false },
      ),
    ),
  },
  codeListOptions,
)
export type CodeList = Static<typeof CodeList>
