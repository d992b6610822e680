/**
 * Where in a token's claims a value sits. Two spellings, so that keys containing dots or slashes
 * can be named (Keycloak client ids such as `portal.gov`, URL-named claims):
 *
 * - dotted, with bracketed JSON strings for awkward keys:
 *   `realm_access.roles`, `resource_access["portal.gov"].roles`, `["https://example.org/roles"]`;
 * - a JSON Pointer (RFC 6901) when it starts with `/`: `/resource_access/portal.gov/roles`
 *   (`~1` stands for `/`, `~0` for `~`).
 */
export type ClaimPath = readonly string[]

export class ClaimPathError extends Error {}

function fromJsonPointer(pointer: string): string[] {
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
}

/** The bracketed `["..."]` segment starting at `start`, as [key, index after the `]`]. */
function bracketed(text: string, start: number): [string, number] {
  let end = start + 2
  while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1
  if (text[end + 1] !== ']') throw new ClaimPathError(`an unclosed ["…"] at position ${start + 1}`)
  try {
    return [JSON.parse(text.slice(start + 1, end + 1)) as string, end + 2]
  } catch {
    throw new ClaimPathError(`["…"] at position ${start + 1} is not a JSON string`)
  }
}

function fromDotted(text: string): string[] {
  const segments: string[] = []
  let at = 0
  while (at < text.length) {
    if (text.startsWith('["', at)) {
      const [key, next] = bracketed(text, at)
      segments.push(key)
      at = next
    } else {
      const plain = /^[^.[\]"]+/.exec(text.slice(at))?.[0]
      if (!plain) throw new ClaimPathError(`an empty or malformed segment at position ${at + 1}`)
      segments.push(plain)
      at += plain.length
    }
    if (at === text.length) break
    if (text[at] === '.') {
      at += 1
      if (at === text.length) throw new ClaimPathError('a trailing dot')
    } else if (!text.startsWith('["', at)) {
      throw new ClaimPathError(`an unexpected "${text[at]}" at position ${at + 1}`)
    }
  }
  return segments
}

export function parseClaimPath(text: string): ClaimPath {
  const segments = text.startsWith('/') ? fromJsonPointer(text) : fromDotted(text)
  if (segments.length === 0 || segments.some((segment) => segment.length === 0)) throw new ClaimPathError('an empty key')
  return segments
}

/** The value at the path, walking own properties of objects only (never a prototype). */
export function claimAt(claims: Record<string, unknown>, path: ClaimPath): unknown {
  let value: unknown = claims
  for (const key of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}
