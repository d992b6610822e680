import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'

/**
 * The key cursors are signed with. Until a service sets one, each process has its own random key:
 * enough for an app built in a test or to write the contracts. A running service uses
 * CURSOR_SECRET, or the key kept in its data directory (see loadOrCreateCursorSecret).
 */
let key: Buffer = randomBytes(32)

export function useCursorSecret(secret: string): void {
  key = Buffer.from(secret, 'utf8')
}

/** HMAC-SHA256 of a cursor's content, base64url. */
export function cursorSignature(content: string): string {
  return createHmac('sha256', key).update(content).digest('base64url')
}

export function hasValidSignature(content: string, signature: string): boolean {
  const expected = Buffer.from(cursorSignature(content))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Feed consumers (reporting among them) keep a cursor across restarts, so without CURSOR_SECRET a
 * service signs with a key made once and kept in the data directory (mode 0600), shared by every
 * service on that directory. Processes racing at first start agree: only the first create wins.
 */
export async function loadOrCreateCursorSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'cursor-secret')
  try {
    return (await fs.readFile(file, 'utf8')).trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  await fs.mkdir(dataDir, { recursive: true })
  try {
    await fs.writeFile(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return (await fs.readFile(file, 'utf8')).trim()
}
