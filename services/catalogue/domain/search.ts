/** Every string in a value, in every language present: what free-text search looks through. */
export function collectText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) collectText(item, out)
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectText(item, out)
  return out
}

/**
 * Turns free text into a PostgreSQL tsquery of prefix terms ("recycl plast" → recycl:* & plast:*),
 * keeping only letters and digits so user input can never inject tsquery syntax.
 */
export function toPrefixQuery(text: string): string | null {
  const terms = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, 10)
  return terms.length === 0 ? null : terms.map((term) => `${term}:*`).join(' & ')
}
