import { Type, type TSchema } from 'typebox'
import { cursorSignature, hasValidSignature } from './cursor-key.ts'
import { ProblemError } from './problem.ts'
import { kernelProblems } from './problems.ts'
import { Nullable } from './schemas.ts'

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100

export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: 'Page size (1-100).' }),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 2048, description: 'Opaque cursor from the previous page, signed by the service: an edited one is refused.' })),
}

export function Page<T extends TSchema>(item: T, $id: string) {
  return Type.Object(
    {
      items: Type.Array(item),
      nextCursor: Nullable(Type.String({ description: 'Pass as `cursor` for the next page; null on the last page.' })),
    },
    { $id, additionalProperties: false },
  )
}

export type CursorKey = (string | number)[]

/**
 * A cursor is its key as base64url JSON, a dot, and an HMAC of that text: a client can hand back
 * only positions this deployment gave out, never a forged or edited one.
 */
export function encodeCursor(key: CursorKey): string {
  const content = Buffer.from(JSON.stringify(key)).toString('base64url')
  return `${content}.${cursorSignature(content)}`
}

/**
 * Decodes a cursor made by this service; anything else (an unsigned, forged or edited cursor, or a
 * well-formed key that `isValid` refuses, such as a non-uuid id) is the caller's 400, never our 500.
 */
export function decodeCursor(cursor: string | undefined, arity: number, isValid: (key: CursorKey) => boolean = () => true): CursorKey | null {
  if (cursor === undefined) return null
  const [content, signature, ...rest] = cursor.split('.')
  if (rest.length > 0 || content === undefined || signature === undefined || !hasValidSignature(content, signature)) throw invalidCursor()
  try {
    const key: unknown = JSON.parse(Buffer.from(content, 'base64url').toString('utf8'))
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number') && isValid(key as CursorKey)) {
      return key as CursorKey
    }
  } catch {
    // fall through to the problem below
  }
  throw invalidCursor()
}

const invalidCursor = () =>
  new ProblemError(kernelProblems.INVALID_CURSOR, 'The cursor is not one this service issued.', [
    { path: 'querystring/cursor', message: 'is not a valid cursor' },
  ])

/** Turns `limit + 1` fetched rows into a page: the extra row only tells that another page exists. */
export function toPage<Row, Item>(rows: Row[], limit: number, keyOf: (row: Row) => CursorKey, map: (row: Row) => Item) {
  const hasMore = rows.length > limit
  const pageRows = hasMore ? rows.slice(0, limit) : rows
  const last = pageRows.at(-1)
  return {
    items: pageRows.map(map),
    nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null,
  }
}
