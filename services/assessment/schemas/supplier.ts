import type { TSchema } from 'typebox'

export const supplierSchemas: TSchema[] = []
