import type { TSchema } from 'typebox'

export const eventSchemas: TSchema[] = []
