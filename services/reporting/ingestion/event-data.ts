import { FeedError } from './feed-error.ts'

/**
 * Typed reads of an event's `data`. A field missing or of the wrong type stops the sync at that
 * event with a status naming it, rather than writing a half-filled row.
 */
export function eventData(eventId: string, type: string, data: Record<string, unknown>) {
  const fail = (field: string, expected: string): never => {
    throw new FeedError(`event ${eventId} (${type}) has no valid ${field}: expected ${expected}`)
  }
  const field = <T>(name: string, expected: string, ok: (value: unknown) => boolean): T => {
    const value = data[name]
    return ok(value) ? (value as T) : fail(name, expected)
  }
  return {
    string: (name: string) => field<string>(name, 'a string', (v) => typeof v === 'string' && v.length > 0),
    optionalString: (name: string) => field<string | null>(name, 'a string or null', (v) => v === undefined || v === null || typeof v === 'string') ?? null,
    array: <T>(name: string) => field<T[]>(name, 'an array', Array.isArray),
    optionalStrings: (name: string) => field<string[] | undefined>(name, 'an array of strings', (v) => v === undefined || (Array.isArray(v) && v.every((s) => typeof s === 'string'))) ?? [],
    object: <T>(name: string) => field<T>(name, 'an object', (v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
    optionalObject: <T>(name: string) => field<T | null>(name, 'an object or null', (v) => v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v))) ?? null,
    boolean: (name: string) => field<boolean>(name, 'a boolean', (v) => typeof v === 'boolean'),
  }
}
