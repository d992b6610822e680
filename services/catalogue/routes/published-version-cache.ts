/**
 * Published versions never change their content, so their serialized representation is cached
 * in memory and served without touching the database. Only the status can still move
 * (published → deprecated); entries therefore live a few seconds, which bounds how long another
 * replica may show a just-deprecated version as published. This process drops its own entry at once.
 */
export class PublishedVersionCache {
  readonly #entries = new Map<string, { body: string; etag: string; expiresAt: number }>()
  readonly #ttlMs: number
  readonly #maxEntries: number

  constructor(ttlMs = 5000, maxEntries = 2000) {
    this.#ttlMs = ttlMs
    this.#maxEntries = maxEntries
  }

  get(key: string, now = Date.now()) {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= now) {
      this.#entries.delete(key)
      return undefined
    }
    return entry
  }

  set(key: string, body: string, etag: string, now = Date.now()): void {
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next().value
      if (oldest !== undefined) this.#entries.delete(oldest)
    }
    this.#entries.set(key, { body, etag, expiresAt: now + this.#ttlMs })
  }

  delete(key: string): void {
    this.#entries.delete(key)
  }
}
