import { readFileSync } from 'node:fs'

/** The product's semantic version, from package.json: one version for all three services. */
export const productVersion: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version
