import { Type, type Static } from 'typebox'
import { LocalizedText, Ref } from '../../kernel/schemas.ts'
import { EvidenceTypeCode, ProductCategoryCode } from './atoms.ts'

const Text = Ref(LocalizedText)

export const ProductCategory = Type.Object(
  {
    code: ProductCategoryCode,
    name: Text,
    description: Text,
    cpvCodes: Type.Array(Type.String({ pattern: '^\\d{8}$' }), { maxItems: 20, description: 'Common Procurement Vocabulary codes.' }),
  },
  { $id: 'ProductCategory', additionalProperties: false },
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
  { $id: 'CodeList', additionalProperties: false },
)
export type CodeList = Static<typeof CodeList>
